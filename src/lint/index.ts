/**
 * Banned-phrase linting: the phrases customer-service agents must not say, found in any
 * script, width or spacing, with offsets into the original text and phrases to say instead.
 *
 * @packageDocumentation
 */
export { createLinter, lint } from './linter.js';
export { loadLinter } from './load.js';
export { roleSide, AGENT_ROLE_NAMES, CUSTOMER_ROLE_NAMES } from './roles.js';
export type { Finding, LintOptions, LintProfile, LintStream, Linter, LinterModel, LinterOptions, ModelSentence, Suggestion, Turn } from './types.js';
export { expandPattern, PATTERN_SLOTS, MAX_VARIANTS, MAX_WITHIN, DEFAULT_WITHIN } from '../schema/internal.js';
export type { PatternExpansion, PatternIssue, PatternSlot, PatternVariant } from '../schema/internal.js';
export type { Rule, RuleInput, RuleException, RuleAnchor, RuleCitation, RuleTheme, Severity } from '../schema/index.js';
export type { CoreRuleId } from '../generated/rules.js';

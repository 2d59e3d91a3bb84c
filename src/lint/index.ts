/**
 * Banned-phrase linting: the phrases customer-service agents must not say, found in any
 * script, width or spacing, with offsets into the original text and phrases to say instead.
 *
 * @packageDocumentation
 */
export { createLinter, lint } from './linter.js';
export type { Finding, LintOptions, Linter, LinterOptions, Turn } from './types.js';
export type { Rule, RuleInput, RuleException, RuleAnchor, Severity } from '../schema/index.js';
export type { CoreRuleId } from '../generated/rules.js';

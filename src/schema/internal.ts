/**
 * What sibling modules use of `schema` beyond its public surface (index.ts). Not a package entry.
 *
 * @packageDocumentation
 */
export { formatIssue } from './errors.js';
export { toPackIssues } from './validate.js';
export { foldLiteral, foldPatternUnits, ruleSetIssues } from './rule-limits.js';
export { resolveLimits, scanUntrusted } from './guard.js';
export { DEFAULT_WITHIN, expandPattern, isPlainPattern, describePatternIssue, MAX_VARIANTS, MAX_WITHIN, PATTERN_SLOTS } from './pattern.js';
export type { PatternExpansion, PatternIssue, PatternSlot, PatternVariant } from './pattern.js';

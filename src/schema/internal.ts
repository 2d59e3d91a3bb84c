/**
 * What sibling modules use of `schema` beyond its public surface (index.ts). Not a package entry.
 *
 * @packageDocumentation
 */
// Only modules that build no schema: sibling modules (lint, steps…) importing this file must
// not reach zod (a bundler's shared chunks follow imports, not the names used).
export { formatIssue, toPackIssues } from './errors.js';
export { foldLiteral, foldPatternUnits, ruleSetIssues, MAX_PATTERN_LENGTH } from './rule-limits.js';
export { resolveLimits, scanUntrusted } from './guard.js';
export { DEFAULT_WITHIN, EDGE_ACROSS, EDGE_END, EDGE_START, expandPattern, isPlainPattern, describePatternIssue, MAX_CROSSING, MAX_VARIANTS, MAX_WITHIN, PATTERN_SLOTS, variantEdges } from './pattern.js';
export type { PatternExpansion, PatternIssue, PatternSlot, PatternVariant } from './pattern.js';
export type { LocaleFile } from './locale.js';

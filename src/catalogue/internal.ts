/**
 * What sibling modules use of the catalogue beyond its public surface (index.ts): rendering one
 * phrase of a compiled scenario, for the steps. Not a package entry.
 *
 * @packageDocumentation
 */
export { sayIn } from './say-in.js';
export { phrasesForChannel } from './phrases.js';
export { resolveSuggestion, suggestionTextIn } from './resolve-suggestion.js';

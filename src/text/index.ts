/**
 * Text folding for matching Chinese: traditional → simplified, full → half width, case, and
 * noise (spaces, zero-width and combining characters, punctuation), with offsets back to the
 * original string.
 *
 * @packageDocumentation
 */
export { normalize, toSimplified, type NormalizedText } from './normalize.js';

/**
 * Text folding for matching Chinese: traditional → simplified, full → half width, case, and
 * noise (spaces, zero-width and combining characters, punctuation), with offsets back to the
 * original string.
 *
 * @packageDocumentation
 */
export { normalize, toSimplified, type NormalizedText } from './normalize.js';
export {
  LINE_BREAKS,
  SENTENCE_ENDS,
  CLAUSE_BREAKS,
  CORNER_QUOTES,
  QUOTES_OPEN,
  QUOTES_CLOSE,
  QUOTES_STRAIGHT,
  DASHES,
  CLAUSE_BOUNDARIES,
  SENTENCE_END_CLASS,
  CLAUSE_BREAK_CLASS,
  CLAUSE_END_CLASS,
  isSentenceEnd,
  isClauseBreak,
  isClauseEnd,
} from './punctuation.js';

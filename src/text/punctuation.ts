/**
 * The one punctuation vocabulary of huashu, full and half width side by side: text folding (the
 * linter's clause boundaries), the step parser and the renderers (chat splitting, SSML rising
 * tone) all read these sets, so a full-width ，！？ is never treated differently from , ! ?.
 *
 * @packageDocumentation
 */

/** Line breaks (they end a clause). */
export const LINE_BREAKS = '\n\r\u2028\u2029';
/** Sentence ends: 。！？… and their half-width forms (．｡ . ! ?). */
export const SENTENCE_ENDS = '。｡．.！!？?…';
/** Clause breaks inside a sentence: ，、；： and half-width , ､ ; :. */
export const CLAUSE_BREAKS = '，,、､；;：:';
/** Corner quotes 「」『』 (they also bound a clause when text is folded). */
export const CORNER_QUOTES = '「」『』';
/** Opening quotes: “ ‘ 「 『 (curly and corner). */
export const QUOTES_OPEN = '“‘「『';
/** Closing quotes: ” ’ 」 』. */
export const QUOTES_CLOSE = '”’」』';
/** Quotes that open and close alike: ASCII and full-width straight quotes. */
export const QUOTES_STRAIGHT = '"＂\'＇';
/** Dashes and ellipsis-like marks that pause speech: — – ～ ~. */
export const DASHES = '—–～~';
/**
 * Every clause boundary of folded text (what the linter will not match across): line breaks,
 * sentence ends, clause breaks and corner quotes.
 */
export const CLAUSE_BOUNDARIES = LINE_BREAKS + SENTENCE_ENDS + CLAUSE_BREAKS + CORNER_QUOTES;

const SENTENCE_END_SET = new Set(SENTENCE_ENDS);
const CLAUSE_BREAK_SET = new Set(CLAUSE_BREAKS);

/**
 * Whether a character ends a sentence (。！？… or their half-width forms).
 *
 * @param ch - one character
 * @returns `true` for a sentence end
 * @example
 * ```ts
 * isSentenceEnd('！'); //=> true
 * isSentenceEnd('，'); //=> false
 * ```
 */
export function isSentenceEnd(ch: string): boolean {
  return SENTENCE_END_SET.has(ch);
}

/**
 * Whether a character breaks a clause inside a sentence (，、；： or their half-width forms).
 *
 * @param ch - one character
 * @returns `true` for a clause break
 * @example
 * ```ts
 * isClauseBreak('，'); //=> true
 * isClauseBreak(','); //=> true
 * ```
 */
export function isClauseBreak(ch: string): boolean {
  return CLAUSE_BREAK_SET.has(ch);
}

/**
 * Whether a character ends a clause: a sentence end or a clause break, full or half width.
 *
 * @param ch - one character
 * @returns `true` for clause-ending punctuation
 * @example
 * ```ts
 * isClauseEnd('？'); //=> true
 * isClauseEnd('好'); //=> false
 * ```
 */
export function isClauseEnd(ch: string): boolean {
  return SENTENCE_END_SET.has(ch) || CLAUSE_BREAK_SET.has(ch);
}

/** Escapes a set of characters for a regular-expression character class. */
function classOf(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}

/** A character class source (`[…]`) of sentence ends, for building patterns. */
export const SENTENCE_END_CLASS = `[${classOf(SENTENCE_ENDS)}]`;
/** A character class source of clause breaks. */
export const CLAUSE_BREAK_CLASS = `[${classOf(CLAUSE_BREAKS)}]`;
/** A character class source of every clause end (sentence ends and clause breaks). */
export const CLAUSE_END_CLASS = `[${classOf(SENTENCE_ENDS + CLAUSE_BREAKS)}]`;

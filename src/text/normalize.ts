import { BOUNDARY, foldTable, NOISE } from './fold.js';

/** Text folded for matching, with the way back to the original string. */
export interface NormalizedText {
  /** The folded text: simplified script, half width, lower case, without noise or punctuation. */
  readonly text: string;
  /** For each UTF-16 unit of `text`, the offset of the unit it came from in the original. */
  readonly offsets: Uint32Array;
  /** For each unit of `text`, `true` when clause punctuation (or the start) comes right before it. */
  readonly clauseStarts: Uint8Array;
}

/**
 * Folds text the way the linter matches it: traditional → simplified characters (one to one),
 * full width → half width, upper → lower case, and spaces, zero-width and combining
 * characters, emoji and punctuation dropped. `offsets` maps every folded unit back to the
 * original string, so `original[offsets[i]]` is where `text[i]` came from.
 *
 * @param text - any string (lone surrogates and all)
 * @returns the folded text and its offset map
 * @example
 * ```ts
 * normalize('這不是 我們的事！').text; //=> '这不是我们的事'
 * normalize('Ａ\u200bb').text; //=> 'ab'
 * [...normalize('你 好').offsets]; //=> [0, 2]
 * ```
 */
export function normalize(text: string): NormalizedText {
  const fold = foldTable();
  const offsets = new Uint32Array(text.length);
  const clauseStarts = new Uint8Array(text.length);
  let out = '';
  let n = 0;
  let boundary = 1;
  for (let i = 0; i < text.length; i++) {
    const f = fold[text.charCodeAt(i)]!;
    if (f === NOISE) continue;
    if (f === BOUNDARY) {
      boundary = 1;
      continue;
    }
    out += String.fromCharCode(f);
    offsets[n] = i;
    clauseStarts[n] = boundary;
    boundary = 0;
    n++;
  }
  return { text: out, offsets: offsets.slice(0, n), clauseStarts: clauseStarts.slice(0, n) };
}

/**
 * Converts traditional characters to simplified ones, character by character (one to one, so
 * offsets are kept; phrase-level differences such as 軟體/软件 are not converted).
 *
 * @param text - text in any script
 * @returns the same text with traditional characters simplified
 * @example
 * ```ts
 * toSimplified('這不是我們的事'); //=> '这不是我们的事'
 * ```
 */
export function toSimplified(text: string): string {
  const fold = foldTable();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = fold[c]!;
    // Keep characters the table drops or case-folds; only script conversion here.
    out += f > 0x7f && c > 0x7f && (c < 0xff01 || c > 0xff5e) ? String.fromCharCode(f) : text[i]!;
  }
  return out;
}

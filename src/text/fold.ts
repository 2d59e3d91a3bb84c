import { T2S_FROM, T2S_TO } from '../generated/t2s.js';
import { CLAUSE_BOUNDARIES } from './punctuation.js';

/** Fold-table value of a character that is ignored when matching (spaces, zero-width, marks…). */
export const NOISE = 0;
/** Fold-table value of clause punctuation: ignored when matching, but it ends a clause. */
export const BOUNDARY = 1;

let table: Uint16Array | undefined;

function isNoise(c: number): boolean {
  return (
    c <= 0x20 ||
    (c >= 0x7f && c <= 0xa0) ||
    c === 0xad ||
    c === 0xb7 ||
    (c >= 0x300 && c <= 0x36f) ||
    c === 0x180e ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0x2190 && c <= 0x21ff) ||
    (c >= 0x2500 && c <= 0x27bf) ||
    (c >= 0x3000 && c <= 0x303f) ||
    c === 0x30fb ||
    (c >= 0xd800 && c <= 0xdfff) ||
    (c >= 0xfe00 && c <= 0xfe6f) ||
    c === 0xfeff ||
    (c >= 0xff5f && c <= 0xff65) ||
    (c >= 0xfff0 && c <= 0xffff)
  );
}

/** Clause punctuation: 。！？，、；：…「」『』 and line breaks, full and half width (src/text/punctuation.ts). */
const BOUNDARIES = CLAUSE_BOUNDARIES;

/**
 * Spaces end a clause in chat (agents type a space where a comma belongs: "好的 我看一下"), and so
 * do emoji and pictographs. They stay {@link NOISE} in the fold table, so matching skips them
 * (这 不 是 我们的事 still matches); the lint rules' clause logic (anchors, contexts) reads them
 * as clause ends through this predicate.
 *
 * @param c - a UTF-16 code unit
 * @returns whether it ends a clause for the rules' clause logic (but not for matching)
 */
export function isSoftBoundary(c: number): boolean {
  return (
    c === 0x09 ||
    c === 0x20 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    (c >= 0x2600 && c <= 0x27bf) || // miscellaneous symbols and dingbats (☺ ✔ ❤)
    (c >= 0xd83c && c <= 0xd83e) // high surrogates of the emoji planes (U+1F000–U+1FBFF)
  );
}

/** Variant forms of 你 (妳 "you, to a woman", 祢 "you, to a deity") fold to 你. */
const YOU_VARIANTS = '\u59b3\u7962';

/**
 * The fold table: for each UTF-16 code unit, the unit it matches as (lower case, half width,
 * simplified script), or {@link NOISE} / {@link BOUNDARY}. Built once, on first use.
 */
export function foldTable(): Uint16Array {
  if (table !== undefined) return table;
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (let i = 0; i < T2S_FROM.length; i++) t[T2S_FROM.charCodeAt(i)] = T2S_TO.charCodeAt(i);
  // CJK compatibility ideographs (U+F900–FAFF: 不 U+F967 looks like 不) → their unified forms
  // (canonical singletons, so NFC gives them), then simplified. Those whose unified form is
  // outside the BMP stay as they are.
  for (let c = 0xf900; c <= 0xfaff; c++) {
    const u = String.fromCharCode(c).normalize('NFC');
    if (u.length === 1 && u.charCodeAt(0) !== c) t[c] = t[u.charCodeAt(0)]!;
  }
  // Full width ASCII → ASCII.
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20;
  for (let c = 0xff21; c <= 0xff3a; c++) t[c] = c - 0xfee0 + 0x20;
  for (let c = 0; c < 0x10000; c++) {
    const f = t[c]!;
    if (isNoise(f) || isNoise(c)) t[c] = NOISE;
    else if (f < 0x80 && !((f >= 0x30 && f <= 0x39) || (f >= 0x61 && f <= 0x7a))) t[c] = NOISE; // ASCII punctuation
  }
  for (let i = 0; i < YOU_VARIANTS.length; i++) t[YOU_VARIANTS.charCodeAt(i)] = 0x4f60;
  for (let i = 0; i < BOUNDARIES.length; i++) {
    const c = BOUNDARIES.charCodeAt(i);
    t[c] = BOUNDARY;
    if (c > 0x20 && c < 0x7f) t[c + 0xfee0] = BOUNDARY;
  }
  t[0x3002] = BOUNDARY;
  t[0x3001] = BOUNDARY;
  table = t;
  return t;
}

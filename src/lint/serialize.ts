/**
 * A compiled linter as bytes: build a pack's automaton once (at deploy, in CI), load it where
 * linting happens without paying the construction again. The bytes hold the rules, the rule set
 * as the engine prepared it (its distinct folded patterns, which rules hold each, in order of
 * precedence) and the automaton's trie as typed arrays: per state its parent, edge class and
 * goto base. Loading rebuilds the rest in a few linear passes (the double array from the bases,
 * failure links by probing it, outputs by walking the patterns); the 128 KiB class table is
 * rebuilt from the symbol list.
 *
 * The rules are stored as a table of strings (ASCII ones a byte a unit, the others as UTF-16
 * units, each list end to end with their lengths), a table of object shapes (each distinct
 * list of keys once) and a stream of 32-bit words that rebuilds their values: reading that
 * back costs a fraction of `JSON.parse` over UTF-8 (most rule text is Chinese, three bytes a
 * character), and no key is read or checked per object.
 *
 * What loading checks: see load.ts.
 */
import type { Rule } from '../schema/index.js';
import { foldTable } from '../text/internal.js';
import type { CompiledRules } from './compile.js';

export const MAGIC = 0x4c534875; // "uHSL" little-endian
/**
 * The format's version. 3: the string table as units (ASCII a byte each) and lengths, no JSON;
 * loading checks the checksum, the bounds and the types and trusts the rest (see load.ts).
 */
export const FORMAT = 3;
export const HEADER = 16;

/**
 * The checksum: FNV-1a over 32-bit little-endian words (then the last 0–3 bytes), from `from`
 * on. Any change of one word changes it (each step is a bijection of the running hash).
 */
export function fnv(bytes: Uint8Array, from = 0): number {
  let h = 0x811c9dc5;
  const words = (bytes.length - from) >> 2;
  if (LITTLE_ENDIAN && ((bytes.byteOffset + from) & 3) === 0) {
    const w = new Int32Array(bytes.buffer, bytes.byteOffset + from, words);
    for (let i = 0; i < words; i++) h = Math.imul(h ^ w[i]!, 0x01000193);
  } else {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < words; i++) h = Math.imul(h ^ view.getInt32(from + 4 * i, true), 0x01000193);
  }
  for (let i = from + 4 * words; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

let foldHash: number | undefined;
/** A fingerprint of the fold table: bytes from another table are recompiled. */
export function foldFingerprint(): number {
  const t = foldTable();
  return (foldHash ??= fnv(new Uint8Array(t.buffer, t.byteOffset, t.byteLength)));
}

/** Whether typed arrays are little-endian here (the format is): then arrays copy as bytes. */
export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Tags of the rule value stream (low 3 bits of a word; the rest is its number: a string's, a
 * count, an array's length, an object's shape, a JSON text's string).
 */
export const TAG = { string: 0, count: 1, array: 2, object: 3, json: 4 } as const;

/**
 * The rules as a string table, a table of object shapes (per shape its number of keys, then
 * the keys' string numbers) and a value stream (see the module comment). Strings are numbered
 * ASCII first (stored a byte a unit), then the others (UTF-16 units).
 */
function encodeRules(rules: readonly Rule[]): { ascii: string[]; wide: string[]; shapes: Int32Array; stream: Int32Array } {
  const ascii: string[] = [];
  const wide: string[] = [];
  const index = new Map<string, number>();
  // Strings are numbered ASCII first: wide ones get their numbers once the ASCII count is known.
  const stream: number[] = [];
  const wideAt: number[] = [];
  const shapeList: number[] = [];
  const shapeOf = new Map<string, number>();
  let shapeCount = 0;
  const ref = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      // eslint-disable-next-line no-control-regex
      if (/^[\x00-\x7f]*$/.test(s)) i = ascii.push(s) - 1;
      else i = -wide.push(s);
      index.set(s, i);
    }
    return i;
  };
  const str = (s: string, tag: number) => {
    const i = ref(s);
    if (i < 0) wideAt.push(stream.length);
    stream.push(i < 0 ? i : i * 8 + tag);
  };
  const value = (v: unknown): void => {
    if (typeof v === 'string') str(v, TAG.string);
    else if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 0x10000000) stream.push(v * 8 + TAG.count);
    else if (Array.isArray(v)) {
      stream.push(v.length * 8 + TAG.array);
      for (const x of v) value(x === undefined ? null : x);
    } else if (typeof v === 'object' && v !== null) {
      const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
      const key = keys.join('\u0000');
      let shape = shapeOf.get(key);
      if (shape === undefined) {
        shapeOf.set(key, (shape = shapeCount++));
        shapeList.push(keys.length, ...keys.map(ref));
      }
      stream.push(shape * 8 + TAG.object);
      for (const k of keys) value((v as Record<string, unknown>)[k]);
    } else str(JSON.stringify(v), TAG.json); // (JSON text of a number, boolean or null is ASCII)
  };
  value(rules);
  // Wide strings: number n = ascii.length + k, written where the placeholder -(k + 1) is.
  const out = Int32Array.from(stream);
  for (const at of wideAt) out[at] = (ascii.length - out[at]! - 1) * 8 + TAG.string;
  const shapes = Int32Array.from(shapeList, (x) => (x < 0 ? ascii.length - x - 1 : x));
  return { ascii, wide, shapes, stream: out };
}

/** Strings end to end as units (a byte each when `bytes`), and their lengths. */
function stringTable(list: readonly string[], bytes: boolean): [Uint8Array | Uint16Array, Int32Array] {
  const lengths = Int32Array.from(list, (s) => s.length);
  const text = list.join('');
  const units = bytes ? new Uint8Array(text.length) : new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return [units, lengths];
}

/** The bytes of a compiled rule set. */
export function serializeCompiled(rules: readonly Rule[], c: CompiledRules): Uint8Array {
  const a = c.automaton;
  const { nodes, cells } = a;
  const states = nodes.length >> 2;
  // The trie: each state's parent and edge class (from the double array and the root row).
  const parent = new Int32Array(states);
  const label = new Uint16Array(states);
  const base = new Int32Array(states);
  for (let cls = 1; cls < a.root.length; cls++) if (a.root[cls] !== 0) label[a.root[cls]!] = cls;
  for (let s = 1; s < states; s++) base[s] = nodes[s << 2]!;
  for (let k = 0; k < cells.length; k += 2) {
    const owner = cells[k]!;
    if (owner <= 0) continue;
    const t = cells[k + 1]!;
    parent[t] = owner;
    label[t] = (k >> 1) - nodes[owner << 2]!;
  }
  // Where each pattern ends.
  const ends = new Int32Array(a.lengths.length);
  for (let s = 1; s < states; s++) for (let p = a.out[s]!; p >= 0; p = a.nextSame[p]!) ends[p] = s;
  // The prepared rule set: per entry its rule and shape (edges, folded head).
  const entryInfo = new Int32Array(2 * c.rules.length);
  const headStart = new Int32Array(c.rules.length + 1);
  const heads: number[] = [];
  // (Entries come in rule order.)
  let r = 0;
  c.rules.forEach((e, i) => {
    while (rules[r] !== e.rule) r++;
    entryInfo[2 * i] = r;
    entryInfo[2 * i + 1] = e.edges;
    if (e.head !== undefined) heads.push(...e.head);
    headStart[i + 1] = heads.length;
  });

  const { ascii, wide, shapes, stream } = encodeRules(rules);
  const rulesPart: Array<Uint8Array | Uint16Array | Int32Array> = [...stringTable(ascii, true), ...stringTable(wide, false), shapes, stream];
  const automatonPart: Array<Uint16Array | Int32Array> = [a.symbols, parent, label, base, ends, c.entryStart, c.entryRule, entryInfo, headStart, Uint16Array.from(heads)];
  const pad = (n: number) => (n + 3) & ~3;
  const sizeOf = (list: ReadonlyArray<Uint8Array | Uint16Array | Int32Array>) => list.reduce((n, x) => n + 4 + pad(x.byteLength), 0);
  const rulesSize = sizeOf(rulesPart);
  const size = HEADER + 4 + rulesSize + 4 + sizeOf(automatonPart);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let at = HEADER;
  const put = (x: Uint8Array | Uint16Array | Int32Array) => {
    view.setUint32(at, x.length, true);
    at += 4;
    if (LITTLE_ENDIAN || x instanceof Uint8Array) bytes.set(new Uint8Array(x.buffer, x.byteOffset, x.byteLength), at);
    else for (let i = 0; i < x.length; i++) {
      if (x instanceof Uint16Array) view.setUint16(at + 2 * i, x[i]!, true);
      else view.setInt32(at + 4 * i, x[i]!, true);
    }
    at += pad(x.byteLength);
  };
  view.setUint32(at, rulesSize, true);
  at += 4;
  for (const x of rulesPart) put(x);
  view.setUint32(at, cells.length >> 1, true);
  at += 4;
  for (const x of automatonPart) put(x);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT, true);
  view.setUint32(8, foldFingerprint(), true);
  view.setUint32(12, fnv(bytes, HEADER), true);
  return bytes;
}

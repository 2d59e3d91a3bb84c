/**
 * A multi-pattern matcher (Aho–Corasick) over folded UTF-16 code units, in typed arrays:
 * a per-unit class table (folding and noise baked in), a dense transition row for the root,
 * a flat open-addressing hash of the other goto edges, failure links and output links.
 * Scanning costs a constant amount of work per input unit (amortized), whatever the number
 * of patterns.
 */
import { HuashuError } from '../errors/huashu-error.js';
import { BOUNDARY, foldTable, NOISE } from '../text/fold.js';

/** Class of a unit that is skipped while matching. */
export const SKIP = 0xffff;

/** A compiled automaton. */
export interface Automaton {
  /** UTF-16 unit → symbol class (0 = a character no pattern contains, {@link SKIP} = noise). */
  readonly classes: Uint16Array;
  /** Next state from the root, by class. */
  readonly root: Int32Array;
  /** Hash of goto edges (state, class) → state: keys (state * classes + class + 1, 0 = empty) and values. */
  readonly keys: Uint32Array;
  readonly values: Int32Array;
  readonly mask: number;
  /** 32 − log2(hash size). */
  readonly shift: number;
  readonly classCount: number;
  /** Failure link of each state. */
  readonly fail: Int32Array;
  /** First pattern ending exactly at a state (-1 if none). */
  readonly out: Int32Array;
  /** The nearest state on the failure chain with an output (-1 if none). */
  readonly dict: Int32Array;
  /** Next pattern with the same folded text (-1 at the end). */
  readonly nextSame: Int32Array;
  /** Folded length of each pattern. */
  readonly lengths: Int32Array;
}

/** Folds a pattern: its non-noise units, folded. */
export function foldPattern(pattern: string): number[] {
  const fold = foldTable();
  const units: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const f = fold[pattern.charCodeAt(i)]!;
    if (f !== NOISE && f !== BOUNDARY) units.push(f);
  }
  return units;
}

/** Fibonacci hashing: the top bits of key × 2^32/φ (the low bits of a product are poor). */
function hash(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

/** Builds the automaton of already-folded patterns (each non-empty). */
export function buildAutomaton(patterns: readonly (readonly number[])[]): Automaton {
  const fold = foldTable();
  // Symbol classes: 1..K-1 for folded units occurring in patterns.
  const classOfUnit = new Map<number, number>();
  for (const p of patterns) for (const u of p) if (!classOfUnit.has(u)) classOfUnit.set(u, classOfUnit.size + 1);
  const classCount = classOfUnit.size + 1;
  const classes = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const f = fold[c]!;
    classes[c] = f === NOISE || f === BOUNDARY ? SKIP : (classOfUnit.get(f) ?? 0);
  }

  // Trie with Map children (build time only).
  const children: Array<Map<number, number>> = [new Map()];
  const out: number[] = [-1];
  const nextSame = new Int32Array(patterns.length).fill(-1);
  const lengths = new Int32Array(patterns.length);
  patterns.forEach((p, index) => {
    let s = 0;
    for (const u of p) {
      const cls = classOfUnit.get(u)!;
      let t = children[s]!.get(cls);
      if (t === undefined) {
        t = children.length;
        children.push(new Map());
        out.push(-1);
        children[s]!.set(cls, t);
      }
      s = t;
    }
    lengths[index] = p.length;
    nextSame[index] = out[s]!;
    out[s] = index;
  });
  const states = children.length;
  if (states * classCount >= 0xffffffff) throw new HuashuError('INVALID_RULE', `${states} states × ${classCount} symbols: too large a rule set; split it into several linters`);
  const fail = new Int32Array(states);
  const dict = new Int32Array(states).fill(-1);
  const root = new Int32Array(classCount);
  for (const [cls, t] of children[0]!) root[cls] = t;
  // Breadth-first failure links.
  const queue = new Int32Array(states);
  let head = 0;
  let tail = 0;
  for (const t of children[0]!.values()) queue[tail++] = t;
  while (head < tail) {
    const s = queue[head++]!;
    for (const [cls, t] of children[s]!) {
      let f = fail[s]!;
      while (f !== 0 && !children[f]!.has(cls)) f = fail[f]!;
      const g = f === 0 ? root[cls]! : children[f]!.get(cls)!;
      fail[t] = g === t ? 0 : g;
      dict[t] = out[fail[t]!]! >= 0 ? fail[t]! : dict[fail[t]!]!;
      queue[tail++] = t;
    }
  }
  // Flat hash of the non-root edges.
  let edges = 0;
  for (let s = 1; s < states; s++) edges += children[s]!.size;
  let size = 16;
  let bits = 4;
  while (size < edges * 4) {
    size *= 2;
    bits++;
  }
  const mask = size - 1;
  const shift = 32 - bits;
  const keys = new Uint32Array(size);
  const values = new Int32Array(size);
  for (let s = 1; s < states; s++) {
    for (const [cls, t] of children[s]!) {
      const key = s * classCount + cls + 1;
      let h = hash(key, shift);
      while (keys[h] !== 0) h = (h + 1) & mask;
      keys[h] = key;
      values[h] = t;
    }
  }
  return { classes, root, keys, values, mask, shift, classCount, fail, out: Int32Array.from(out), dict, nextSame, lengths };
}

/**
 * Runs the automaton over `text`, calling `report(pattern, end)` for every pattern occurrence
 * (`end` = index after its last unit in `text`).
 */
export function scan(a: Automaton, text: string, report: (pattern: number, end: number) => void): void {
  const { classes, root, keys, values, mask, shift, classCount, fail, out, dict, nextSame } = a;
  let s = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    const cls = classes[text.charCodeAt(i)]!;
    if (cls === SKIP) continue;
    if (cls === 0) {
      s = 0;
      continue;
    }
    for (;;) {
      if (s === 0) {
        s = root[cls]!;
        break;
      }
      const key = s * classCount + cls + 1;
      let h = hash(key, shift);
      let k = keys[h]!;
      while (k !== 0 && k !== key) {
        h = (h + 1) & mask;
        k = keys[h]!;
      }
      if (k === key) {
        s = values[h]!;
        break;
      }
      s = fail[s]!;
    }
    if (s === 0) continue;
    let t = out[s]! >= 0 ? s : dict[s]!;
    while (t > 0) {
      for (let p = out[t]!; p >= 0; p = nextSame[p]!) report(p, i + 1);
      t = dict[t]!;
    }
  }
}

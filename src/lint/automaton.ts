/**
 * A multi-pattern matcher (Aho–Corasick) over folded UTF-16 code units, in typed arrays:
 * a per-unit class table (folding and noise baked in), a dense transition row for the root,
 * the other goto edges in a packed double array (one probe per edge test), failure links and
 * output links. Scanning costs a constant amount of work per input unit (amortized), whatever
 * the number of patterns.
 */
import { HuashuError } from '../errors/index.js';
import { foldPatternUnits } from '../schema/internal.js';
import { BOUNDARY, foldTable, NOISE } from '../text/internal.js';

/** Class of a unit that is skipped while matching. */
export const SKIP = 0xffff;

/** A compiled automaton. */
export interface Automaton {
  /**
   * UTF-16 unit → symbol class (0 = a character no pattern contains, or clause punctuation:
   * back to the root; {@link SKIP} = noise).
   */
  readonly classes: Uint16Array;
  /** Next state from the root, by class (0 = stay at the root). */
  readonly root: Int32Array;
  /**
   * Per state, 4 cells: the base of its goto row in {@link cells}, its failure link, the first
   * state on its output chain (itself or a failure ancestor with an output; 0 if none), and its
   * depth (the number of units from the root).
   */
  readonly nodes: Int32Array;
  /**
   * Goto edges of the non-root states as a double array, 2 cells per slot: the owner state and
   * the target. State `s` goes to `cells[2k + 1]` on class `c` when `cells[2k] === s`, with
   * `k = base(s) + c`; any other owner means `s` has no such edge.
   */
  readonly cells: Int32Array;
  /** First pattern ending exactly at a state (-1 if none). */
  readonly out: Int32Array;
  /** The nearest state on the failure chain with an output (0 if none). */
  readonly dict: Int32Array;
  /** Next pattern with the same folded text (-1 at the end). */
  readonly nextSame: Int32Array;
  /** Folded length of each pattern (a clause mark counts one). */
  readonly lengths: Int32Array;
  /**
   * The class of clause punctuation when a pattern holds a clause mark (else 0), and per state
   * 1 when it is entered by that mark: a run of clause punctuation (，，or ！？) reads as one mark.
   */
  readonly breakClass: number;
  readonly viaBreak: Uint8Array;
  /** The folded unit of each symbol class from 1 on (`classes` is rebuilt from it and the fold table). */
  readonly symbols: Uint16Array;
  /**
   * The dense start table: per UTF-16 unit, 1 when it starts a pattern (a root edge). At the root
   * the scan skips everything else at one table read per unit.
   */
  readonly starts: Uint8Array;
}

/** The start table of a class table and root row (see {@link Automaton.starts}). */
export function startTable(classes: Uint16Array, root: Int32Array): Uint8Array {
  const starts = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const cls = classes[c]!;
    if (cls !== SKIP && cls !== 0 && root[cls] !== 0) starts[c] = 1;
  }
  return starts;
}

/** Bytes of typed arrays the automaton holds (the 128 KiB class and 64 KiB start tables included). */
export function automatonBytes(a: Automaton): number {
  return a.classes.byteLength + a.root.byteLength + a.nodes.byteLength + a.cells.byteLength + a.out.byteLength + a.dict.byteLength + a.nextSame.byteLength + a.lengths.byteLength + a.viaBreak.byteLength + a.symbols.byteLength + a.starts.byteLength;
}

/** The per-unit class table of a symbol list (folding, noise and clause punctuation baked in). */
export function classTable(symbols: Uint16Array): Uint16Array {
  const fold = foldTable();
  const classOfUnit = new Uint16Array(0x10000);
  symbols.forEach((u, i) => (classOfUnit[u] = i + 1));
  const classes = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const f = fold[c]!;
    // Clause punctuation folds to BOUNDARY: class 0 (back to the root, so that no match spans
    // two clauses) unless a pattern holds a clause mark, where it is that mark's class.
    classes[c] = f === NOISE ? SKIP : classOfUnit[f]!;
  }
  return classes;
}

/**
 * Folds a pattern: its non-noise units, folded; clause punctuation inside it becomes one
 * {@link BOUNDARY} unit (a mark where a match may cross a clause's end).
 */
export const foldPattern = foldPatternUnits;

/** Builds the automaton of already-folded patterns (each non-empty). */
export function buildAutomaton(patterns: readonly (readonly number[])[]): Automaton {
  // Symbol classes 1..K-1 for the folded units occurring in patterns, the most frequent first
  // (goto rows of busy states then stay short and close together).
  const frequency = new Map<number, number>();
  for (const p of patterns) for (const u of p) frequency.set(u, (frequency.get(u) ?? 0) + 1);
  const byFrequency = [...frequency.keys()];
  byFrequency.sort((a, b) => frequency.get(b)! - frequency.get(a)! || a - b);
  const classOfUnit = new Uint16Array(0x10000);
  byFrequency.forEach((u, i) => (classOfUnit[u] = i + 1));
  const classCount = byFrequency.length + 1;
  if (classCount > SKIP) throw new HuashuError('INVALID_RULE', `${byFrequency.length} distinct characters in the patterns: too many; split the rules into several linters`);
  const symbols = Uint16Array.from(byFrequency);
  const classes = classTable(symbols);

  // Trie in typed arrays (build time only): per state its first child, next sibling, the class
  // of the edge into it; a hash of (state, class) → child for lookups. No object per state.
  let total = 1;
  for (const p of patterns) total += p.length;
  const firstChild = new Int32Array(total);
  const nextSibling = new Int32Array(total);
  const label = new Int32Array(total);
  const childCount = new Int32Array(total);
  const outArr = new Int32Array(total).fill(-1);
  const depthArr = new Int32Array(total);
  const viaArr = new Uint8Array(total);
  let hashSize = 16;
  while (hashSize < 2 * total) hashSize <<= 1;
  const hashMask = hashSize - 1;
  const hashState = new Int32Array(hashSize).fill(-1);
  const hashClass = new Int32Array(hashSize);
  const hashChild = new Int32Array(hashSize);
  const slotOf = (s: number, c: number) => {
    let h = (Math.imul(s, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & hashMask;
    while (hashState[h] !== -1 && (hashState[h] !== s || hashClass[h] !== c)) h = (h + 1) & hashMask;
    return h;
  };
  /** The child of `s` on class `c`, or 0. */
  const child = (s: number, c: number) => {
    const h = slotOf(s, c);
    return hashState[h] === -1 ? 0 : hashChild[h]!;
  };
  const breakClass = classOfUnit[BOUNDARY]!;
  const nextSame = new Int32Array(patterns.length).fill(-1);
  const lengths = new Int32Array(patterns.length);
  let stateCount = 1;
  patterns.forEach((p, index) => {
    let s = 0;
    for (const u of p) {
      const cls = classOfUnit[u]!;
      const h = slotOf(s, cls);
      let t = hashChild[h]!;
      if (hashState[h] === -1) {
        t = stateCount++;
        hashState[h] = s;
        hashClass[h] = cls;
        hashChild[h] = t;
        label[t] = cls;
        depthArr[t] = depthArr[s]! + 1;
        viaArr[t] = cls === breakClass && cls !== 0 ? 1 : 0;
        nextSibling[t] = firstChild[s]!;
        firstChild[s] = t;
        childCount[s] = childCount[s]! + 1;
      }
      s = t;
    }
    lengths[index] = p.length;
    nextSame[index] = outArr[s]!;
    outArr[s] = index;
  });
  const states = stateCount;
  const out = outArr.subarray(0, states);
  const depth = depthArr;
  const via = viaArr.subarray(0, states);
  const fail = new Int32Array(states);
  const dict = new Int32Array(states);
  const root = new Int32Array(classCount);
  for (let t = firstChild[0]!; t !== 0; t = nextSibling[t]!) root[label[t]!] = t;
  // Breadth-first failure links.
  const queue = new Int32Array(states);
  let head = 0;
  let tail = 0;
  for (let t = firstChild[0]!; t !== 0; t = nextSibling[t]!) queue[tail++] = t;
  while (head < tail) {
    const s = queue[head++]!;
    for (let t = firstChild[s]!; t !== 0; t = nextSibling[t]!) {
      const cls = label[t]!;
      let f = fail[s]!;
      let g = 0;
      while (f !== 0 && (g = child(f, cls)) === 0) f = fail[f]!;
      if (f === 0) g = root[cls]!;
      fail[t] = g === t ? 0 : g;
      dict[t] = out[fail[t]!]! >= 0 ? fail[t]! : dict[fail[t]!]!;
      queue[tail++] = t;
    }
  }
  // Double array of the non-root edges, placed first fit, the widest rows first (they find room
  // while the array is empty; the many one-edge rows then fill the holes).
  // (A counting sort by row width, widest first, ties in state order.)
  const start = new Int32Array(classCount + 1);
  for (let s = 1; s < states; s++) start[classCount - childCount[s]!] = start[classCount - childCount[s]!]! + 1;
  for (let k = 0, sum = 0; k <= classCount; k++) {
    const c = start[k]!;
    start[k] = sum;
    sum += c;
  }
  const order = new Int32Array(states - 1);
  for (let s = 1; s < states; s++) {
    const k = classCount - childCount[s]!;
    order[start[k]!] = s;
    start[k] = start[k]! + 1;
  }
  // Slots below `frontier` are taken or on a doubly linked free list (in slot order); slots
  // from `frontier` on are all free. Per slot, 4 cells: owner state (-1 if free), target state,
  // next and previous free slot.
  let slots = new Int32Array(4 * (states + 2 * classCount));
  let headFree = -1;
  let tailFree = -1;
  // Where rows of several edges start looking: free slots before it failed many such rows
  // already and are left to the one-edge rows (placed last).
  let wideFree = -1;
  let frontier = 0;
  const extend = (to: number) => {
    if (4 * to > slots.length) {
      const bigger = new Int32Array(Math.max(2 * slots.length, 4 * to));
      bigger.set(slots);
      slots = bigger;
    }
    for (; frontier < to; frontier++) {
      const x = 4 * frontier;
      slots[x] = -1;
      slots[x + 2] = -1;
      slots[x + 3] = tailFree;
      if (tailFree === -1) headFree = frontier;
      else slots[4 * tailFree + 2] = frontier;
      if (wideFree === -1) wideFree = frontier;
      tailFree = frontier;
    }
  };
  const take = (k: number) => {
    const p = slots[4 * k + 3]!;
    const n = slots[4 * k + 2]!;
    if (p === -1) headFree = n;
    else slots[4 * p + 2] = n;
    if (n === -1) tailFree = p;
    else slots[4 * n + 3] = p;
    if (k === wideFree) wideFree = n;
  };
  const nodes = new Int32Array(states * 4);
  const cls: number[] = [];
  for (let q = 0; q < order.length; q++) {
    const s = order[q]!;
    nodes[s * 4 + 1] = fail[s]!;
    nodes[s * 4 + 2] = out[s]! >= 0 ? s : dict[s]!;
    nodes[s * 4 + 3] = depth[s]!;
    if (childCount[s] === 0) continue;
    cls.length = 0;
    for (let t = firstChild[s]!; t !== 0; t = nextSibling[t]!) cls.push(label[t]!);
    if (cls.length > 1) cls.sort((x, y) => x - y);
    const first = cls[0]!;
    const last = cls[cls.length - 1]!;
    // First fit over the free slots (the first one, for the many one-edge rows), else past the
    // frontier. A row of several edges that had to skip many free slots moves `wideFree` on:
    // building stays near linear, and the array stays packed (one-edge rows fill the holes).
    let base = frontier - first;
    let lagging = wideFree;
    for (let k = cls.length === 1 ? headFree : wideFree, tries = 0; k !== -1; k = slots[4 * k + 2]!, tries++) {
      if (tries >= 32) lagging = slots[4 * lagging + 2]!;
      const b = k - first;
      let fits = true;
      for (let j = 1; j < cls.length; j++) {
        const x = b + cls[j]!;
        if (x < frontier && slots[4 * x] !== -1) {
          fits = false;
          break;
        }
      }
      if (fits) {
        base = b;
        break;
      }
    }
    if (cls.length > 1 && lagging !== -1) wideFree = lagging;
    extend(base + last + 1);
    nodes[s * 4] = base;
    for (const c of cls) {
      take(base + c);
      slots[4 * (base + c)] = s;
      slots[4 * (base + c) + 1] = child(s, c);
    }
  }
  const used = frontier;
  // A base can be negative (down to −classCount): shift every slot by classCount so that any
  // base + class is in bounds (childless states get base 0).
  const size = used + 2 * classCount;
  if (size * 2 > 0x7fffffff) throw new HuashuError('INVALID_RULE', `${states} states × ${classCount} symbols: too large a rule set; split it into several linters`);
  const cells = new Int32Array(size * 2).fill(-1);
  for (let k = 0; k < used; k++) {
    cells[2 * (k + classCount)] = slots[4 * k]!;
    cells[2 * (k + classCount) + 1] = slots[4 * k + 1]!;
  }
  for (let s = 1; s < states; s++) if (childCount[s]! > 0) nodes[s * 4] = nodes[s * 4]! + classCount;
  return { classes, root, nodes, cells, out: out.slice(), dict, nextSame, lengths, breakClass, viaBreak: via.slice(), symbols, starts: startTable(classes, root) };
}

/** A growable list of (pattern, end) pairs, reused from one scan to the next. */
export interface Hits {
  /** Pattern, end, pattern, end… (`end` = index after the match's last unit in the text). */
  data: Int32Array;
  /** Cells in use (twice the number of hits). */
  length: number;
}

/** An empty {@link Hits} list. */
export function hitList(): Hits {
  return { data: new Int32Array(256), length: 0 };
}

/**
 * Runs the automaton over `text`, calling `report(pattern, end)` for every pattern occurrence
 * (`end` = index after its last unit in `text`), in order of `end`.
 */
export function scan(a: Automaton, text: string, report: (pattern: number, end: number) => void): void {
  const hits = scanHits(a, text, hitList());
  for (let k = 0; k < hits.length; k += 2) report(hits.data[k]!, hits.data[k + 1]!);
}

/**
 * Runs the automaton over `text`, replacing the contents of `hits` with every pattern occurrence
 * (as {@link scan} reports them, in the same order). No call and no allocation per unit or per
 * hit (the list grows by doubling).
 */
export function scanHits(a: Automaton, text: string, hits: Hits): Hits {
  const { classes, root, nodes, cells, out, dict, nextSame, breakClass, viaBreak, starts } = a;
  let data = hits.data;
  let h = 0;
  let s = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    if (s === 0) {
      // At the root, nothing but a pattern's first unit moves the scan (noise, punctuation and
      // other characters all leave it there): skip to the next one, then take its root edge.
      let c = text.charCodeAt(i);
      while (starts[c] === 0) {
        if (++i === n) {
          hits.data = data;
          hits.length = h;
          return hits;
        }
        c = text.charCodeAt(i);
      }
      s = root[classes[c]!]!;
    } else {
      const cls = classes[text.charCodeAt(i)]!;
      if (cls === SKIP) continue;
      if (cls === 0) {
        s = 0;
        continue;
      }
      let k = (nodes[s << 2]! + cls) << 1;
      if (cells[k] === s) s = cells[k + 1]!;
      else {
        // More clause punctuation right after a clause mark: still the same mark.
        if (cls === breakClass && viaBreak[s] === 1) continue;
        do s = nodes[(s << 2) + 1]!;
        while (s !== 0 && cells[(k = (nodes[s << 2]! + cls) << 1)] !== s);
        s = s === 0 ? root[cls]! : cells[k + 1]!;
      }
    }
    // (The root's output cell is 0: no branch on the state here.)
    for (let t = nodes[(s << 2) + 2]!; t > 0; t = dict[t]!) {
      for (let p = out[t]!; p >= 0; p = nextSame[p]!) {
        if (h + 2 > data.length) {
          const bigger = new Int32Array(data.length * 2);
          bigger.set(data);
          data = bigger;
        }
        data[h] = p;
        data[h + 1] = i + 1;
        h += 2;
      }
    }
  }
  hits.data = data;
  hits.length = h;
  return hits;
}

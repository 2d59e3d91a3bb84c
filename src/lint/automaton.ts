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
   * The dense start table: per UTF-16 unit, 1 when it starts a pattern (a root edge), 2 when it
   * is noise (counted), else 0. At the root the scan skips the 0s at one table read per unit.
   */
  readonly starts: Uint8Array;
}

/** The start table of a symbol list and root row (see {@link Automaton.starts}). */
export function startTable(symbols: Uint16Array, root: Int32Array): Uint8Array {
  const { start, units, noise } = foldInverse();
  const starts = noise.slice();
  for (let cls = 1; cls < root.length; cls++) {
    if (root[cls] === 0) continue;
    const u = symbols[cls - 1]!;
    for (let k = start[u]!, e = start[u + 1]!; k < e; k++) starts[units[k]!] = 1;
  }
  return starts;
}

/**
 * The fold table inverted, built once: the units that fold to `u` (noise excepted) are
 * `units[start[u] … start[u + 1] - 1]`; `blank` is the class table of no symbol ({@link SKIP}
 * at noise, else 0). Class and start tables then cost a copy and a write per unit that folds
 * to a symbol, not a pass over all 65,536 units; `noise` is the start table of no symbol (2 at
 * noise, else 0).
 */
let inverse: { readonly start: Int32Array; readonly units: Uint16Array; readonly blank: Uint16Array; readonly noise: Uint8Array } | undefined;
function foldInverse(): NonNullable<typeof inverse> {
  if (inverse !== undefined) return inverse;
  const fold = foldTable();
  const start = new Int32Array(0x10001);
  const blank = new Uint16Array(0x10000);
  const noise = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const f = fold[c]!;
    if (f === NOISE) {
      blank[c] = SKIP;
      noise[c] = 2;
    } else start[f + 1] = start[f + 1]! + 1;
  }
  for (let u = 0; u < 0x10000; u++) start[u + 1] = start[u + 1]! + start[u]!;
  const units = new Uint16Array(start[0x10000]!);
  const at = start.slice(0, 0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const f = fold[c]!;
    if (f !== NOISE) units[at[f]!++] = c;
  }
  return (inverse = { start, units, blank, noise });
}

/** Bytes of typed arrays the automaton holds (the 128 KiB class and 64 KiB start tables included). */
export function automatonBytes(a: Automaton): number {
  return a.classes.byteLength + a.root.byteLength + a.nodes.byteLength + a.cells.byteLength + a.out.byteLength + a.dict.byteLength + a.nextSame.byteLength + a.lengths.byteLength + a.viaBreak.byteLength + a.symbols.byteLength + a.starts.byteLength;
}

/**
 * The per-unit class table of a symbol list (folding, noise and clause punctuation baked in):
 * a unit folding to symbol `i` has class `i + 1`, noise {@link SKIP}, any other unit 0. Clause
 * punctuation folds to BOUNDARY: class 0 (back to the root, so that no match spans two
 * clauses) unless a pattern holds a clause mark, where it is that mark's class.
 */
export function classTable(symbols: Uint16Array): Uint16Array {
  const { start, units, blank } = foldInverse();
  const classes = blank.slice();
  for (let i = 0; i < symbols.length; i++) {
    const u = symbols[i]!;
    for (let k = start[u]!, e = start[u + 1]!; k < e; k++) classes[units[k]!] = i + 1;
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
  let total = 0;
  for (const p of patterns) total += p.length;
  const units = new Uint16Array(total);
  const offsets = new Int32Array(patterns.length + 1);
  for (let i = 0, at = 0; i < patterns.length; i++) {
    units.set(patterns[i]!, at);
    at += patterns[i]!.length;
    offsets[i + 1] = at;
  }
  return buildAutomatonFlat(units, offsets);
}

/** Where a (state, class) pair goes in a build-time hash table of `mask + 1` slots. */
const slotOf = (s: number, c: number, mask: number) => (Math.imul(s, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & mask;

/**
 * Builds the automaton of already-folded patterns given end to end: pattern `p` is
 * `units[offsets[p] … offsets[p + 1] - 1]` (each non-empty). Linear in the total length (the
 * double array's first-fit placement tries a bounded number of free slots per row): typed
 * arrays only, no object or string per state or pattern. States are numbered breadth first, so
 * that a state's parent and failure link come before it (and the shallow, busy states together).
 */
export function buildAutomatonFlat(units: Uint16Array, offsets: Int32Array): Automaton {
  const P = offsets.length - 1;
  const total = offsets[P]!;
  // Symbol classes 1..K-1 for the folded units occurring in patterns, the most frequent first
  // (goto rows of busy states then stay short and close together).
  const classOf = new Int32Array(0x10000);
  const distinct = new Int32Array(Math.min(total, 0x10000));
  let K = 0;
  for (let i = 0; i < total; i++) {
    const u = units[i]!;
    if (classOf[u] === 0) distinct[K++] = u;
    classOf[u] = classOf[u]! + 1;
  }
  const keys = new Float64Array(K);
  for (let j = 0; j < K; j++) keys[j] = (total - classOf[distinct[j]!]!) * 0x10000 + distinct[j]!;
  keys.sort();
  const symbols = new Uint16Array(K);
  for (let j = 0; j < K; j++) {
    const u = keys[j]! % 0x10000;
    symbols[j] = u;
    classOf[u] = j + 1;
  }
  const classCount = K + 1;
  if (classCount > SKIP) throw new HuashuError('INVALID_RULE', `${K} distinct characters in the patterns: too many; split the rules into several linters`);
  const classes = classTable(symbols);
  const breakClass = classOf[BOUNDARY]!;

  // The trie (build-time numbering, in order of creation): per state its parent, the class of
  // the edge into it, its parent's first child / next sibling list, its depth; a hash of
  // (state, class) → child for the states below the root (a slot holds the child, 0 if empty:
  // its parent and class are the key), a dense row for the root.
  const cap = total + 1;
  const parentOf = new Int32Array(cap);
  const firstChild = new Int32Array(cap);
  const nextSibling = new Int32Array(cap);
  const label = new Int32Array(cap);
  const childCount = new Int32Array(cap);
  const depth = new Int32Array(cap);
  const out = new Int32Array(cap).fill(-1);
  const rootChild = new Int32Array(classCount);
  let hashSize = 16;
  while (hashSize < 2 * cap) hashSize <<= 1;
  const mask = hashSize - 1;
  const hash = new Int32Array(hashSize);
  const nextSame = new Int32Array(P).fill(-1);
  const lengths = new Int32Array(P);
  let states = 1;
  for (let p = 0; p < P; p++) {
    let s = 0;
    for (let i = offsets[p]!, e = offsets[p + 1]!; i < e; i++) {
      const c = classOf[units[i]!]!;
      let t: number;
      if (s === 0) {
        t = rootChild[c]!;
        if (t === 0) rootChild[c] = t = states++;
        else {
          s = t;
          continue;
        }
      } else {
        let h = slotOf(s, c, mask);
        for (t = hash[h]!; t !== 0 && (parentOf[t] !== s || label[t] !== c); t = hash[h]!) h = (h + 1) & mask;
        if (t !== 0) {
          s = t;
          continue;
        }
        t = states++;
        hash[h] = t;
      }
      parentOf[t] = s;
      label[t] = c;
      depth[t] = depth[s]! + 1;
      nextSibling[t] = firstChild[s]!;
      firstChild[s] = t;
      childCount[s] = childCount[s]! + 1;
      s = t;
    }
    lengths[p] = offsets[p + 1]! - offsets[p]!;
    nextSame[p] = out[s]!;
    out[s] = p;
  }

  // Breadth first (an Int32Array queue, which is also the final numbering).
  const order = new Int32Array(states);
  let tail = 1;
  for (let c = 1; c < classCount; c++) if (rootChild[c] !== 0) order[tail++] = rootChild[c]!;
  for (let head = 1; head < tail; head++) for (let t = firstChild[order[head]!]!; t !== 0; t = nextSibling[t]!) order[tail++] = t;
  const id = new Int32Array(states);
  for (let n = 0; n < states; n++) id[order[n]!] = n;

  // Per state (final numbering): goto base (placed below), failure link, output link, depth.
  const nodes = new Int32Array(states * 4);
  const finalOut = new Int32Array(states);
  const finalDict = new Int32Array(states);
  const viaBreak = new Uint8Array(states);
  finalOut[0] = out[0]!;
  for (let n = 1; n < states; n++) {
    const s = order[n]!;
    nodes[n * 4 + 3] = depth[s]!;
    finalOut[n] = out[s]!;
    if (breakClass !== 0 && label[s] === breakClass) viaBreak[n] = 1;
  }
  const cells = placeRows(states, classCount, order, id, firstChild, nextSibling, label, childCount, nodes);
  const root = new Int32Array(classCount);
  for (let c = 1; c < classCount; c++) root[c] = id[rootChild[c]!]!;
  // Failure links in breadth-first order (a state's link is shallower: known already), probing
  // the double array (one read per probe), and the nearest output on each failure chain.
  for (let n = 1; n < states; n++) {
    const s = order[n]!;
    const c = label[s]!;
    const p = parentOf[s]!;
    const g = p === 0 ? 0 : failureLink(nodes, cells, root, nodes[(id[p]! << 2) + 1]!, c);
    nodes[(n << 2) + 1] = g;
    const d = finalOut[g]! >= 0 ? g : finalDict[g]!;
    finalDict[n] = d;
    nodes[(n << 2) + 2] = finalOut[n]! >= 0 ? n : d;
  }
  return { classes, root, nodes, cells, out: finalOut, dict: finalDict, nextSame, lengths, breakClass, viaBreak, symbols, starts: startTable(symbols, root) };
}

/**
 * The double array of the non-root edges (see {@link Automaton.cells}), writing each state's
 * base into `nodes`. Rows are placed first fit, the widest first (they find room while the
 * array is empty; the many one-edge rows then fill the holes), ties in state order.
 */
function placeRows(
  states: number,
  classCount: number,
  order: Int32Array,
  id: Int32Array,
  firstChild: Int32Array,
  nextSibling: Int32Array,
  label: Int32Array,
  childCount: Int32Array,
  nodes: Int32Array,
): Int32Array {
  // A counting sort by row width, widest first, ties in state order.
  const start = new Int32Array(classCount + 1);
  for (let n = 1; n < states; n++) {
    const k = classCount - childCount[order[n]!]!;
    start[k] = start[k]! + 1;
  }
  for (let k = 0, sum = 0; k <= classCount; k++) {
    const c = start[k]!;
    start[k] = sum;
    sum += c;
  }
  const rows = new Int32Array(states - 1);
  for (let n = 1; n < states; n++) {
    const k = classCount - childCount[order[n]!]!;
    rows[start[k]!] = n;
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
  // The current row: its classes and targets, by class.
  let cls = new Int32Array(16);
  let to = new Int32Array(16);
  for (let q = 0; q < rows.length; q++) {
    const n = rows[q]!;
    const s = order[n]!;
    const w = childCount[s]!;
    if (w === 0) break; // (rows are widest first: the rest are leaves, base 0)
    if (w > cls.length) {
      cls = new Int32Array(2 * w);
      to = new Int32Array(2 * w);
    }
    let m = 0;
    for (let t = firstChild[s]!; t !== 0; t = nextSibling[t]!) {
      // Insertion by class (rows are short; a wide row is rare and placed once).
      const c = label[t]!;
      let j = m++;
      while (j > 0 && cls[j - 1]! > c) {
        cls[j] = cls[j - 1]!;
        to[j] = to[j - 1]!;
        j--;
      }
      cls[j] = c;
      to[j] = id[t]!;
    }
    const first = cls[0]!;
    const last = cls[w - 1]!;
    // First fit over the free slots (the first one, for the many one-edge rows), else past the
    // frontier. A row of several edges that had to skip many free slots moves `wideFree` on:
    // building stays near linear, and the array stays packed (one-edge rows fill the holes).
    let base = frontier - first;
    let lagging = wideFree;
    for (let k = w === 1 ? headFree : wideFree, tries = 0; k !== -1; k = slots[4 * k + 2]!, tries++) {
      if (tries >= 32) lagging = slots[4 * lagging + 2]!;
      const b = k - first;
      let fits = true;
      for (let j = 1; j < w; j++) {
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
    if (w > 1 && lagging !== -1) wideFree = lagging;
    // Past the frontier: new free slots, at the list's end.
    const need = base + last + 1;
    if (4 * need > slots.length) {
      const bigger = new Int32Array(Math.max(2 * slots.length, 4 * need));
      bigger.set(slots);
      slots = bigger;
    }
    for (; frontier < need; frontier++) {
      const x = 4 * frontier;
      slots[x] = -1;
      slots[x + 2] = -1;
      slots[x + 3] = tailFree;
      if (tailFree === -1) headFree = frontier;
      else slots[4 * tailFree + 2] = frontier;
      if (wideFree === -1) wideFree = frontier;
      tailFree = frontier;
    }
    nodes[n * 4] = base;
    for (let j = 0; j < w; j++) {
      // Off the free list.
      const k = base + cls[j]!;
      const prev = slots[4 * k + 3]!;
      const next = slots[4 * k + 2]!;
      if (prev === -1) headFree = next;
      else slots[4 * prev + 2] = next;
      if (next === -1) tailFree = prev;
      else slots[4 * next + 3] = prev;
      if (k === wideFree) wideFree = next;
      slots[4 * k] = n;
      slots[4 * k + 1] = to[j]!;
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
  for (let n = 1; n < states; n++) if (childCount[order[n]!]! > 0) nodes[n * 4] = nodes[n * 4]! + classCount;
  return cells;
}

/** A growable list of (pattern, end, noise) triples, reused from one scan to the next. */
export interface Hits {
  /**
   * Pattern, end, noise, pattern, end, noise… (`end` = index after the match's last unit in the
   * text; `noise` = how many units before `end` are noise: skipped by matching).
   */
  data: Int32Array;
  /** Cells in use ({@link HIT} times the number of hits). */
  length: number;
}

/** Cells per hit in {@link Hits.data}. */
export const HIT = 3;

/** An empty {@link Hits} list. */
export function hitList(): Hits {
  return { data: new Int32Array(3 * 128), length: 0 };
}

/**
 * Runs the automaton over `text`, calling `report(pattern, end)` for every pattern occurrence
 * (`end` = index after its last unit in `text`), in order of `end`.
 */
export function scan(a: Automaton, text: string, report: (pattern: number, end: number) => void): void {
  const hits = scanHits(a, text, hitList());
  for (let k = 0; k < hits.length; k += HIT) report(hits.data[k]!, hits.data[k + 1]!);
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
  let noise = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    if (s === 0) {
      // At the root, nothing but a pattern's first unit moves the scan (punctuation and other
      // characters all leave it there; noise too, counted): skip to the next one, then take its
      // root edge.
      let c = text.charCodeAt(i);
      while (starts[c] === 0) {
        if (++i === n) {
          hits.data = data;
          hits.length = h;
          return hits;
        }
        c = text.charCodeAt(i);
      }
      if (starts[c] === 2) {
        noise++;
        continue;
      }
      s = root[classes[c]!]!;
    } else {
      const cls = classes[text.charCodeAt(i)]!;
      if (cls === SKIP) {
        noise++;
        continue;
      }
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
        if (h + HIT > data.length) {
          const bigger = new Int32Array(data.length * 2);
          bigger.set(data);
          data = bigger;
        }
        data[h] = p;
        data[h + 1] = i + 1;
        data[h + 2] = noise;
        h += HIT;
      }
    }
  }
  hits.data = data;
  hits.length = h;
  return hits;
}

/**
 * The failure link of a state of class `c` whose parent's failure link is `from`: follow failure
 * links from there until one has a `c` edge in the double array (`cells`: owner, target per
 * slot), else the root's `c` child (0 when none). Shared by construction and by loading.
 */
export function failureLink(nodes: Int32Array, cells: Int32Array, root: Int32Array, from: number, c: number): number {
  for (let f = from; ; f = nodes[(f << 2) + 1]!) {
    if (f === 0) return root[c]!;
    const k = (nodes[f << 2]! + c) << 1;
    if (cells[k] === f) return cells[k + 1]!;
  }
}

/**
 * The pattern whose folded text is `units` (-1 if the automaton holds none): one walk from the
 * root over the double array.
 */
export function patternAt(a: Automaton, units: readonly number[]): number {
  const { classes, root, nodes, cells, out, lengths, nextSame } = a;
  let s = 0;
  for (const u of units) {
    const c = classes[u]!;
    if (c === 0 || c === SKIP) return -1;
    if (s === 0) s = root[c]!;
    else {
      const k = (nodes[s << 2]! + c) << 1;
      s = cells[k] === s ? cells[k + 1]! : 0;
    }
    if (s === 0) return -1;
  }
  for (let p = out[s]!; p >= 0; p = nextSame[p]!) if (lengths[p] === units.length) return p;
  return -1;
}

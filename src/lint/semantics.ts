/**
 * Rule semantics after a literal match: where the match sits in its clause (anchors), the
 * contexts that excuse it (exceptions), the proximity head of `A…B` patterns, question form,
 * the agent quoting or confirming the customer's words, and scopes by role, turn and profile.
 * Every check reads a bounded window of the text around the match, so linting stays linear.
 */
import type { Rule } from '../schema/index.js';
import { foldLiteral } from '../schema/internal.js';
import { BOUNDARY, isSoftBoundary, NOISE } from '../text/internal.js';
import { CONTEXT_WINDOW, SENTENCE_REACH, type CompiledException } from './compile.js';
import { DEFAULT_WITHIN, MAX_CROSSING } from '../schema/internal.js';

/** Folded units (no noise, no punctuation). */
type Units = readonly number[];

/** How far the quotation and question checks look (UTF-16 units). */
const SENTENCE_WINDOW = 48;

/**
 * The fold of a code unit for clause logic: spaces and emoji end a clause here (not for matching).
 * (They all fold to noise or clause punctuation: only those units are tested; see the test
 * "soft clause boundaries fold to noise or a clause mark".)
 */
function clauseFold(fold: Uint16Array, c: number): number {
  const f = fold[c]!;
  return f === NOISE && isSoftBoundary(c) ? BOUNDARY : f;
}

/**
 * Folded units read next to a match, nearest first, with their offsets in the text: typed
 * scratch arrays reused by every check (no allocation, no array resizing per match).
 */
interface Near {
  units: Int32Array;
  offsets: Int32Array;
  length: number;
}
function near(): Near {
  return { units: new Int32Array(64), offsets: new Int32Array(64), length: 0 };
}
/** Appends a unit (and its offset) to `n`, growing it when full. */
function push(n: Near, unit: number, offset: number): void {
  if (n.length === n.units.length) {
    const units = new Int32Array(2 * n.length);
    const offsets = new Int32Array(2 * n.length);
    units.set(n.units);
    offsets.set(n.offsets);
    n.units = units;
    n.offsets = offsets;
  }
  n.units[n.length] = unit;
  n.offsets[n.length++] = offset;
}

/**
 * Reads up to `max` folded units of the clause before `from`, nearest first, with their offsets.
 * Stops at clause punctuation (with `sentence`, at a sentence end only: see {@link unitsAfter}).
 */
function unitsBefore(text: string, from: number, max: number, fold: Uint16Array, out: Near, sentence = false): void {
  out.length = 0;
  for (let i = from - 1; i >= 0 && out.length < max; i--) {
    const c = text.charCodeAt(i);
    const f = clauseFold(fold, c);
    if (f === NOISE) continue;
    if (f === BOUNDARY && (!sentence || quoteRole(c) === SENTENCE_END)) return;
    push(out, f, i);
  }
}
/**
 * As {@link unitsBefore}, after `from`, nearest first. `sentence`: read across clause marks,
 * spaces and emoji (each kept as a BOUNDARY unit, which no literal holds, and counted) up to a
 * sentence end.
 */
function unitsAfter(text: string, from: number, max: number, fold: Uint16Array, out: Near, sentence = false): void {
  out.length = 0;
  for (let i = from; i < text.length && out.length < max; i++) {
    const c = text.charCodeAt(i);
    const f = clauseFold(fold, c);
    if (f === NOISE) continue;
    if (f === BOUNDARY && (!sentence || quoteRole(c) === SENTENCE_END)) return;
    push(out, f, i);
  }
}

/** Whether `want` occurs in `near` (units nearest first, i.e. reversed) ending `at` units from the match. */
function endsAt(near: Near, want: Units, at: number): boolean {
  if (at + want.length > near.length) return false;
  const units = near.units;
  for (let k = 0; k < want.length; k++) if (units[at + k] !== want[want.length - 1 - k]) return false;
  return true;
}
function startsAt(near: Near, want: Units, at: number): boolean {
  if (at + want.length > near.length) return false;
  const units = near.units;
  for (let k = 0; k < want.length; k++) if (units[at + k] !== want[k]) return false;
  return true;
}

const scratchBefore = near();
const scratchAfter = near();
const scratchNear = near();
/** The sentence before and after the match, read by `excused` for `sentence` contexts. */
const sentenceBefore = near();
const sentenceAfter = near();

/** The clause before the last `A…B` match read by {@link proximityStart}, and how far it was read. */
const scratchHead = near();
let headReach = -1;

/**
 * For an `A…B` literal matched as B at `[start, end)`: the offset where A starts, when A ends
 * at most `within` folded units before B in the same clause; -1 otherwise. `again`: the previous
 * call was for the same text and `start` (another head of the same match), so the clause already
 * read is reused (read further only when this head needs more of it).
 */
export function proximityStart(text: string, start: number, head: Units, within: number | undefined, fold: Uint16Array, again = false): number {
  const gap = within ?? DEFAULT_WITHIN;
  const max = gap + head.length;
  // A read that stopped short of its limit holds the whole clause before `start`.
  if (!again || (max > headReach && scratchHead.length >= headReach)) {
    unitsBefore(text, start, max, fold, scratchHead);
    headReach = max;
  }
  // (Most texts hold no head: test its last unit at each distance before comparing it whole.)
  const units = scratchHead.units;
  const last = head[head.length - 1]!;
  for (let at = 0, to = Math.min(gap, scratchHead.length - head.length); at <= to; at++) {
    if (units[at] === last && endsAt(scratchHead, head, at)) return scratchHead.offsets[at + head.length - 1]!;
  }
  return -1;
}

/** What {@link acrossStart} read last: B's clause and the one before it, nearest first. */
const scratchAcross = near();

/**
 * For an `A…，B` literal matched as B at `[start, end)`: the offset where A starts, when A ends
 * at most `within` folded units before B, in B's clause or in the clause before it, in the same
 * sentence (the clause marks between them, at most {@link MAX_CROSSING} characters, are not
 * counted, and A never spans them); -1 otherwise. Reads at most `within + head.length` units
 * and the marks: bounded, as {@link proximityStart}.
 */
export function acrossStart(text: string, start: number, head: Units, within: number | undefined, fold: Uint16Array): number {
  const gap = within ?? DEFAULT_WITHIN;
  const max = gap + head.length;
  const out = scratchAcross;
  out.length = 0;
  // Units of B's clause read (-1 while still in it), and the clause marks crossed so far.
  let cross = -1;
  let marks = 0;
  for (let i = start - 1; i >= 0 && out.length < max; i--) {
    const c = text.charCodeAt(i);
    const f = clauseFold(fold, c);
    if (f === NOISE) continue;
    if (f === BOUNDARY) {
      if (quoteRole(c) === SENTENCE_END) break;
      if (cross < 0) cross = out.length;
      else if (out.length > cross) break; // the end of the clause before: no further
      if (++marks > MAX_CROSSING) break;
      continue;
    }
    push(out, f, i);
  }
  const units = out.units;
  const last = head[head.length - 1]!;
  for (let at = 0, to = Math.min(gap, out.length - head.length); at <= to; at++) {
    if (units[at] !== last || (cross >= 0 && at < cross && at + head.length > cross)) continue;
    if (endsAt(out, head, at)) return out.offsets[at + head.length - 1]!;
  }
  return -1;
}

/**
 * One test for every `A…B` head of a match at once (the rules holding the same B): whether some
 * head's last unit (`lasts`, with `mask` = the OR of `1 << (unit & 31)` over them) lies at most
 * `gap` folded units before `start`, reading the clause `reach` units back. False means that
 * {@link proximityStart} returns -1 for each of those heads (with `within` ≤ `gap` and
 * `within + head.length` ≤ `reach`); true leaves the clause read for its calls with `again`.
 */
export function anyHeadNear(text: string, start: number, reach: number, gap: number, lasts: Int32Array, mask: number, fold: Uint16Array): boolean {
  // Straight over the text (most matches have no head near: nothing is kept for them); the
  // clause is read into scratchHead only when a head's last unit is found.
  for (let i = start - 1, n = 0; i >= 0 && n <= gap; i--) {
    const c = text.charCodeAt(i);
    const f = fold[c]!;
    if (f === NOISE) {
      if (isSoftBoundary(c)) return false;
      continue;
    }
    if (f === BOUNDARY) return false;
    n++;
    if ((mask & (1 << (f & 31))) === 0) continue;
    for (let k = 0; k < lasts.length; k++) {
      if (lasts[k] === f) {
        unitsBefore(text, start, reach, fold, scratchHead);
        headReach = reach;
        return true;
      }
    }
  }
  return false;
}

/**
 * The `A…B` heads (not `A…，B`) of the entries holding each pattern, indexed so that one walk
 * over the clause before a match finds, for every such entry at once, what
 * {@link proximityStart} would return: per distinct list of entries (patterns holding the same
 * entries share one), the distinct heads bucketed by their last unit. Built once per compiled
 * set (see {@link headIndex}).
 */
export interface HeadIndex {
  /** Per pattern, its group (-1: no entry with an `A…B` head). */
  readonly of: Int32Array;
  /** Per group: 1 when every entry holding its patterns is an `A…B` head (none found: all rejected). */
  readonly all: Uint8Array;
  /** Per group: how far to read (largest within + head length), the largest within, the last units' mask. */
  readonly reach: Int32Array;
  readonly gap: Int32Array;
  readonly mask: Int32Array;
  /** Per group: its heads' distinct last units (for {@link anyHeadNear}). */
  readonly lasts: Int32Array[];
  /**
   * Buckets by (group, last unit), an open-addressed table of `keys.length / 2` slots: group,
   * unit per slot (-1: empty); the bucket's heads are `bucketStart[slot] … bucketStart[slot] +
   * bucketSize[slot] - 1` in the head arrays.
   */
  readonly keys: Int32Array;
  readonly bucketStart: Int32Array;
  readonly bucketSize: Int32Array;
  /** Per head: its units in `pool` (`headAt`, `headLength`), its largest within, its holders in `holder*`. */
  readonly headAt: Int32Array;
  readonly headLength: Int32Array;
  readonly headGap: Int32Array;
  readonly holderStart: Int32Array;
  readonly holderEnd: Int32Array;
  readonly pool: Int32Array;
  /** Per holder: the entry's place in its pattern's list (0 for the first), its within. */
  readonly holderPlace: Int32Array;
  readonly holderGap: Int32Array;
  /** The longest list of entries of a pattern (the size of the found table). */
  readonly widest: number;
  /**
   * Heads found first: per group, 1 when each of its heads is a pattern of the automaton (the
   * scan reports where it ends); per pattern `p`, the groups it is a head of are
   * `headGroups[headGroupStart[p] … headGroupStart[p + 1] - 1]`.
   */
  readonly tracked: Uint8Array;
  readonly headGroupStart: Int32Array;
  readonly headGroups: Int32Array;
}

/** What {@link headIndex} reads of an entry: its head and shape bits. */
interface HeadEntry {
  readonly head: readonly number[] | undefined;
  readonly edges: number;
}

const indexSlot = (group: number, unit: number, mask: number) => (Math.imul(group, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & mask;

/**
 * The {@link HeadIndex} of a compiled set: pattern `p` is held by entries
 * `entryRule[entryStart[p] … entryStart[p + 1] - 1]`; `within(r)` is entry `r`'s gap, `across`
 * the shape bit of `A…，B` entries (left out), `patternOf(units)` the automaton's pattern of a
 * head (-1: none, e.g. a set serialized before heads were patterns: its groups are not tracked).
 */
export function headIndex(entryStart: Int32Array, entryRule: Int32Array, entries: readonly HeadEntry[], within: (entry: number) => number, across: number, patternOf: (units: readonly number[]) => number): HeadIndex {
  const patterns = entryStart.length - 1;
  const of = new Int32Array(patterns).fill(-1);
  // Groups by a hash of their entry list (each candidate compared whole).
  const groups = new Map<number, number[]>();
  const firstOf: number[] = [];
  const all: number[] = [];
  const reach: number[] = [];
  const gap: number[] = [];
  const mask: number[] = [];
  const lasts: Int32Array[] = [];
  // Per group, its heads: text key → [units, holders (place, within)].
  const heads: Array<Map<string, { units: readonly number[]; holders: number[] }>> = [];
  let widest = 0;
  // Per entry, whether it has an `A…B` head (read once: not per pattern holding it).
  const isHead = new Uint8Array(entries.length);
  entries.forEach(({ head, edges }, r) => (isHead[r] = head !== undefined && head.length > 0 && (edges & across) === 0 ? 1 : 0));
  for (let p = 0; p < patterns; p++) {
    const from = entryStart[p]!;
    const to = entryStart[p + 1]!;
    let any = 0;
    for (let e = from; e < to && any === 0; e++) any = isHead[entryRule[e]!]!;
    if (any === 0) continue;
    let key = to - from;
    for (let e = from; e < to; e++) key = Math.imul(key ^ entryRule[e]!, 0x01000193);
    const same = groups.get(key);
    let g = same?.find((h) => {
      const at = firstOf[h]!;
      if (entryStart[at + 1]! - entryStart[at]! !== to - from) return false;
      for (let i = 0, a = entryStart[at]!; i < to - from; i++) if (entryRule[a + i] !== entryRule[from + i]) return false;
      return true;
    });
    if (g === undefined) {
      g = all.length;
      if (same === undefined) groups.set(key, [g]);
      else same.push(g);
      firstOf.push(p);
      let everyHead = 1;
      let r = 0;
      let w = 0;
      const byText = new Map<string, { units: readonly number[]; holders: number[] }>();
      for (let e = from; e < to; e++) {
        if (isHead[entryRule[e]!] === 0) {
          everyHead = 0;
          continue;
        }
        const head = entries[entryRule[e]!]!.head!;
        const gapOf = within(entryRule[e]!);
        r = Math.max(r, gapOf + head.length);
        w = Math.max(w, gapOf);
        const text = String.fromCharCode(...head);
        let h = byText.get(text);
        if (h === undefined) byText.set(text, (h = { units: head, holders: [] }));
        h.holders.push(e - from, gapOf);
      }
      const units = new Set([...byText.values()].map((h) => h.units[h.units.length - 1]!));
      all.push(everyHead);
      reach.push(r);
      gap.push(w);
      lasts.push(Int32Array.from(units));
      mask.push([...units].reduce((m, u) => m | (1 << (u & 31)), 0));
      heads.push(byText);
      widest = Math.max(widest, to - from);
    }
    of[p] = g;
  }
  // Flatten: buckets by (group, last unit), heads in them, holders per head.
  const bucketsOf = new Map<string, Array<{ units: readonly number[]; holders: number[] }>>();
  heads.forEach((byText, g) => {
    for (const h of byText.values()) {
      const k = `${g}:${h.units[h.units.length - 1]!}`;
      const list = bucketsOf.get(k);
      if (list === undefined) bucketsOf.set(k, [h]);
      else list.push(h);
    }
  });
  let size = 16;
  while (size < 2 * bucketsOf.size) size <<= 1;
  const keys = new Int32Array(2 * size).fill(-1);
  const bucketStart = new Int32Array(size);
  const bucketSize = new Int32Array(size);
  const headAt: number[] = [];
  const headLength: number[] = [];
  const headGap: number[] = [];
  const holderStart: number[] = [];
  const holderEnd: number[] = [];
  const pool: number[] = [];
  const holderPlace: number[] = [];
  const holderGap: number[] = [];
  for (const [k, list] of bucketsOf) {
    const [g, u] = k.split(':').map(Number) as [number, number];
    let slot = indexSlot(g, u, size - 1);
    while (keys[2 * slot] !== -1) slot = (slot + 1) & (size - 1);
    keys[2 * slot] = g;
    keys[2 * slot + 1] = u;
    bucketStart[slot] = headAt.length;
    bucketSize[slot] = list.length;
    for (const h of list) {
      headAt.push(pool.length);
      headLength.push(h.units.length);
      pool.push(...h.units);
      holderStart.push(holderPlace.length);
      let most = 0;
      for (let i = 0; i < h.holders.length; i += 2) {
        holderPlace.push(h.holders[i]!);
        holderGap.push(h.holders[i + 1]!);
        most = Math.max(most, h.holders[i + 1]!);
      }
      holderEnd.push(holderPlace.length);
      headGap.push(most);
    }
  }
  // Heads found first: each group's heads as patterns (a group with one missing is not tracked).
  const tracked = new Uint8Array(all.length);
  const pairs: number[] = [];
  heads.forEach((byText, g) => {
    const ps: number[] = [];
    for (const h of byText.values()) ps.push(patternOf(h.units));
    if (ps.some((p) => p < 0)) return;
    tracked[g] = 1;
    for (const p of ps) pairs.push(p, g);
  });
  const headGroupStart = new Int32Array(patterns + 1);
  for (let i = 0; i < pairs.length; i += 2) headGroupStart[pairs[i]! + 1]!++;
  for (let p = 0; p < patterns; p++) headGroupStart[p + 1]! += headGroupStart[p]!;
  const headGroups = new Int32Array(pairs.length >> 1);
  const fill = headGroupStart.slice(0, patterns);
  for (let i = 0; i < pairs.length; i += 2) headGroups[fill[pairs[i]!]!++] = pairs[i + 1]!;
  return {
    tracked,
    headGroupStart,
    headGroups,
    of,
    all: Uint8Array.from(all),
    reach: Int32Array.from(reach),
    gap: Int32Array.from(gap),
    mask: Int32Array.from(mask),
    lasts,
    keys,
    bucketStart,
    bucketSize,
    headAt: Int32Array.from(headAt),
    headLength: Int32Array.from(headLength),
    headGap: Int32Array.from(headGap),
    holderStart: Int32Array.from(holderStart),
    holderEnd: Int32Array.from(holderEnd),
    pool: Int32Array.from(pool),
    holderPlace: Int32Array.from(holderPlace),
    holderGap: Int32Array.from(holderGap),
    widest,
  };
}

/**
 * For a match starting at `start` of a pattern of group `g` of `x`: writes into `found[place]`,
 * for each `A…B` entry of the pattern's list (by its place in it), the offset
 * {@link proximityStart} would return for it (-1: no head), and returns whether any was found.
 * One read of the clause and one bucket lookup per unit within the largest gap: the nearest
 * occurrence of each head is found first (units are read nearest first).
 */
export function headsNear(text: string, start: number, x: HeadIndex, g: number, width: number, found: Int32Array, fold: Uint16Array): boolean {
  if (!anyHeadNear(text, start, x.reach[g]!, x.gap[g]!, x.lasts[g]!, x.mask[g]!, fold)) {
    // (All rejected: the caller reads the table only when some entry is not an `A…B` head.)
    if (x.all[g] === 0) found.fill(-1, 0, width);
    return false;
  }
  found.fill(-1, 0, width);
  // (anyHeadNear read the clause into scratchHead, `reach` units back.)
  const units = scratchHead.units;
  const offsets = scratchHead.offsets;
  const length = scratchHead.length;
  const { keys, bucketStart, bucketSize, headAt, headLength, headGap, holderStart, holderEnd, pool, holderPlace, holderGap } = x;
  const m = x.mask[g]!;
  const slots = (keys.length >> 1) - 1;
  let any = false;
  for (let at = 0, to = Math.min(x.gap[g]!, length - 1); at <= to; at++) {
    const u = units[at]!;
    if ((m & (1 << (u & 31))) === 0) continue;
    let slot = indexSlot(g, u, slots);
    for (; keys[2 * slot] !== -1; slot = (slot + 1) & slots) if (keys[2 * slot] === g && keys[2 * slot + 1] === u) break;
    if (keys[2 * slot] === -1) continue;
    for (let h = bucketStart[slot]!, e = h + bucketSize[slot]!; h < e; h++) {
      const n = headLength[h]!;
      if (at > headGap[h]! || at + n > length) continue;
      // (Its last unit is u: compare the rest, read backwards.)
      const a = headAt[h]!;
      let k = 1;
      while (k < n && units[at + k] === pool[a + n - 1 - k]) k++;
      if (k < n) continue;
      const offset = offsets[at + n - 1]!;
      for (let q = holderStart[h]!, qe = holderEnd[h]!; q < qe; q++) {
        const place = holderPlace[q]!;
        if (found[place] === -1 && at <= holderGap[q]!) {
          found[place] = offset;
          any = true;
        }
      }
    }
  }
  return any;
}

/**
 * How far a rule's exceptions read: the most folded units before a match (-1: that side is never
 * read) and after it. Computed once per rule (see `excused`).
 */
export function exceptionReach(exceptions: readonly CompiledException[]): readonly [number, number] {
  let back = -1;
  let ahead = -1;
  for (const e of exceptions) {
    for (const w of e.before ?? []) back = Math.max(back, w.length);
    for (const w of e.earlier ?? []) back = Math.max(back, CONTEXT_WINDOW + w.length);
    for (const w of e.after ?? []) ahead = Math.max(ahead, w.length);
    for (const w of e.later ?? []) ahead = Math.max(ahead, CONTEXT_WINDOW + w.length);
    for (const w of e.sentence ?? []) {
      back = Math.max(back, SENTENCE_REACH + w.length);
      ahead = Math.max(ahead, SENTENCE_REACH + w.length);
    }
  }
  return [back, ahead];
}

/**
 * Whether one of the exceptions excuses the match at `[start, end)`; `back` and `ahead` are
 * their {@link exceptionReach}.
 */
export function excused(text: string, start: number, end: number, exceptions: readonly CompiledException[], back: number, ahead: number, fold: Uint16Array): boolean {
  if (exceptions.length === 0) return false;
  // Read each side once, and only as far as some exception needs (contexts are short).
  if (back >= 0) unitsBefore(text, start, back, fold, scratchBefore);
  else scratchBefore.length = 0;
  if (ahead >= 0) unitsAfter(text, end, ahead, fold, scratchAfter);
  else scratchAfter.length = 0;
  // Which units each side holds (marked when an `earlier`/`later` literal is first looked for):
  // a literal with a unit missing there is not searched for at every distance.
  const seen = (present ??= new Uint8Array(0x10000));
  const before = scratchBefore.units;
  const after = scratchAfter.units;
  let marked = false;
  let sentenceRead = false;
  let yes = false;
  for (const e of exceptions) {
    if (e.before !== undefined && !someAt(scratchBefore, e.before, endsAt)) continue;
    if (e.after !== undefined && !someAt(scratchAfter, e.after, startsAt)) continue;
    if (!marked && (e.earlier !== undefined || e.later !== undefined)) {
      for (let i = 0; i < scratchBefore.length; i++) seen[before[i]!]! |= 1;
      for (let i = 0; i < scratchAfter.length; i++) seen[after[i]!]! |= 2;
      marked = true;
    }
    if (e.earlier !== undefined && !someAnywhere(scratchBefore, e.earlier, endsAt, seen, 1)) continue;
    if (e.later !== undefined && !someAnywhere(scratchAfter, e.later, startsAt, seen, 2)) continue;
    if (e.sentence !== undefined) {
      // (Read once per call, when an exception first needs it: most matches never get here.)
      if (!sentenceRead) {
        unitsBefore(text, start, back, fold, sentenceBefore, true);
        unitsAfter(text, end, ahead, fold, sentenceAfter, true);
        sentenceRead = true;
        markNear(sentenceBefore, seen, 4);
        markNear(sentenceAfter, seen, 8);
      }
      if (!inSentence(sentenceBefore, e.sentence, endsAt, seen, 4) && !inSentence(sentenceAfter, e.sentence, startsAt, seen, 8)) continue;
    }
    yes = true;
    break;
  }
  if (marked) {
    for (let i = 0; i < scratchBefore.length; i++) seen[before[i]!] = 0;
    for (let i = 0; i < scratchAfter.length; i++) seen[after[i]!] = 0;
  }
  if (sentenceRead) {
    markNear(sentenceBefore, seen, 0);
    markNear(sentenceAfter, seen, 0);
  }
  return yes;
}
/**
 * Per folded unit, while `excused` runs: bit 1 when the clause before the match holds it, bit 2
 * after; bit 4 when one of the {@link SENTENCE_REACH} + 1 units of the sentence nearest before the
 * match is it, bit 8 after (a `sentence` literal whose nearest unit is not there is not compared).
 */
let present: Uint8Array | undefined;
type At = (near: Near, want: Units, at: number) => boolean;
/** Whether one of `wants` sits right next to the match (`at` 0). */
function someAt(near: Near, wants: readonly Units[], at: At): boolean {
  for (const w of wants) if (at(near, w, 0)) return true;
  return false;
}
/** Whether one of `wants` (all its units marked `side` in `seen`) sits within {@link CONTEXT_WINDOW} units of the match. */
function someAnywhere(near: Near, wants: readonly Units[], at: At, seen: Uint8Array, side: number): boolean {
  next: for (const w of wants) {
    for (const u of w) if ((seen[u]! & side) === 0) continue next;
    for (let i = 0; i + w.length <= near.length && i <= CONTEXT_WINDOW; i++) if (at(near, w, i)) return true;
  }
  return false;
}

/**
 * Marks in `seen` with `side` the units {@link inSentence} compares first (the nearest
 * {@link SENTENCE_REACH} + 1 of `near`); `side` 0 clears them (and any other bit they had).
 */
function markNear(near: Near, seen: Uint8Array, side: number): void {
  const units = near.units;
  for (let i = 0, to = Math.min(near.length, SENTENCE_REACH + 1); i < to; i++) seen[units[i]!] = side === 0 ? 0 : seen[units[i]!]! | side;
}

/**
 * Whether one of `wants` lies within {@link SENTENCE_REACH} units of the match on the side `near`
 * holds (its nearest units marked `side` in `seen`: see {@link markNear}).
 */
function inSentence(near: Near, wants: readonly Units[], at: At, seen: Uint8Array, side: number): boolean {
  const units = near.units;
  for (const w of wants) {
    // The unit nearest the match: the literal's last before it, its first after it.
    const first = at === endsAt ? w[w.length - 1]! : w[0]!;
    if ((seen[first]! & side) === 0) continue;
    for (let i = 0; i + w.length <= near.length && i <= SENTENCE_REACH; i++) if (units[i] === first && at(near, w, i)) return true;
  }
  return false;
}

/** Sentence-final particles that a chat agent may type after a space (可以的 哦, 稍等 哈). */
const TAIL_PARTICLES = new Set([...'哦喔噢呢啦哈呀吧嘛啊哇咯哟'].map((c) => c.charCodeAt(0)));
/** How far (UTF-16 units) the softener-after-a-space checks read: well within the stream's 48. */
const TAIL_REACH = 16;

/**
 * Whether only sentence-final particles (at least one) follow `from` up to clause punctuation or
 * the end of the text, within {@link TAIL_REACH} units: a softener typed after a space or an
 * emoji (可以的 哦), which belongs to the clause before it.
 */
function particleTail(text: string, from: number, fold: Uint16Array): boolean {
  let particles = 0;
  for (let i = from; i < text.length; i++) {
    if (i - from >= TAIL_REACH) return false;
    const f = fold[text.charCodeAt(i)]!;
    if (f === NOISE) continue;
    if (f === BOUNDARY) break;
    if (!TAIL_PARTICLES.has(f)) return false;
    particles++;
  }
  return particles > 0;
}
/** Whether clause text (not noise, not a clause mark) lies before `from`, past spaces and emoji only. */
function textBefore(text: string, from: number, fold: Uint16Array): boolean {
  for (let i = from - 1; i >= 0 && from - i <= TAIL_REACH; i--) {
    const f = fold[text.charCodeAt(i)]!;
    if (f === NOISE) continue;
    return f !== BOUNDARY;
  }
  return false;
}

/**
 * Whether only noise lies between `from` and the clause's start (going back) or end (forward).
 * Spaces and emoji end a clause, except before a softener that ends the sentence: in 可以的 哦
 * the 哦 is the end of 可以的, not a reply of its own (no-uh-huh), and 不行 哦 reads as 不行哦.
 */
export function atClauseEdge(text: string, from: number, step: -1 | 1, fold: Uint16Array): boolean {
  for (let i = step < 0 ? from - 1 : from; i >= 0 && i < text.length; i += step) {
    const c = text.charCodeAt(i);
    const f = fold[c]!;
    if (f === BOUNDARY) return true;
    if (f !== NOISE) return false;
    if (isSoftBoundary(c)) return step < 0 ? !(textBefore(text, i, fold) && particleTail(text, from, fold)) : !particleTail(text, i + 1, fold);
  }
  return true;
}

/** ? or ？. */
const isQuestionMark = (c: number) => c === 0x3f || c === 0xff1f;
const QUESTION_FINALS = new Set([...'吗呢么嘛'].map((c) => c.charCodeAt(0)));

/** Whether the clause that holds the match, read on from `end`, is a question (？, or 吗/呢 at its end). */
export function isQuestion(text: string, end: number, fold: Uint16Array): boolean {
  let last = -1;
  for (let i = end, n = Math.min(text.length, end + SENTENCE_WINDOW); i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x3000) continue; // a space may sit before the question mark
    const f = clauseFold(fold, c);
    if (f === NOISE) continue;
    if (f === BOUNDARY) {
      if (isQuestionMark(c)) return true;
      break;
    }
    last = f;
  }
  if (last === -1) {
    // The match ends its clause: its own last unit decides.
    for (let i = end - 1; i >= 0; i--) {
      const f = clauseFold(fold, text.charCodeAt(i));
      if (f === NOISE) continue;
      last = f === BOUNDARY ? -1 : f;
      break;
    }
  }
  return QUESTION_FINALS.has(last);
}

/** What a unit is to the quotation and confirmation checks (a switch: no lookup per unit). */
const OPEN = 1;
const CLOSE = 2;
const SENTENCE_END = 3;
function quoteRole(c: number): number {
  // (Most text is CJK, between the marks below: one range test before the switch.)
  if (c >= 0x3400 && c < 0xfe41) return 0;
  switch (c) {
    case 0x201c: case 0x2018: case 0x300c: case 0x300e: case 0xfe41: case 0xfe43:
      return OPEN;
    case 0x201d: case 0x2019: case 0x300d: case 0x300f: case 0xfe42: case 0xfe44:
      return CLOSE;
    // Sentence-ending punctuation (a comma or a space ends a clause, not a sentence).
    case 0x3002: case 0xff01: case 0xff1f: case 0x21: case 0x3f: case 0x0a: case 0x0d: case 0x2026:
      return SENTENCE_END;
    default:
      return 0;
  }
}
/** How an agent marks that it is repeating the customer's words to confirm them. */
const CONFIRM_MARKERS = ['您是说', '你是说', '您说的是', '你说的是', '您的意思是', '你的意思是', '您是指', '你是指', '您刚才说', '您刚刚说', '您是不是说', '您提到', '您反映', '您反馈'];
let confirmUnits: Units[] | undefined;

/**
 * Whether the match at `[start, end)` is the agent quoting the customer: inside quotation
 * marks within its sentence, or in a question that repeats the customer's words
 * (您是说……吗？, 您的意思是……对吗？).
 */
export function isQuoted(text: string, start: number, end: number, fold: Uint16Array): boolean {
  // Quotation marks: an opening one before (in the sentence) right after a word of the customer
  // saying it (您说“…”, 您提到的“…”), and a closing one after. A standard quoting a banned
  // phrase (“不对”、“错了”) is not the agent quoting the customer.
  let open = -1;
  for (let i = start - 1, n = Math.max(0, start - SENTENCE_WINDOW); i >= n; i--) {
    const c = text.charCodeAt(i);
    const role = quoteRole(c);
    if (role === CLOSE || role === SENTENCE_END) break;
    if (role === OPEN) {
      open = i;
      break;
    }
  }
  let said = false;
  if (open >= 0) {
    let before = '';
    for (let i = Math.max(0, open - 16); i < open; i++) {
      const f = fold[text.charCodeAt(i)]!;
      if (f > BOUNDARY) before += String.fromCharCode(f);
    }
    // The customer said it (客户说“那算了”或“到时再说吧”), not "said to the customer" (对客户说“不对”).
    // (Bounded: at most 16 folded characters.)
    said = /(?<![对跟向给和])(您|你|客户|顾客|亲)(刚才|刚刚|是)?(说|讲|提到|问|写|反映|反馈)/.test(before);
  }
  if (said) {
    for (let i = end, n = Math.min(text.length, end + SENTENCE_WINDOW); i < n; i++) {
      const c = text.charCodeAt(i);
      const role = quoteRole(c);
      if (role === CLOSE) return true;
      if (role !== 0) break;
    }
  }
  // A confirming question: a marker earlier in the sentence, and the sentence asks.
  if (!sentenceAsks(text, end, fold)) return false;
  confirmUnits ??= CONFIRM_MARKERS.map(foldLiteral);
  const near = scratchNear;
  near.length = 0;
  for (let i = start - 1, n = Math.max(0, start - SENTENCE_WINDOW); i >= n; i--) {
    const c = text.charCodeAt(i);
    if (quoteRole(c) === SENTENCE_END) break;
    const f = fold[c]!;
    if (f !== NOISE && f !== BOUNDARY) push(near, f, i);
  }
  const units = near.units;
  for (const marker of confirmUnits) {
    const last = marker[marker.length - 1]!;
    for (let at = 0; at + marker.length <= near.length; at++) if (units[at] === last && endsAt(near, marker, at)) return true;
  }
  return false;
}

/** Whether the sentence holding `end` ends as a question (？ or 吗/呢 before its end). */
function sentenceAsks(text: string, end: number, fold: Uint16Array): boolean {
  let last = -1;
  for (let i = end, n = Math.min(text.length, end + SENTENCE_WINDOW); i < n; i++) {
    const c = text.charCodeAt(i);
    if (isQuestionMark(c)) return true;
    if (quoteRole(c) === SENTENCE_END) break;
    const f = fold[c]!;
    if (f !== NOISE && f !== BOUNDARY) last = f;
  }
  return QUESTION_FINALS.has(last);
}

/** Where a text sits in a transcript, for rules scoped by role and turn. */
export interface TurnPlace {
  readonly role: string | undefined;
  readonly first: boolean;
  readonly last: boolean;
}

/** Whether a rule applies to a text at this place, under this profile. */
export function inScope(rule: Rule, place: TurnPlace, profile: 'default' | 'strict'): boolean {
  if (rule.profile === 'strict' && profile !== 'strict') return false;
  if (rule.roles !== undefined && place.role !== undefined && !rule.roles.includes(place.role)) return false;
  if (rule.turn === 'first' && !place.first) return false;
  if (rule.turn === 'last' && !place.last) return false;
  return true;
}

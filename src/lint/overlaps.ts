/**
 * The overlap filter: a finding inside another one (or equal to it) that is at least as severe
 * is dropped. Sorting by start, then longest first, makes every possible container come before
 * what it contains; the most distant end kept so far per severity then answers "is this one
 * contained?" in constant time: O(n log n) in all.
 */

/** A finding before the filter: its span in the original text and its rank. */
export interface RawFinding {
  readonly start: number;
  readonly end: number;
  readonly rank: number;
  /** Index of the rule in the compiled set. */
  readonly rule: number;
}

/** Sort order of the filter (and of the findings returned): by start, the longest first. */
export function byStartLongestFirst(a: RawFinding, b: RawFinding): number {
  return a.start - b.start || b.end - a.end || b.rank - a.rank;
}

/**
 * The filter's memory: per rank (1–3), the greatest end of a kept finding. Reused across calls
 * when findings arrive in batches whose starts only grow (streaming).
 */
export function overlapState(): Float64Array {
  return new Float64Array(4).fill(-1);
}

/**
 * The filter's step: whether a finding ending at `end` with `rank` is kept (no kept finding at
 * least as severe, all starting at or before it, ends at or after it); remembers it when kept.
 */
export function keep(state: Float64Array, rank: number, end: number): boolean {
  for (let r = rank; r <= 3; r++) if (state[r]! >= end) return false;
  if (end > state[rank]!) state[rank] = end;
  return true;
}

/**
 * {@link byStartLongestFirst} over findings packed 4 cells each (start, end, rank, rule) in
 * `cells`: compares the `a`-th and the `b`-th.
 */
export function byStartLongestFirstAt(cells: Int32Array, a: number, b: number): number {
  const x = a << 2;
  const y = b << 2;
  return cells[x]! - cells[y]! || cells[y + 1]! - cells[x + 1]! || cells[y + 2]! - cells[x + 2]!;
}

/**
 * Keeps the findings that no earlier-kept finding at least as severe contains. `sorted` must be
 * in {@link byStartLongestFirst} order and start no earlier than anything `state` has seen.
 */
export function keepOutermost(sorted: readonly RawFinding[], state: Float64Array = overlapState()): RawFinding[] {
  const kept: RawFinding[] = [];
  // Kept findings all start at or before f: f is contained when one of them at least as
  // severe ends at or after it.
  for (const f of sorted) if (keep(state, f.rank, f.end)) kept.push(f);
  return kept;
}

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
 * Keeps the findings that no earlier-kept finding at least as severe contains. `sorted` must be
 * in {@link byStartLongestFirst} order and start no earlier than anything `state` has seen.
 */
export function keepOutermost(sorted: readonly RawFinding[], state: Float64Array = overlapState()): RawFinding[] {
  const kept: RawFinding[] = [];
  for (const f of sorted) {
    // Kept findings all start at or before f: f is contained when one of them at least as
    // severe ends at or after it.
    let covered = false;
    for (let r = f.rank; r <= 3 && !covered; r++) covered = state[r]! >= f.end;
    if (covered) continue;
    if (f.end > state[f.rank]!) state[f.rank] = f.end;
    kept.push(f);
  }
  return kept;
}

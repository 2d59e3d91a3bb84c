/**
 * The shared fuzz harness. `npm test` runs every test/fuzz/** file with small bounded runs;
 * `npm run fuzz` runs them long (FUZZ_RUNS, default 20,000). Every property bounds its runs,
 * never its time, so that no outcome depends on machine load.
 *
 * Usage in a fuzz file:
 *   fc.assert(fc.property(…), { numRuns: fuzzRuns() });          // the default number
 *   fc.assert(fc.property(…), { numRuns: fuzzRuns(0.1) });       // an expensive property
 *   expect(growth((n) => work(n), 2_000)).toBeLessThan(LINEAR);   // time grows linearly
 */
import { isHuashuError } from '../../src/errors/index.js';

/** Runs per property when FUZZ_RUNS is not set (npm test). */
export const DEFAULT_FUZZ_RUNS = 100;

function parseRuns(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_FUZZ_RUNS;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`FUZZ_RUNS must be a positive whole number (got "${value}")`);
  return n;
}

/** The runs of this session: FUZZ_RUNS or the default. */
export const FUZZ_RUNS = parseRuns(process.env['FUZZ_RUNS']);

/** Runs for one property: FUZZ_RUNS scaled by a weight (expensive properties run fewer), at least 1. */
export function fuzzRuns(weight = 1): number {
  return Math.max(1, Math.round(FUZZ_RUNS * weight));
}

/** CPU time of the current process in ms (less sensitive to other processes than wall time). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Best-of-`rounds` CPU time of one call. */
function best(run: () => void, rounds: number): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rounds; i++) {
    const t = cpuMs();
    run();
    min = Math.min(min, cpuMs() - t);
  }
  return min;
}

/**
 * How much slower `work(4n)` is than `work(n)`, as a ratio of CPU times (best of three), after
 * one warm-up. Linear work gives about 4, quadratic about 16; compare with {@link LINEAR}.
 * `n` should make `work(n)` take tens of milliseconds, so that timer resolution does not matter.
 */
export function growth(work: (n: number) => void, n: number): number {
  work(n);
  const small = Math.max(best(() => work(n), 3), 1);
  const large = best(() => work(4 * n), 3);
  return large / small;
}

/** A ceiling for {@link growth} that linear (and n log n) work stays under and quadratic work exceeds. */
export const LINEAR = 9;

/** Runs a call on untrusted input: returns 'ok', or the error's code when it is a typed HuashuError; rethrows anything else. */
export function typedOutcome(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (isHuashuError(error)) return error.code;
    throw error;
  }
}

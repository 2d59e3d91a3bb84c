/**
 * The benches' timing helpers, in one place: best-of timings after a warm-up, per-call timings
 * over rounds of calls, and quantiles of samples.
 *
 * Clocks: `wall` (performance.now) or `cpu` (user + system time of this process, from
 * process.cpuUsage: time the process was not running is left out, so a machine shared with other
 * jobs does not inflate a run; the work of V8's helper threads, such as concurrent GC, counts).
 * Compare figures measured with the same clock only.
 */

export type Clock = 'wall' | 'cpu';

/** Milliseconds now on `clock`. */
export function now(clock: Clock = 'wall'): number {
  if (clock === 'wall') return performance.now();
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export interface BestOptions {
  /** Timed runs after the warm-up (default 5); the best is kept. */
  runs?: number;
  /** Warm up for at least this long, in ms of `clock` (default 250). */
  warmMs?: number;
  /** …and at least this many calls (default 10): a busy machine can fit few calls in `warmMs`… */
  warmCalls?: number;
  /** …unless the warm-up has taken this long already (ms; default 2000). */
  maxWarmMs?: number;
  /** Return the first run alone when it took longer than this (ms; default 1000). */
  slowMs?: number;
  clock?: Clock;
}

/**
 * Best of `runs` timings (ms) of `fn` after a warm-up (just the first run when it is slow). A
 * fast function needs many calls before the JIT has settled: one warm-up call was not enough
 * (the best of the next three could still be half speed, at random).
 */
export function best(fn: () => unknown, options: BestOptions = {}): number {
  const { runs = 5, warmMs = 250, warmCalls = 10, maxWarmMs = 2000, slowMs = 1000, clock = 'wall' } = options;
  const start = now(clock);
  fn();
  const first = now(clock) - start;
  if (first > slowMs) return first;
  for (let calls = 1; (calls < warmCalls || now(clock) - start < warmMs) && now(clock) - start < maxWarmMs; calls++) fn();
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = now(clock);
    fn();
    min = Math.min(min, now(clock) - t);
  }
  return min;
}

/**
 * Best nanoseconds per call over `rounds` rounds of `n` calls `fn(0) … fn(n - 1)`, after
 * `warm` calls (default: a first round, up to 50,000 calls).
 */
export function perCall(fn: (i: number) => unknown, n: number, options: PerCallOptions = {}): number {
  return Math.min(...perCallRounds(fn, n, options));
}

export interface PerCallOptions {
  /** Timed rounds (default 5). */
  rounds?: number;
  /** Calls before the first round (default: a first round, up to 50,000 calls). */
  warm?: number;
  clock?: Clock;
}

/** Nanoseconds per call of each of `rounds` rounds of `n` calls `fn(0) … fn(n - 1)` (see {@link perCall}), for a best and a range. */
export function perCallRounds(fn: (i: number) => unknown, n: number, { rounds = 5, warm = Math.min(n, 50_000), clock = 'wall' }: PerCallOptions = {}): number[] {
  for (let i = 0; i < warm; i++) fn(i % n);
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = now(clock);
    for (let i = 0; i < n; i++) fn(i);
    out.push(((now(clock) - t) * 1e6) / n);
  }
  return out;
}

/** The `p` quantile (0–1) of samples (sorted here, in place). */
export function quantile(samples: number[] | Float64Array, p: number): number {
  samples.sort((a, b) => a - b);
  return samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!;
}

/**
 * Benchmarks `fill` against intl-messageformat with 10, 500, 5,000, 20,000 and 100,000 distinct
 * templates cycled in turn (issue 22: fill ≤ 0.3× of intl-messageformat at any number of
 * templates), and reports ratios of time per call measured in the same run (fill ÷
 * intl-messageformat), as ranges over several runs.
 *
 * Both sides get the same templates (the same string objects in every run), in the same order, and the same values, built per call
 * (`{ customer, order, days }`, as an app builds them); every template's output is checked equal
 * before timing. intl-messageformat is measured three ways:
 * - `cached`: what an app does, a `Map` from template text to `new IntlMessageFormat(text)`,
 *   looked up per call (unbounded: at 100,000 templates it keeps them all, where fill's cache is
 *   bounded at 16 MiB, about 47,000 of these, and fills the others from their text);
 * - `prebuilt`: its best case, one formatter per template held in an array and indexed directly
 *   (no lookup by text at all);
 * - `uncached`: `new IntlMessageFormat(text).format(values)` per call, the fair comparison for a
 *   template not in any cache (fill's cache cannot hold 100,000 templates: cycled in turn, about
 *   half the calls miss).
 *
 * - `lookup`: the app's `Map` lookup of the template text alone (and the values built), no format:
 *   what every side with a cache keyed by the text pays before any work, so `lookup ÷ cached` is
 *   the ratio no such cache can go under (at 20,000 templates the lookup misses the CPU caches).
 *
 * Each side is warmed up over every template (filling the caches), then timed in rounds
 * interleaved with the other sides (so load on the machine hits all of them alike), in CPU time
 * after a full collection (so no side pays for another's garbage); a side's figure is its best
 * round. `RUNS` (default 3) runs in one process; the summary gives each
 * ratio's range over them.
 *
 * After the largest count, each run adds a row for AFTER (default 5,000) new templates right after
 * it (`5000 after 100000`): the cache full of the large set's entries, read lately, an app moving
 * on to a smaller set. One round of 200,000 calls each is timed from the new templates' first
 * sight (each side's call JIT-compiled before on other templates): intl-messageformat's `Map`
 * makes a formatter for each, fill's cache lets them in as its admission allows. One round, not
 * the best of several: the rounds after the first would find fill's cache adapted and hide the
 * cost of adapting.
 *
 * Usage: npm run bench:template   (tsx --expose-gc bench/template.ts; RUNS=5 COUNTS=10,500 to change)
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { fill } from '../src/honorifics/index.js';
import { perCall } from './lib/time.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** `global.gc`, exposed by `--expose-gc` (the npm script passes it). */
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) console.warn('run with --expose-gc (npm run bench:template does) so that each side pays for its own garbage');
const RUNS = Number(process.env['RUNS'] ?? 3);
const COUNTS = (process.env['COUNTS'] ?? '10,500,5000,20000,100000').split(',').map(Number);
const ROUNDS = 5;
const AFTER = Number(process.env['AFTER'] ?? 5000);

/**
 * The templates, of the catalogue's shape (a customer, a number, literal text), made once: every
 * run and every count uses the same string objects, as an app passes its own constants. (Made
 * per run and count, as before, they were new strings of the same text each time: fill's cache,
 * process-wide as in an app, still held the first run's, so from the second run on each of its
 * hits compared the whole text against another string, while intl-messageformat's Map, made per
 * measurement, held the current ones.)
 */
const ALL_TEMPLATES = Array.from({ length: Math.max(...COUNTS) + AFTER * RUNS }, (_, i) => `很抱歉，{customer}，您的订单{order}已受理（${i}），预计{days}个工作日内处理完毕，请您留意短信通知。`);

/** The first `count` templates (distinct). */
function templates(count: number): string[] {
  return ALL_TEMPLATES.slice(0, count);
}

const customers = ['王女士', '李先生', '欧阳女士', '陈先生'];
const vars = (i: number) => ({ customer: customers[i & 3]!, order: 1000 + (i & 7), days: 2 });
let sink = 0;

interface Side {
  readonly name: string;
  /** Calls per timed round. */
  readonly calls: number;
  readonly call: (i: number) => string;
  best: number;
}

/**
 * CPU nanoseconds per call of one round of `side.calls` calls starting at `from`: the process's
 * CPU time (user + system, GC threads included), not the wall clock, which on a loaded machine
 * mostly measures time waiting for a core.
 */
function round(side: Side, from: number): number {
  const { call, calls } = side;
  // The garbage of the side timed before is collected first, so its GC work (CPU time on other
  // threads too) is not charged to this one.
  gc?.();
  const start = process.cpuUsage();
  for (let i = from; i < from + calls; i++) sink += call(i).length;
  const used = process.cpuUsage(start);
  return ((used.user + used.system) * 1000) / calls;
}

type Row = { templates: number | string; fill: number; cached: number; prebuilt: number; uncached: number; lookup: number };

function measure(count: number, after = 0): Row {
  // After the largest count (`after`: the run): new templates, never seen by either side.
  const list = after > 0 ? ALL_TEMPLATES.slice(Math.max(...COUNTS) + (after - 1) * count, Math.max(...COUNTS) + after * count) : templates(count);
  const prebuilt = list.map((t) => new IntlMessageFormat(t, 'zh-CN'));
  const app = new Map<string, IntlMessageFormat>();
  const cachedFormat = (template: string, values: Record<string, string | number>): string => {
    let formatter = app.get(template);
    if (formatter === undefined) app.set(template, (formatter = new IntlMessageFormat(template, 'zh-CN')));
    return String(formatter.format(values));
  };
  // Outputs checked equal (after the timed round for the row after the largest count).
  const check = () => {
    for (let i = 0; i < count; i++) {
      const expected = String(new IntlMessageFormat(list[i]!, 'zh-CN').format(vars(i)));
      if (fill(list[i]!, vars(i)) !== expected) throw new Error(`outputs differ at ${i}: ${fill(list[i]!, vars(i))} / ${expected}`);
    }
  };
  if (after === 0) check();
  const calls = Math.max(200_000, count);
  // The templates (and formatters) the sides cycle through: `list`, but for the JIT warm-up of
  // the row after the largest count.
  let cur = list;
  let n = count;
  let pre = prebuilt;
  const sides: Side[] = [
    { name: 'fill', calls, call: (i) => fill(cur[i % n]!, vars(i)), best: Infinity },
    { name: 'cached', calls, call: (i) => cachedFormat(cur[i % n]!, vars(i)), best: Infinity },
    { name: 'lookup', calls, call: (i) => (app.get(cur[i % n]!) === undefined ? '' : vars(i).customer), best: Infinity },
    { name: 'prebuilt', calls, call: (i) => String(pre[i % n]!.format(vars(i))), best: Infinity },
    // Parsing per call is ~50× slower: fewer calls, still cycling through the templates.
    { name: 'uncached', calls: 10_000, call: (i) => String(new IntlMessageFormat(cur[i % n]!, 'zh-CN').format(vars(i))), best: Infinity },
  ];
  if (after) {
    // Each side's call compiled by the JIT first, on 10 templates of the large set (so the timed
    // round is not run in the interpreter, and fill's cache is left as the large set left it but
    // for those 10); then one round each, from the new templates' first sight (fill's cache and
    // the app's Map meet them in the round; the prebuilt formatters are made before).
    cur = ALL_TEMPLATES.slice(0, 10);
    n = cur.length;
    pre = cur.map((t) => new IntlMessageFormat(t, 'zh-CN'));
    for (const side of sides) for (let i = 0; i < Math.min(side.calls, 50_000); i++) sink += side.call(i).length;
    [cur, n, pre] = [list, count, prebuilt];
    for (const side of sides) side.best = round(side, 0);
    check();
    const [f, c, l, p, u] = sides.map((s) => s.best) as [number, number, number, number, number];
    return { templates: count, fill: f, cached: c, prebuilt: p, uncached: u, lookup: l };
  }
  // Warm-up: every template once through each side (filling fill's cache and the app's Map).
  for (const side of sides) for (let i = 0; i < Math.max(side.calls, count); i++) sink += side.call(i).length;
  for (let r = 0; r < ROUNDS; r++) {
    for (const side of sides) side.best = Math.min(side.best, round(side, (r * side.calls) % count));
  }
  const [f, c, l, p, u] = sides.map((s) => s.best) as [number, number, number, number, number];
  return { templates: count, fill: f, cached: c, prebuilt: p, uncached: u, lookup: l };
}

const all: Row[][] = [];
for (let run = 1; run <= RUNS; run++) {
  const rows = COUNTS.map((count) => measure(count));
  if (AFTER > 0) rows.push({ ...measure(AFTER, run), templates: `${AFTER} after ${Math.max(...COUNTS)}` });
  all.push(rows);
  console.log(`run ${run}: CPU ns per call (best of ${ROUNDS} interleaved rounds) and fill ÷ intl-messageformat`);
  console.log('            templates    fill   imf cached  imf prebuilt  imf uncached   ÷cached  ÷prebuilt  ÷uncached   lookup  lookup÷cached');
  for (const r of rows) {
    console.log(
      `${String(r.templates).padStart(21)} ${r.fill.toFixed(0).padStart(7)} ${r.cached.toFixed(0).padStart(12)} ${r.prebuilt.toFixed(0).padStart(13)} ${r.uncached.toFixed(0).padStart(13)}   ${(r.fill / r.cached).toFixed(3).padStart(7)} ${(r.fill / r.prebuilt).toFixed(3).padStart(10)} ${(r.fill / r.uncached).toFixed(3).padStart(10)} ${r.lookup.toFixed(0).padStart(8)} ${(r.lookup / r.cached).toFixed(3).padStart(14)}`,
    );
  }
}

const range = (values: number[]) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
console.log(`\nfill ÷ intl-messageformat over ${RUNS} runs (target ≤ 0.3)`);
console.log('            templates   ÷cached (app Map)   ÷prebuilt (array)   ÷uncached (parse per call)   lookup alone ÷ cached');
all[0]!.forEach(({ templates: count }, k) => {
  const rows = all.map((rows) => rows[k]!);
  console.log(`${String(count).padStart(21)}   ${range(rows.map((r) => r.fill / r.cached)).padStart(17)}   ${range(rows.map((r) => r.fill / r.prebuilt)).padStart(17)}   ${range(rows.map((r) => r.fill / r.uncached)).padStart(26)}   ${range(rows.map((r) => r.lookup / r.cached)).padStart(21)}`);
});
if (sink === 42) console.log('');

/**
 * greet per call (issue 22: ≤ 1 µs at any date), as an app ships it: the sources bundled by
 * esbuild (tsx's transform adds wrappers of its own), timed in CPU time (`process.cpuUsage`: on a
 * shared machine, wall time counts other processes). Random instants (any second) in 1901–1991,
 * 1992–2099 and 1901–2099, in several time zones, two ways: a new random day on every call (the
 * worst case: the day's calendar facts are computed each time) and a server's today (the same day
 * at 1,000 random times before the next day). Baselines measured in the same run: a bare loop
 * building the same options object, and `new Date(at).getUTCDate()`. Each side first runs once
 * over the same instants (filling greet's per-zone offset windows), then `--rounds` times (default
 * 5), timed with bench/lib/time.ts on the CPU clock: best and range, ns a call.
 *
 * Usage: npm run bench:greet   (tsx bench/greet.ts [--rounds 5] [--src DIR]: DIR's sources, e.g.
 * an older checkout with its data built, for a before/after in one run)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { perCallRounds } from './lib/time.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const ROUNDS = Number(arg('--rounds') ?? 5);
const root = resolve(arg('--src') ?? resolve(import.meta.dirname, '..'));
const dir = mkdtempSync(join(tmpdir(), 'huashu-greet-'));
const file = join(dir, 'greet.mjs');
await build({ entryPoints: [join(root, 'src/greetings/index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: file, logLevel: 'silent' });
type Greet = (options: { at: number; timeZone: string }) => { text: string };
const { greet } = (await import(pathToFileURL(file).href)) as { greet: Greet };
rmSync(dir, { recursive: true, force: true });

const N = 20_000;
let seed = 7;
const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
/**
 * N random instants (whole seconds) from the start of `from` to the start of `to`: a new day each,
 * or 1,000 a day, within 18 hours from `shift` hours UTC (one local day in the zone).
 */
const instants = (from: number, to: number, perDay: number, shift: number) => {
  const a = Date.UTC(from, 0, 1);
  const b = Date.UTC(to, 0, 1);
  const out: number[] = [];
  while (out.length < N) {
    const day = a + Math.floor(rand() * ((b - a) / 86_400_000)) * 86_400_000;
    for (let k = 0; k < perDay; k++) out.push(day + shift * 3_600_000 + Math.floor(rand() * 64_800) * 1000);
  }
  return out;
};
const ranges: Array<[string, number, number]> = [
  ['1901–1991', 1901, 1992],
  ['1992–2099', 1992, 2100],
  ['1901–2099', 1901, 2100],
];
/** Zones, and the UTC hour their local day starts near (06:00 local or earlier, 18 hours of it). */
const zones: Array<[string, number]> = [
  ['Asia/Shanghai', -2],
  ['America/New_York', 9],
  ['UTC', 6],
  ['Asia/Taipei', -2],
];

let sink = 0;
/**
 * CPU ns per call of each round (bench/lib/time.ts), after a first pass over the same instants
 * (which fills greet's per-zone offset windows). Each side adds its result to `sink`.
 */
const rounds = (fn: (i: number) => number): number[] => perCallRounds(fn, N, { rounds: ROUNDS, warm: N, clock: 'cpu' });
const best = (ns: number[]) => Math.min(...ns);
const shown = (ns: number[]) => `${best(ns).toFixed(0).padStart(5)} (${best(ns).toFixed(0)}–${Math.max(...ns).toFixed(0)})`;

const noop = (o: { at: number; timeZone: string }) => o.at & 1;
console.log(`greet per call (${root}): CPU ns, best of ${ROUNDS} rounds of ${N} calls (range)`);
console.log(`${'zone'.padEnd(17)} ${'years'.padEnd(10)} ${'calls'.padEnd(10)} ${'greet'.padEnd(16)} ${'bare loop'.padEnd(16)} ${'new Date'.padEnd(16)} greet/new Date`);
for (const [timeZone, shift] of zones) {
  for (const [name, from, to] of ranges) {
    for (const [mode, perDay] of [['new day', 1], ['same day', 1000]] as const) {
      const list = instants(from, to, perDay, shift);
      const loop = rounds((i) => (sink += noop({ at: list[i]!, timeZone })));
      const date = rounds((i) => (sink += new Date(list[i]!).getUTCDate()));
      const g = rounds((i) => (sink += greet({ at: list[i]!, timeZone }).text.length));
      console.log(`${timeZone.padEnd(17)} ${name.padEnd(10)} ${mode.padEnd(10)} ${shown(g).padEnd(16)} ${shown(loop).padEnd(16)} ${shown(date).padEnd(16)} ${(best(g) / best(date)).toFixed(1)}×`);
    }
  }
}
if (sink === 0.5) console.log(sink);

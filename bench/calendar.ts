/**
 * Calendar benchmark: lunar conversion and holiday lookup per call, huashu vs tyme4ts and
 * chinese-days, measured in the same run on the same random dates (1901–2099). Wrong days are
 * counted against lunar-javascript (lunar) and chinese-days' published data (holidays). Last, the
 * bundle size of an entry importing only `greet`, and of each library's calendar, in the same run.
 *
 * Usage: npm run bench:calendar
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import cd from 'chinese-days';
import { build } from 'esbuild';
import { Solar } from 'lunar-javascript';
import { LegalHoliday, SolarDay } from 'tyme4ts';
import { holidayOn, toLunar } from '../src/calendar/index.js';
import { greet } from '../src/greetings/index.js';
import { perCall } from './lib/time.js';

// `npm run bench:… | head` closes the pipe early: stop quietly, as the CLI does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const N = 20_000;
const DAY = 86_400_000;
const first = Date.UTC(1901, 0, 1);
const span = (Date.UTC(2099, 11, 31) - first) / DAY;
let seed = 42;
const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
const days = Array.from({ length: N }, () => first + Math.floor(rand() * (span + 1)) * DAY);
const isos = days.map((t) => new Date(t).toISOString().slice(0, 10));
const ymd = isos.map((s) => s.split('-').map(Number) as [number, number, number]);
// Beijing noon of each day, as an instant (what an app passes: Date.now()-like numbers)
const instants = days.map((t) => t + 4 * 3_600_000);

/** Best ns per call over 3 rounds of N calls (callers warm up themselves). */
const time = (fn: (i: number) => unknown, rounds = 3): number => perCall(fn, N, { rounds, warm: 0 });

const reference = ymd.map(([y, m, d]) => {
  const l = Solar.fromYmd(y, m, d).getLunar();
  return `${l.getYear()}-${Math.abs(l.getMonth())}-${l.getMonth() < 0}-${l.getDay()}`;
});
const key = (y: number, m: number, leap: boolean, d: number) => `${y}-${m}-${leap}-${d}`;

const lunar = [
  { name: 'huashu toLunar(epoch ms)', fn: (i: number) => toLunar(instants[i]!), out: (r: ReturnType<typeof toLunar>) => key(r.year, r.month, r.leap, r.day) },
  { name: 'huashu toLunar(YYYY-MM-DD)', fn: (i: number) => toLunar(isos[i]!), out: (r: ReturnType<typeof toLunar>) => key(r.year, r.month, r.leap, r.day) },
  {
    name: 'tyme4ts SolarDay→LunarDay',
    fn: (i: number) => SolarDay.fromYmd(...ymd[i]!).getLunarDay(),
    out: (r: ReturnType<SolarDay['getLunarDay']>) => key(r.getYear(), r.getLunarMonth().getMonth(), r.getLunarMonth().isLeap(), r.getDay()),
  },
  { name: 'chinese-days getLunarDate', fn: (i: number) => cd.getLunarDate(isos[i]!), out: (r: ReturnType<typeof cd.getLunarDate>) => key(r.lunarYear, r.lunarMon, r.isLeap, r.lunarDay) },
] as const;

console.log(`lunar conversion, ${N} random days 1901–2099 (best of 3)`);
const results: Array<[string, number]> = [];
for (const c of lunar) {
  const ns = time(c.fn as (i: number) => unknown);
  let wrong = 0;
  for (let i = 0; i < N; i++) if ((c.out as (r: unknown) => string)(c.fn(i)) !== reference[i]) wrong++;
  results.push([c.name, ns]);
  console.log(`  ${c.name.padEnd(30)} ${ns.toFixed(0).padStart(7)} ns/op  wrong days: ${wrong}`);
}
const modern = instants.map((_, i) => Date.UTC(1992, 0, 1) + Math.floor(((i * 7919) % N) / N * (Date.UTC(2099, 0, 1) - Date.UTC(1992, 0, 1))));
console.log(`  ${'huashu toLunar(ms, 1992–2099)'.padEnd(30)} ${time((i) => toLunar(modern[i]!)).toFixed(0).padStart(7)} ns/op  (fixed UTC+8 path; earlier instants use the cached Intl offsets)`);
const base = results[0]![1];
for (const [name, ns] of results.slice(1)) console.log(`  ${name} / huashu(epoch ms) = ${(ns / base).toFixed(1)}×`);

// Holidays: the published years, where all three have data.
const hDays = Array.from({ length: N }, () => Date.UTC(2007, 0, 1) + Math.floor(rand() * 7300) * DAY);
const hIsos = hDays.map((t) => new Date(t).toISOString().slice(0, 10));
const hYmd = hIsos.map((s) => s.split('-').map(Number) as [number, number, number]);
const hInstants = hDays.map((t) => t + 4 * 3_600_000);
const truth = hIsos.map((s) => cd.isWorkday(s));
console.log(`\nholiday lookup (is it a working day?), ${N} random days 2007–2026 (best of 3)`);
const hs: Array<[string, number, number]> = [];
const hCases: Array<[string, (i: number) => boolean]> = [
  ['huashu holidayOn(epoch ms)', (i) => holidayOn(hInstants[i]!).workday],
  ['tyme4ts LegalHoliday', (i) => {
    const h = LegalHoliday.fromYmd(...hYmd[i]!);
    if (h) return h.isWork();
    const w = new Date(hDays[i]!).getUTCDay();
    return w !== 0 && w !== 6;
  }],
  ['chinese-days isWorkday', (i) => cd.isWorkday(hIsos[i]!)],
];
for (const [name, fn] of hCases) {
  const ns = time(fn);
  let wrong = 0;
  for (let i = 0; i < N; i++) if (fn(i) !== truth[i]) wrong++;
  hs.push([name, ns, wrong]);
  console.log(`  ${name.padEnd(30)} ${ns.toFixed(0).padStart(7)} ns/op  disagreements with chinese-days: ${wrong}`);
}
for (const [name, ns] of hs.slice(1)) console.log(`  ${name} / huashu = ${(ns / hs[0]![1]).toFixed(1)}×`);

// greet per call (issue 22: ≤ 1 µs at any date): the same random instants 1901–2099 and
// 1992–2099, in Beijing and New York (DST), next to what each call cost before the offset windows
// (one Intl formatToParts read, wallClockOnce) in the same run. Warm: the offset windows of the
// instants are filled by a first pass, as in a server that has greeted a while; the cold pass (its
// first calls) is shown too.
const greetCases: Array<[string, number[], string]> = [
  ['Asia/Shanghai 1901–2099', instants, 'Asia/Shanghai'],
  ['Asia/Shanghai 1992–2099', modern, 'Asia/Shanghai'],
  ['America/New_York 1901–2099', instants, 'America/New_York'],
];
console.log(`\ngreet per call, ${N} random instants (best of 3, after a first pass)`);
for (const [name, at, timeZone] of greetCases) {
  const cold = performance.now();
  for (let i = 0; i < N; i++) greet({ at: at[i]!, timeZone });
  const coldNs = ((performance.now() - cold) * 1e6) / N;
  const g = time((i) => greet({ at: at[i]!, timeZone }));
  const format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  const intl = time((i) => format.formatToParts(at[i]!));
  const lunar = time((i) => toLunar(at[i]!, { timeZone }));
  console.log(`  greet ${name.padEnd(28)} ${g.toFixed(0).padStart(6)} ns/op (first pass ${coldNs.toFixed(0)}); = ${(g / intl).toFixed(2)}× one Intl formatToParts (${intl.toFixed(0)} ns, what greet read per call before 1992 or outside Beijing), ${(g / lunar).toFixed(1)}× toLunar (${lunar.toFixed(0)} ns)`);
}

// Bundle sizes, as an app's bundler ships them (esbuild: bundle, minify, ESM, tree shaking), of
// what each library needs for the same job; huashu from dist/ (run `npm run build` first).
const root = resolve(import.meta.dirname, '..');
async function bundled(contents: string): Promise<{ min: number; gzip: number }> {
  const out = await build({ stdin: { contents, resolveDir: root, loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], write: false, logLevel: 'silent' });
  const code = out.outputFiles[0]!.contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
const dist = (m: string) => JSON.stringify(resolve(root, 'dist', m, 'index.js'));
const sizes: Array<[string, string]> = [
  ['huashu greet (calendar + greetings)', `import { greet } from ${dist('greetings')}; export const x = greet;`],
  ['huashu { toLunar, holidayOn }', `import { toLunar, holidayOn } from ${dist('calendar')}; export const x = [toLunar, holidayOn];`],
  ['chinese-days { isWorkday, getLunarDate }', `import { isWorkday, getLunarDate } from 'chinese-days'; export const x = [isWorkday, getLunarDate];`],
  ['tyme4ts { SolarDay, LegalHoliday }', `import { SolarDay, LegalHoliday } from 'tyme4ts'; export const x = [SolarDay, LegalHoliday];`],
];
if (existsSync(resolve(root, 'dist/greetings/index.js'))) {
  console.log('\nbundle size (min / min+gzip)');
  for (const [name, contents] of sizes) {
    const s = await bundled(contents);
    console.log(`  ${name.padEnd(42)} ${(s.min / 1000).toFixed(1).padStart(6)} kB ${(s.gzip / 1000).toFixed(2).padStart(6)} kB`);
  }
} else console.log('\nbundle sizes: run `npm run build` first');

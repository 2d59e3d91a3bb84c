/**
 * Linter throughput against other multi-pattern matchers, on the same deterministic ~2 MB
 * (UTF-8) Chinese corpus, in one run: huashu vs mint-filter, @monyone/aho-corasick (fast mode),
 * modern-ahocorasick (default and /fast), sensitive-word-tool and a plain RegExp alternation,
 * with the built-in rules (~30) and 100, 1,000 and 10,000 literal patterns, at low and high match
 * density, and on polite text (the catalogue's own phrases, built-in rules), plus a
 * bare loop that reads every char (the floor; re-measured next to each rule count, best kept, so
 * that a busy machine does not flatter the ratios). Also: the compiled automaton's size, p99
 * latency of one 120-char message with the built-in rules, and compile and load times (built-in,
 * 1,000 and 10,000 rules) beside a baseline loop over the pattern chars, with load/compile ratios.
 *
 * Usage: npm run bench:lint   (tsx bench/lint.ts)
 *
 * huashu does more per char than the others (it folds traditional script, width, case and
 * skips noise), so the comparison is conservative.
 */
import { AhoCorasick as MonyoneFast } from '@monyone/aho-corasick/fast';
import { Mint } from 'mint-filter';
import SensitiveWordTool from 'sensitive-word-tool';
import { corePack } from '../src/generated/catalogue.js';
import { coreRules } from '../src/generated/rules.js';
import AhoCorasick from 'modern-ahocorasick';
import FastAhoCorasick from 'modern-ahocorasick/fast';
import { automatonBytes, buildAutomaton, foldPattern } from '../src/lint/automaton.js';
import { createLinter, lint, loadLinter } from '../src/lint/index.js';
import type { Rule } from '../src/schema/rule.js';

// `npm run bench:… | head` closes the pipe early: stop quietly, as the CLI does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20261130);
const POOL = Array.from({ length: 2500 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20900)));
const PUNCT = '，。？！、';
const pick = () => POOL[Math.floor(Math.min(random(), random()) * POOL.length)]!; // skewed: some chars are common

function corpus(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const n = 5 + Math.floor(random() * 20);
    let clause = '';
    for (let i = 0; i < n; i++) clause += pick();
    clause += PUNCT[Math.floor(random() * PUNCT.length)];
    parts.push(clause);
    size += n * 3 + 3;
  }
  return parts.join('');
}

function patterns(count: number): string[] {
  const set = new Set<string>();
  while (set.size < count) {
    const n = 2 + Math.floor(random() * 5);
    let p = '';
    for (let i = 0; i < n; i++) p += pick();
    set.add(p);
  }
  return [...set];
}

/**
 * Best of `runs` timings (ms) after warming up for at least 250 ms (just the one run when it took
 * over a second). A fast matcher needs several calls before the JIT has settled (one warm-up call
 * was not enough: the best of the next three could still be half speed, at random).
 */
function time(fn: () => unknown, runs = 5): number {
  const start = performance.now();
  fn();
  const first = performance.now() - start;
  if (first > 1000) return first;
  while (performance.now() - start < 250) fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

const text = corpus(Number(process.env["BENCH_BYTES"] ?? 1_000_000));
const mb = Buffer.byteLength(text, 'utf8') / 1e6;
const rate = (ms: number, of = mb) => of / (ms / 1000);
// The slow contenders (modern-ahocorasick segments graphemes with Intl.Segmenter; a 10,000-way
// RegExp backtracks) read a slice of the corpus, so that one run ends in minutes; rates are per MB.
const slice = (d: number) => text.slice(0, Math.floor(text.length / d));
const hundredth = slice(100);
const tenth = slice(10);
const mbOf = (s: string) => Buffer.byteLength(s, 'utf8') / 1e6;
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n >= 0.1 ? n.toFixed(2) : n.toFixed(4));

let sink = 0;
const bareLoop = () => {
  let s = 0;
  for (let i = 0; i < text.length; i++) s = (s + text.charCodeAt(i)) | 0;
  sink ^= s;
};
let floorMs = time(bareLoop);

console.log(`corpus: ${text.length.toLocaleString('en')} chars, ${mb.toFixed(2)} MB UTF-8; Node ${process.version}`);

/** The corpus with one of `keys` spliced in every `every` characters on average (high density). */
function dense(base: string, keys: readonly string[], every: number): string {
  const parts: string[] = [];
  for (let i = 0; i < base.length; i += every) {
    parts.push(base.slice(i, i + every));
    parts.push(keys[Math.floor(random() * keys.length)]!);
  }
  return parts.join('').slice(0, base.length);
}
/** Polite text: every phrase of the catalogue, repeated to the corpus's length. */
const politeUnit = corePack.scenarios.flatMap((sc) => sc.phrases.flatMap((p) => Object.values(p.texts))).join('');
const polite = politeUnit.repeat(Math.ceil(text.length / politeUnit.length)).slice(0, text.length);
const corePatterns = [...new Set(coreRules.flatMap((r) => r.patterns.map((p) => p.replace(/[，。！？]/g, ''))))];

type Row = { name: string; rates: Record<string, number>; counts: Record<string, number> };
const rows = new Map<string, Row>();
const record = (name: string, column: string, mbps: number, count: number) => {
  const row = rows.get(name) ?? { name, rates: {}, counts: {} };
  row.rates[column] = mbps;
  row.counts[column] = count;
  rows.set(name, row);
};
const columns: string[] = [];
const memory: Record<string, string> = {};

function measure(column: string, keys: readonly string[], input: string, linterRules?: readonly Rule[]) {
  columns.push(column);
  const automaton = buildAutomaton(keys.map(foldPattern));
  memory[column] = `${(automatonBytes(automaton) / 1024).toFixed(0)} KiB (${(automaton.nodes.length / 4).toLocaleString('en')} states, ${(automaton.root.length - 1).toLocaleString('en')} symbol classes)`;
  const rules: readonly Rule[] = linterRules ?? keys.map((p, i) => ({ id: `r${i}`, severity: 'error', patterns: [p], message: { zh: p, en: p } }));
  const linter = createLinter({ rules });
  linter.lint(''); // compiled here: throughput below, compile time apart
  const list = [...keys];
  const mint = new Mint(list);
  const monyone = new MonyoneFast(list);
  const ac = new AhoCorasick(list);
  const fast = new FastAhoCorasick(list);
  const swt = new SensitiveWordTool({ wordList: list, useDefaultWords: false });
  const regex = new RegExp(list.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const size = (d: number) => input.slice(0, Math.floor(input.length / d));
  const hundredth = size(100);
  const tenth = size(10);
  const contenders: Array<[string, string, () => number]> = [
    ['huashu (normalisation on)', input, () => linter.lint(input).length],
    ['@monyone/aho-corasick/fast', input, () => monyone.matchInText(input).length],
    ['mint-filter', input, () => mint.filter(input, { replace: false }).words.length],
    ['sensitive-word-tool (1/10)', tenth, () => swt.match(tenth).length],
    ['modern-ahocorasick (1/100)', hundredth, () => ac.count(hundredth)],
    ['modern-ahocorasick/fast (1/100)', hundredth, () => fast.count(hundredth)],
    ['RegExp alternation (1/10)', tenth, () => {
      let c = 0;
      regex.lastIndex = 0;
      while (regex.exec(tenth) !== null) c++;
      return c;
    }],
  ];
  for (const [name, slice, fn] of contenders) {
    let c = 0;
    const ms = time(() => (c = fn()));
    record(name, column, rate(ms, mbOf(slice)), c);
  }
  floorMs = Math.min(floorMs, time(bareLoop));
}

const highDensity = (keys: readonly string[]) => dense(text, keys, 12);
const builtIn = coreRules;
measure('built-in ~30, low', corePatterns, text, builtIn);
measure('built-in ~30, high', corePatterns, highDensity(corePatterns), builtIn);
measure('built-in ~30, polite', corePatterns, polite, builtIn);
for (const n of [100, 1_000, 10_000]) {
  const keys = patterns(n);
  measure(`${n.toLocaleString('en')}, low`, keys, text);
  measure(`${n.toLocaleString('en')}, high`, keys, highDensity(keys));
}

console.log(`bare loop (charCodeAt over every char): ${fmt(rate(floorMs))} MB/s\n`);
console.log(`| matcher (MB/s) | ${columns.join(' | ')} |`);
console.log(`|---|${columns.map(() => '---:').join('|')}|`);
for (const row of rows.values()) console.log(`| ${row.name} | ${columns.map((c) => fmt(row.rates[c]!)).join(' | ')} |`);
console.log(`| (matches found by huashu) | ${columns.map((c) => rows.get('huashu (normalisation on)')!.counts[c]).join(' | ')} |`);

const h = rows.get('huashu (normalisation on)')!.rates;
console.log('\nratios (same run):');
for (const c of columns) {
  const others = [...rows.values()].filter((r) => !r.name.startsWith('huashu'));
  const best = others.reduce((a, r) => (r.rates[c]! > a.rates[c]! ? r : a));
  console.log(`  ${c}: huashu / fastest anchor (${best.name}) = ${(h[c]! / best.rates[c]!).toFixed(2)}×; huashu / bare loop = ${(h[c]! / rate(floorMs)).toFixed(3)}`);
}
console.log(`  flatness (low density): huashu at 10,000 rules / at 100 rules = ${(h['10,000, low']! / h['100, low']!).toFixed(2)}`);
console.log(`  density: huashu high / low at 1,000 rules = ${(h['1,000, high']! / h['1,000, low']!).toFixed(2)}; at 10,000 = ${(h['10,000, high']! / h['10,000, low']!).toFixed(2)}`);
console.log('\ncompiled automaton (typed arrays, the 128 KiB class table included):');
for (const c of columns) console.log(`  ${c}: ${memory[c]}`);

// Streaming: the same corpus in 40-char chunks, built-in rules.
{
  const linter = createLinter();
  const ms = time(() => {
    const s = linter.stream();
    let n = 0;
    for (let i = 0; i < text.length; i += 40) n += s.push(text.slice(i, i + 40)).length;
    return n + s.end().length;
  });
  console.log(`\nstream (built-in rules, 40-char chunks): ${fmt(rate(ms))} MB/s; lint of the whole text: ${fmt(h['built-in ~30, low']!)} MB/s`);
}

// p99 of one 120-char message, built-in rules.
lint('warm up');
const messages = Array.from({ length: 20_000 }, (_, i) => text.slice((i * 997) % (text.length - 120), ((i * 997) % (text.length - 120)) + 120));
for (const m of messages.slice(0, 2000)) lint(m);
const samples = new Float64Array(messages.length);
messages.forEach((m, i) => {
  const t = process.hrtime.bigint();
  sink ^= lint(m).length;
  samples[i] = Number(process.hrtime.bigint() - t) / 1000;
});
samples.sort();
const q = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!;
console.log(`\none 120-char message, built-in rules: p50 ${q(0.5).toFixed(2)} µs, p99 ${q(0.99).toFixed(2)} µs, max ${q(1).toFixed(1)} µs`);

// Compile and load: 30 (built-in), 1,000 and 10,000 rules. Each figure beside a baseline loop
// measured in the same run (every pattern char read through a 64 K table, each pattern put in a
// Map: the least any compiler must do), so that a busy machine shows in the ratio, not the result.
{
  const table = new Uint16Array(0x10000).map((_, i) => i);
  const sets: Array<[string, readonly Rule[]]> = [
    ['built-in (~30 rules)', coreRules],
    ['1,000 rules', patterns(1_000).map((p, i): Rule => ({ id: `c${i}`, severity: 'warning', patterns: [p], message: { zh: p, en: p } }))],
    ['10,000 rules', patterns(10_000).map((p, i): Rule => ({ id: `c${i}`, severity: 'warning', patterns: [p], message: { zh: p, en: p } }))],
  ];
  console.log('\ncompile (createLinter + first lint) and load (loadLinter of linter.serialize() + first lint), best of 3:');
  for (const [name, rules] of sets) {
    const chars = rules.reduce((n, r) => n + r.patterns.reduce((m, p) => m + p.length, 0), 0);
    const baselineMs = time(() => {
      const seen = new Map<string, number>();
      let s = 0;
      for (const r of rules) for (const p of r.patterns) {
        for (let i = 0; i < p.length; i++) s = (s + table[p.charCodeAt(i)]!) | 0;
        seen.set(p, s);
      }
      sink ^= seen.size;
    }, 3);
    const compileMs = time(() => createLinter({ rules }).lint(''), 3);
    const serialized = createLinter({ rules }).serialize();
    const loadMs = time(() => loadLinter(serialized).lint(''), 3);
    console.log(
      `  ${name} (${chars.toLocaleString('en')} pattern chars): compile ${compileMs.toFixed(1)} ms (${((compileMs * 1e6) / chars).toFixed(0)} ns/char, ${(compileMs / baselineMs).toFixed(1)}× the baseline loop ${baselineMs.toFixed(2)} ms); load ${loadMs.toFixed(1)} ms from ${(serialized.length / 1024).toFixed(0)} KiB; load / compile = ${(loadMs / compileMs).toFixed(2)}`,
    );
  }
}
if (sink === 0.5) console.log(sink);

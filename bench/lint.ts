/**
 * Linter throughput against other multi-pattern matchers, on the same deterministic ~1 MB
 * (UTF-8) Chinese corpus, in one run: huashu vs mint-filter, @monyone/aho-corasick (fast mode),
 * modern-ahocorasick (default and /fast), sensitive-word-tool and a plain RegExp alternation,
 * with the built-in rules and 100, 1,000 and 10,000 literal patterns, at low and high match
 * density, on polite text (the catalogue's own phrases) and on real agent text (the 4,238 agent
 * turns of CrossWOZ's test split, bench/data, as one text: many findings), plus a bare loop that
 * reads every char of the same text (the floor). Also: the compiled automaton's size, p99 latency
 * of one 120-char message with the built-in rules, and compile and load times
 * (built-in, 1,000 and 10,000 rules) beside a baseline loop over the pattern chars, with load/compile ratios.
 *
 * Usage: npm run bench:lint   (tsx bench/lint.ts; BENCH_CLOCK=wall for wall-clock timings,
 * BENCH_BYTES for another corpus size)
 *
 * Same work: every matcher reads the same string (flat, as read from a file or the network) and
 * gets the same literals: for the built-in rules, the literals huashu's automaton holds (their
 * alternatives and slots expanded), so that no anchor is asked for fewer or unmatchable strings.
 * Only huashu folds (traditional script, full width, case, noise between characters) and checks
 * each match's context and builds findings with messages and suggestions; the anchors match
 * the literals as written and return matches (mint-filter, sensitive-word-tool) or counts.
 * Compile and load: timed in turn, round after round, best of LOAD_ROUNDS (default 15) each.
 * Timings: best of several runs, on the CPU-time clock by default (bench/lib/time.ts).
 */
import { readFileSync } from 'node:fs';
import { AhoCorasick as MonyoneFast } from '@monyone/aho-corasick/fast';
import { Mint } from 'mint-filter';
import SensitiveWordTool from 'sensitive-word-tool';
import { corePack } from '../src/generated/catalogue.js';
import { coreRules } from '../src/generated/rules.js';
import AhoCorasick from 'modern-ahocorasick';
import FastAhoCorasick from 'modern-ahocorasick/fast';
import { automatonBytes, buildAutomaton, foldPattern } from '../src/lint/automaton.js';
import { createLinter, lint, loadLinter } from '../src/lint/index.js';
import { prepareRules } from '../src/lint/compile.js';
import type { Rule } from '../src/schema/rule.js';
import { best, now, quantile, type Clock } from './lib/time.js';
import { mulberry32 } from '../scripts/lib/prng.js';

// `npm run bench:… | head` closes the pipe early: stop quietly, as the CLI does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const prng = mulberry32;

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

const clock: Clock = process.env['BENCH_CLOCK'] === 'wall' ? 'wall' : 'cpu';
const time = (fn: () => unknown, runs = 5) => best(fn, { runs, clock });
/** A flat copy of a string (slices and joins stay views and ropes in V8; text read from a file or the network is flat). */
const flat = (s: string) => Buffer.from(s, 'utf8').toString('utf8');

const text = flat(corpus(Number(process.env['BENCH_BYTES'] ?? 1_000_000)));
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
/** The floor: a loop that reads every char of `input` and nothing else. */
const bareLoop = (input: string) => () => {
  let s = 0;
  for (let i = 0; i < input.length; i++) s = (s + input.charCodeAt(i)) | 0;
  sink ^= s;
};

console.log(`corpus: ${text.length.toLocaleString('en')} chars, ${mb.toFixed(2)} MB UTF-8; Node ${process.version}; ${clock === 'cpu' ? 'CPU' : 'wall'} time, best of 5`);

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
const polite = flat(politeUnit.repeat(Math.ceil(text.length / politeUnit.length)).slice(0, text.length));
/** Real agent text: CrossWOZ's agent turns (bench/data), one per line. */
const agentTurns = readFileSync(new URL('data/crosswoz-test-sys.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);
const agentText = flat(agentTurns.join('\n'));
/**
 * The built-in rules' literals as the automaton holds them (alternatives and slots expanded,
 * folded: simplified script, lower case; a clause mark inside a pattern dropped), less the
 * `A…B` heads it also holds to find them first (patterns no rule holds: not findings).
 */
const corePatterns: string[] = (() => {
  const { units, offsets, entryStart } = prepareRules(coreRules);
  const out = new Set<string>();
  for (let p = 0; p + 1 < offsets.length; p++) {
    if (entryStart[p + 1] === entryStart[p]) continue;
    out.add(String.fromCharCode(...units.subarray(offsets[p]!, offsets[p + 1]!).filter((u) => u !== 1)));
  }
  return [...out];
})();

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

const floors: Record<string, number> = {};

function measure(column: string, keys: readonly string[], input: string, linterRules?: readonly Rule[]) {
  columns.push(column);
  floors[column] = rate(time(bareLoop(input)), mbOf(input));
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
  floors[column] = Math.max(floors[column]!, rate(time(bareLoop(input)), mbOf(input)));
}

const highDensity = (keys: readonly string[]) => flat(dense(text, keys, 12));
const builtIn = coreRules;
const B = `built-in (${coreRules.length} rules, ${corePatterns.length.toLocaleString('en')} literals)`;
measure(`${B}, low`, corePatterns, text, builtIn);
measure(`${B}, high`, corePatterns, highDensity(corePatterns), builtIn);
measure(`${B}, polite`, corePatterns, polite, builtIn);
measure(`${B}, agent text`, corePatterns, agentText, builtIn);
for (const n of [100, 1_000, 10_000]) {
  const keys = patterns(n);
  measure(`${n.toLocaleString('en')}, low`, keys, text);
  measure(`${n.toLocaleString('en')}, high`, keys, highDensity(keys));
}

console.log(`agent text: CrossWOZ test split, ${agentTurns.length.toLocaleString('en')} agent turns, ${agentText.length.toLocaleString('en')} chars, ${mbOf(agentText).toFixed(2)} MB UTF-8\n`);
console.log(`| matcher (MB/s) | ${columns.join(' | ')} |`);
console.log(`|---|${columns.map(() => '---:').join('|')}|`);
for (const row of rows.values()) console.log(`| ${row.name} | ${columns.map((c) => fmt(row.rates[c]!)).join(' | ')} |`);
console.log(`| (matches found by huashu) | ${columns.map((c) => rows.get('huashu (normalisation on)')!.counts[c]).join(' | ')} |`);
console.log(`| bare loop over the same text | ${columns.map((c) => fmt(floors[c]!)).join(' | ')} |`);

const h = rows.get('huashu (normalisation on)')!.rates;
console.log('\nratios (same run):');
for (const c of columns) {
  const others = [...rows.values()].filter((r) => !r.name.startsWith('huashu'));
  const fastest = others.reduce((a, r) => (r.rates[c]! > a.rates[c]! ? r : a));
  console.log(`  ${c}: huashu / fastest anchor (${fastest.name}) = ${(h[c]! / fastest.rates[c]!).toFixed(2)}×; huashu / bare loop = ${(h[c]! / floors[c]!).toFixed(3)}`);
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
  console.log(`\nstream (built-in rules, 40-char chunks): ${fmt(rate(ms))} MB/s; lint of the whole text: ${fmt(h[`${B}, low`]!)} MB/s`);
}

// p99 of one 120-char message, built-in rules.
lint('warm up');
const messages = Array.from({ length: 20_000 }, (_, i) => text.slice((i * 997) % (text.length - 120), ((i * 997) % (text.length - 120)) + 120));
for (const m of messages.slice(0, 2000)) lint(m);
/**
 * Wall-clock µs of one `lint` call per message, each message's best of 3 passes (on a shared
 * machine a call now and then waits for the CPU: that says nothing about the message; raw
 * single-pass quantiles are printed too).
 */
const latencies = (list: readonly string[]) => {
  const once = new Float64Array(list.length);
  const bestOf3 = new Float64Array(list.length).fill(Infinity);
  for (let pass = 0; pass < 3; pass++) {
    list.forEach((m, i) => {
      const t = process.hrtime.bigint();
      sink ^= lint(m).length;
      const us = Number(process.hrtime.bigint() - t) / 1000;
      if (pass === 0) once[i] = us;
      bestOf3[i] = Math.min(bestOf3[i]!, us);
    });
  }
  const q = (p: number) => quantile(bestOf3, p);
  return Object.assign(q, { once: (p: number) => quantile(once, p) });
};
const q = latencies(messages);
console.log(`\none 120-char message, built-in rules (best of 3 per message): p50 ${q(0.5).toFixed(2)} µs, p99 ${q(0.99).toFixed(2)} µs, max ${q(1).toFixed(1)} µs; single pass: p99 ${q.once(0.99).toFixed(2)} µs`);
for (const m of agentTurns) lint(m);
const qa = latencies(agentTurns);
console.log(`one CrossWOZ agent turn (${(agentText.length / agentTurns.length).toFixed(0)} chars on average, best of 3): p50 ${qa(0.5).toFixed(2)} µs, p99 ${qa(0.99).toFixed(2)} µs, max ${qa(1).toFixed(1)} µs; single pass: p99 ${qa.once(0.99).toFixed(2)} µs`);
{
  // The agent corpus as a transcript (one lint call, a finding per turn offset), against the bare loop over its text.
  const transcript = agentTurns.map((t) => ({ role: 'agent', text: t }));
  const ms = time(() => lint(transcript).length);
  const floor = rate(time(bareLoop(agentText)), mbOf(agentText));
  const r = rate(ms, mbOf(agentText));
  console.log(`agent corpus as a transcript of ${agentTurns.length.toLocaleString('en')} turns: ${fmt(r)} MB/s (${lint(transcript).length} findings); / bare loop over its text = ${(r / floor).toFixed(3)}`);
}
// Compile and load: 30 (built-in), 1,000 and 10,000 rules. Each figure beside a baseline loop
// measured in the same run (every pattern char read through a 64 K table, each pattern put in a
// Map: the least any compiler must do), so that a busy machine shows in the ratio, not the result.
{
  const table = new Uint16Array(0x10000).map((_, i) => i);
  const sets: Array<[string, readonly Rule[]]> = [
    [`built-in (${coreRules.length} rules)`, coreRules],
    ['1,000 rules', patterns(1_000).map((p, i): Rule => ({ id: `c${i}`, severity: 'warning', patterns: [p], message: { zh: p, en: p } }))],
    ['10,000 rules', patterns(10_000).map((p, i): Rule => ({ id: `c${i}`, severity: 'warning', patterns: [p], message: { zh: p, en: p } }))],
  ];
  // Compile and load are timed in turn, round after round (so load on the machine hits both
  // alike), after a warm-up of each; a figure is its best of ROUNDS rounds (a collection falls
  // in some rounds, of either side's garbage: the best leaves it out), and the ratio's range over
  // the rounds is printed beside the ratio of the bests. No collection is forced between runs:
  // a forced full collection frees the maps of the last set's objects, which discards the
  // optimized code that embeds them, so the run after it measures V8 optimizing again (and the
  // CPU clock bills the helper threads' sweeping of the whole heap), not the work.
  const ROUNDS = Number(process.env['LOAD_ROUNDS'] ?? 15);
  const once = (fn: () => unknown) => {
    const t = now(clock);
    fn();
    return now(clock) - t;
  };
  console.log(`\ncompile (createLinter + first lint) and load (loadLinter of linter.serialize() + first lint), in turn, best of ${ROUNDS} rounds; live heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB:`);
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
    const compile = () => createLinter({ rules }).lint('');
    const serialized = createLinter({ rules }).serialize();
    const load = () => loadLinter(serialized).lint('');
    // Warm-up: the JIT settles on both paths before any round is timed.
    for (let i = 0; i < 3; i++) {
      compile();
      load();
    }
    let compileMs = Infinity;
    let loadMs = Infinity;
    const ratios: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const c = once(compile);
      const l = once(load);
      compileMs = Math.min(compileMs, c);
      loadMs = Math.min(loadMs, l);
      ratios.push(l / c);
    }
    console.log(
      `  ${name} (${chars.toLocaleString('en')} pattern chars): compile ${compileMs.toFixed(1)} ms (${((compileMs * 1e6) / chars).toFixed(0)} ns/char, ${(compileMs / baselineMs).toFixed(1)}× the baseline loop ${baselineMs.toFixed(2)} ms); load ${loadMs.toFixed(1)} ms from ${(serialized.length / 1024).toFixed(0)} KiB; load / compile = ${(loadMs / compileMs).toFixed(2)} (per round ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
    );
  }
}
if (sink === 0.5) console.log(sink);

/**
 * Fuzzing the linter (issue 15): offsets, no throw on well-typed input, streaming equal to
 * linting the whole text, and time per input length as a ratio to a linear baseline measured in
 * the same run. Runs per property: FUZZ_RUNS (default small, for `npm test`; `FUZZ_RUNS=100000`
 * for a long run).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreRules } from '../../src/generated/rules.js';
import { createLinter, lint, type Finding, type Linter } from '../../src/lint/index.js';
import type { Rule } from '../../src/schema/rule.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 200);
/** Room for the long runs (several ms per run when a rule set is compiled each time). */
const TIMEOUT = { timeout: 30_000 + RUNS * 20 };

/** Characters the rules care about, and every kind of noise and punctuation around them. */
const ALPHABET = ['喂', '不', '知', '道', '这', '是', '我', '们', '的', '事', '錯', '了', '一', '分', '钱', '货', '好', '哦', '您', '你', '\u200b', ' ', '\u3000', '，', '。', '！', '.', '\n', '😀', '\ud83d', '\ude00', '\u0301', 'Ａ', 'a', '\uf967'];
const chatText = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 80 }).map((a) => a.join(''));
const anyText = fc.oneof(chatText, fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

/** A random well-formed rule set over the same alphabet: anchors, exceptions, clause marks, `A…B` and `A…，B` gaps. */
const literal = (min: number) => fc.array(fc.constantFrom('不', '知', '道', '是', '我', '的', '了', '好', '哦', '你', 'a', '錯'), { minLength: min, maxLength: 4 }).map((a) => a.join(''));
const ruleArb = (i: number) =>
  fc.record({
    severity: fc.constantFrom('error', 'warning', 'info') as fc.Arbitrary<Rule['severity']>,
    patterns: fc.array(
      fc.oneof(
        literal(1),
        fc.tuple(literal(1), literal(1)).map(([a, b]) => `${a}，${b}`),
        fc.tuple(literal(1), literal(1)).map(([a, b]) => `${a}…${b}`),
        fc.tuple(literal(1), literal(1)).map(([a, b]) => `${a}…，${b}`),
      ),
      { minLength: 1, maxLength: 4 },
    ),
    within: fc.option(fc.integer({ min: 0, max: 32 }), { nil: undefined }),
    exceptions: fc.option(fc.array(fc.oneof(fc.record({ before: literal(1) }), fc.record({ after: literal(1) }), fc.record({ before: literal(1), after: literal(1) }), fc.record({ sentence: literal(1) }), fc.record({ later: literal(1), sentence: literal(1) })), { maxLength: 3 }), { nil: undefined }),
    anchor: fc.option(fc.constantFrom('start', 'end', 'either', 'whole') as fc.Arbitrary<NonNullable<Rule['anchor']>>, { nil: undefined }),
  }).map((r): Rule => ({ id: `r${i}`, message: { zh: '中', en: 'en' }, ...r, ...(r.exceptions === undefined ? { exceptions: undefined } : {}), ...(r.within === undefined ? { within: undefined } : {}) }));
const rulesArb = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => ruleArb(i))));

/** Splits `text` at the given cut points (any UTF-16 index: surrogate pairs and clauses split too). */
function chunks(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const c of at) {
    out.push(text.slice(from, c));
    from = c;
  }
  out.push(text.slice(from));
  return out;
}

function streamed(linter: Linter, parts: readonly string[]): Finding[] {
  const s = linter.stream();
  const found: Finding[] = [];
  for (const p of parts) found.push(...s.push(p));
  found.push(...s.end());
  return found;
}

function expectExactOffsets(text: string, findings: readonly Finding[]) {
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end)).toBe(f.text);
  }
}

describe('fuzz: lint', TIMEOUT, () => {
  it('never throws on a string, and its offsets slice the original text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = lint(text);
        expectExactOffsets(text, found);
        for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.start);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws with random rule sets, and findings stay exact', () => {
    fc.assert(
      fc.property(rulesArb, chatText, (rules, text) => {
        const found = createLinter({ rules }).lint(text);
        expectExactOffsets(text, found);
      }),
      { numRuns: RUNS },
    );
  });

  it('streams the same findings as linting the whole text, for every chunking (built-in rules)', () => {
    const linter = createLinter();
    fc.assert(
      fc.property(anyText, fc.array(fc.nat(), { maxLength: 12 }), (text, cuts) => {
        expect(streamed(linter, chunks(text, cuts))).toEqual(linter.lint(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('streams the same findings as linting the whole text, for every chunking (random rules, contexts and anchors)', () => {
    fc.assert(
      fc.property(rulesArb, chatText, fc.array(fc.nat(), { maxLength: 12 }), fc.constantFrom('info', 'warning', 'error') as fc.Arbitrary<Rule['severity']>, (rules, text, cuts, minSeverity) => {
        const linter = createLinter({ rules });
        const s = linter.stream({ minSeverity });
        const found: Finding[] = [];
        for (const p of chunks(text, cuts)) found.push(...s.push(p));
        found.push(...s.end());
        expect(found).toEqual(linter.lint(text, { minSeverity }));
      }),
      { numRuns: RUNS },
    );
  });

  it('streams one character at a time as well', () => {
    // One linter for every run (each stream is its own): compiling the built-in rules per run
    // took most of this test's time (~0.1 s a run).
    const linter = createLinter();
    fc.assert(
      fc.property(chatText, (text) => {
        expect(streamed(linter, [...text.split('')])).toEqual(lint(text));
      }),
      { numRuns: RUNS },
    );
  });
});

/**
 * Time of `fn` on inputs of growing size, each divided by the time of a linear baseline (a
 * charCodeAt loop over the same input) measured right beside it; the growth of that ratio from
 * the smallest to the largest input. Linear code keeps it near 1 (allocation and garbage
 * collection add a little); quadratic code multiplies it by the size factor (here 64).
 */
function growth(make: (n: number) => string, fn: (text: string) => unknown, sizes = [2_000, 128_000]): number {
  let sink = 0;
  const baseline = (t: string) => {
    let s = 0;
    for (let r = 0; r < 20; r++) for (let i = 0; i < t.length; i++) s = (s + t.charCodeAt(i)) | 0;
    sink ^= s;
  };
  const best = (f: () => void) => {
    let b = Infinity;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      f();
      b = Math.min(b, performance.now() - t);
    }
    return Math.max(b, 0.01);
  };
  const ratios = sizes.map((n) => {
    const text = make(n);
    fn(text); // warm up
    return best(() => void fn(text)) / best(() => baseline(text));
  });
  if (sink === 0.5) console.log(sink);
  return ratios[ratios.length - 1]! / ratios[0]!;
}

describe('fuzz: lint time grows linearly with the input', { timeout: 60_000 }, () => {
  // Generous bound: linear is ~1–5, quadratic would be ~64.
  const LINEAR = 16;
  const hostile = createLinter({
    rules: [
      { id: 'a', severity: 'error', patterns: ['喂', '喂喂', '喂喂喂喂喂喂喂喂'], message: { zh: '中', en: 'en' } },
      { id: 'b', severity: 'warning', patterns: ['喂'], exceptions: [{ before: '喂喂喂不' }, { after: '不喂喂喂' }], message: { zh: '中', en: 'en' } },
      { id: 'c', severity: 'info', patterns: ['喂，喂'], anchor: 'whole', message: { zh: '中', en: 'en' } },
    ],
  });
  const cases: Array<[string, (n: number) => string, (t: string) => unknown]> = [
    ['one finding per character (built-in rules)', (n) => '喂'.repeat(n), (t) => lint(t)],
    ['nested and overlapping findings, contexts and anchors', (n) => '喂'.repeat(n), (t) => hostile.lint(t)],
    ['noise between every character', (n) => '喂 \u200b'.repeat(n / 3), (t) => hostile.lint(t)],
    ['clause punctuation between every character', (n) => '喂，'.repeat(n / 2), (t) => hostile.lint(t)],
    ['polite text', (n) => '您好，请问有什么可以帮您？'.repeat(n / 13), (t) => lint(t)],
    ['streamed in 7-character chunks', (n) => '喂'.repeat(n), (t) => {
      const s = hostile.stream();
      for (let i = 0; i < t.length; i += 7) s.push(t.slice(i, i + 7));
      return s.end();
    }],
  ];
  it.each(cases)('%s', (_, make, fn) => {
    // The least of three measurements: a busy machine can slow one down, never speed one up.
    let g = growth(make, fn);
    for (let i = 0; i < 2 && g >= LINEAR; i++) g = Math.min(g, growth(make, fn));
    expect(g).toBeLessThan(LINEAR);
  });
});

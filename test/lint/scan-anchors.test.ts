// The rare-anchor prefilter of the automaton's scan (src/lint/automaton.ts, scanHits) reports
// exactly what stepping the automaton at every unit reports (test/lint/scan-reference.ts): the
// same (pattern, end) list in the same order, on random text over the literals' own alphabet,
// the catalogue's polite phrases, clause punctuation and noise, with the built-in rules, the
// built-in rules loaded from bytes, and random literal sets (short alphabets: dense overlaps).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corePack } from '../../src/generated/catalogue.js';
import { coreRules } from '../../src/generated/rules.js';
import { buildAutomaton, foldPattern, hitList, scanHits, type Automaton } from '../../src/lint/automaton.js';
import { compileRules } from '../../src/lint/compile.js';
import { createLinter, loadLinter } from '../../src/lint/index.js';
import { fuzzRuns } from '../fuzz/fuzz.js';
import { referenceHits } from './scan-reference.js';

const compiled = compileRules(coreRules);
const loaded = (() => {
  // The loader rebuilds the automaton (and its anchor table) from bytes.
  const linter = loadLinter(createLinter().serialize());
  linter.lint('你');
  return linter;
})();
const polite = corePack.scenarios.flatMap((sc) => sc.phrases.flatMap((p) => Object.values(p.texts))).slice(0, 300);
const parts = [...new Set(coreRules.flatMap((r) => r.patterns.flatMap((p) => p.split('…'))))].map((p) => p.replace(/[(){}|^$]/g, ''));
const alphabet = [...new Set(parts.join(''))];
const glue = ['，', '。', '？', '！', '，，', ' ', '\u200b', '、', 'Ａ', '們', '妳', '嗎', 'x'];
const piece = fc.oneof(fc.constantFrom(...parts), fc.constantFrom(...polite), fc.constantFrom(...alphabet), fc.constantFrom(...glue));
const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

const anchored = (a: Automaton, t: string) => {
  const h = scanHits(a, t, hitList());
  return Array.from(h.data.subarray(0, h.length));
};

describe('rare-anchor scan', () => {
  it('reports what the automaton stepped at every unit reports (built-in rules: an example)', () => {
    const a = compiled.automaton;
    const t = '您好，這不是我們的事，，請您稍等。谁叫你不早说！你看不懂中文吗？';
    const want = referenceHits(a, t);
    expect(want.length).toBeGreaterThan(10);
    expect(anchored(a, t)).toEqual(want);
  });

  it('equals the reference on random text from rule fragments, polite phrases and noise', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(anchored(compiled.automaton, t)).toEqual(referenceHits(compiled.automaton, t));
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('a loaded linter finds what a compiled one finds (its anchor table rebuilt from bytes)', () => {
    const fresh = createLinter();
    fc.assert(
      fc.property(text, (t) => {
        expect(loaded.lint(t)).toEqual(fresh.lint(t));
      }),
      { numRuns: fuzzRuns(100) },
    );
  });

  it('equals the reference with random literal sets over a small alphabet (overlaps, marks, noise)', () => {
    const letters = ['甲', '乙', '丙', '的', '不', '您', '，', ' ', '乙'];
    const literal = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 7 }).map((l) => l.join(''));
    const long = fc.array(fc.constantFrom('甲', '乙', '丙', '丁'), { minLength: 250, maxLength: 300 }).map((l) => l.join(''));
    fc.assert(
      fc.property(fc.array(fc.oneof(literal, literal, literal, long), { minLength: 1, maxLength: 12 }), fc.array(fc.constantFrom(...letters, '丁', '。', '\u200b', '！？'), { maxLength: 400 }), (lits, chars) => {
        const folded = lits.map((l) => foldPattern(l)).filter((u) => u.length > 0);
        fc.pre(folded.length > 0);
        const a = buildAutomaton(folded);
        const t = chars.join('');
        expect(anchored(a, t)).toEqual(referenceHits(a, t));
        const all = lits.join('丁') + t;
        expect(anchored(a, all)).toEqual(referenceHits(a, all));
      }),
      { numRuns: fuzzRuns(120) },
    );
  });
});

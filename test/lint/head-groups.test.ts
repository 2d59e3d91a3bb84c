// The indexed head test of `A…B` patterns (src/lint/semantics.ts, headIndex / headsNear) changes no
// finding: random text built from the built-in rules' own fragments (heads, matched parts) and the
// catalogue's polite phrases, and the lint bench's corpora, linted with and without it.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corePack } from '../../src/generated/catalogue.js';
import { coreRules } from '../../src/generated/rules.js';
import { compileRules } from '../../src/lint/compile.js';
import { createLinter, lint } from '../../src/lint/index.js';
import { scanSwitches } from '../../src/lint/linter.js';
import { fuzzRuns } from '../fuzz/fuzz.js';

const compiled = compileRules(coreRules);
const chars = (units: readonly number[]) => String.fromCharCode(...units.filter((u) => u > 0x20));
const heads = [...new Set(compiled.rules.flatMap((r) => (r.head === undefined ? [] : [chars(r.head)])))];
const parts = [...new Set(coreRules.flatMap((r) => r.patterns.flatMap((p) => p.split('…'))))].map((p) => p.replace(/[(){}|^$]/g, ''));
const polite = corePack.scenarios.flatMap((sc) => sc.phrases.flatMap((p) => Object.values(p.texts))).slice(0, 400);
const glue = ['，', '。', '？', '！', ' ', '\u200b', '你', '您', '不', '了', '吗', '的', '“', '”'];
const piece = fc.oneof(fc.constantFrom(...heads), fc.constantFrom(...parts), fc.constantFrom(...polite), fc.constantFrom(...glue));
const text = fc.array(piece, { maxLength: 24 }).map((p) => p.join(''));

function both<T>(run: () => T): [T, T] {
  scanSwitches.headGroups = true;
  const on = run();
  scanSwitches.headGroups = false;
  try {
    return [on, run()];
  } finally {
    scanSwitches.headGroups = true;
  }
}

describe('grouped A…B head test', () => {
  it('the built-in rules have such groups (else this file tests nothing)', () => {
    expect(heads.length).toBeGreaterThan(5);
    const [on, off] = both(() => lint('谁叫你不早说，谁让你们不看清楚，我不清楚'));
    expect(on).toEqual(off);
    expect(on.map((f) => [f.ruleId, f.start, f.end, f.text])).toEqual([
      ['no-blaming', 0, 4, '谁叫你不'],
      ['no-blaming', 7, 12, '谁让你们不'],
      ['no-dont-know', 17, 20, '不清楚'],
    ]);
  });

  it('keeps A…，B entries out of the groups: a B shared with A…B rules still finds its head across the clause mark', () => {
    const rule = (id: string, pattern: string) => ({ id, severity: 'error' as const, patterns: [pattern], message: { zh: '中', en: 'en' } });
    const linter = createLinter({ rules: [rule('same', '规定…懂不懂'), rule('also', '规矩…懂不懂'), rule('across', '制度…，懂不懂')] });
    const found = () => ['规定你懂不懂', '规定，你懂不懂', '制度，你懂不懂', '制度你懂不懂'].map((t) => linter.lint(t).map((f) => [f.ruleId, f.text]));
    const [on, off] = both(found);
    expect(on).toEqual(off);
    expect(on).toEqual([[['same', '规定你懂不懂']], [], [['across', '制度，你懂不懂']], [['across', '制度你懂不懂']]]);
  });

  it('heads of one B with different gaps, shared heads, and a plain holder of the same B: each entry gets its own nearest head', () => {
    const rule = (id: string, patterns: string[], within?: number) => ({ id, severity: 'error' as const, patterns, message: { zh: '中', en: 'en' }, ...(within === undefined ? {} : { within }) });
    const linter = createLinter({
      rules: [rule('near', ['规定…懂不懂', '制度…懂不懂'], 1), rule('far', ['规定…懂不懂', '规矩…懂不懂'], 6), rule('plain', ['懂不懂'])],
    });
    const texts = ['规定懂不懂', '规定你懂不懂', '规定你们都懂不懂', '规定我说你们到底都懂不懂', '制度你懂不懂', '制度懂不懂', '规矩规定，懂不懂', '规\u200b定 你懂不懂', '规\u200b定\u200b你懂不懂', `规定${'\u200b'.repeat(20)}你懂不懂`, `规定${'“'.repeat(12)}你们都${'\u200b'.repeat(9)}懂不懂`];
    const found = () => texts.map((t) => linter.lint(t).map((f) => [f.ruleId, f.text]));
    const [on, off] = both(found);
    expect(on).toEqual(off);
    expect(on).toEqual([
      [['near', '规定懂不懂']],
      [['near', '规定你懂不懂']],
      [['far', '规定你们都懂不懂']],
      [['plain', '懂不懂']],
      [['near', '制度你懂不懂']],
      [['near', '制度懂不懂']],
      [['plain', '懂不懂']],
      [['plain', '懂不懂']],
      [['near', '规\u200b定\u200b你懂不懂']],
      // Noise between head and B is not counted (the head-first test subtracts it): far in the
      // text, near in units.
      [['near', `规定${'\u200b'.repeat(20)}你懂不懂`]],
      [['far', `规定${'“'.repeat(12)}你们都${'\u200b'.repeat(9)}懂不懂`]],
    ]);
  });

  it('finds the same as one head at a time on the lint bench corpora (the catalogue, CrossWOZ agent turns)', () => {
    const catalogue = corePack.scenarios.flatMap((sc) => sc.phrases.flatMap((p) => Object.values(p.texts))).join('');
    const agent = readFileSync(new URL('../../bench/data/crosswoz-test-sys.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text)
      .join('\n');
    const strict = createLinter({ profile: 'strict' });
    const [on, off] = both(() => [lint(catalogue), lint(agent), strict.lint(agent)].map((fs) => fs.map((f) => `${f.ruleId}@${f.start}-${f.end}`)));
    expect(on).toEqual(off);
    expect(on[1]!.length).toBeGreaterThan(400);
  });

  it('finds the same as one head at a time on random text from rule fragments and polite phrases', () => {
    const strict = createLinter({ profile: 'strict' });
    let blaming = 0;
    fc.assert(
      fc.property(text, (t) => {
        const [on, off] = both(() => [lint(t), strict.lint(t, { language: 'en' }), lint([{ role: 'agent', text: t }, { role: 'agent', text: t }])]);
        expect(on).toEqual(off);
        if (on[0]!.some((f) => f.ruleId === 'no-blaming')) blaming++;
      }),
      { numRuns: fuzzRuns(20) },
    );
    // Some texts held an accepted A…B match (the grouped test said yes), not only rejections.
    expect(blaming).toBeGreaterThan(0);
  });
});

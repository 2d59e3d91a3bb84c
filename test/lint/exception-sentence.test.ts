// `sentence` exceptions beside `earlier`/`later` ones on one rule (src/lint/semantics.ts, excused):
// each kind marks which units it holds in one shared table, and no kind's marks may hide
// another's, whatever order the exceptions come in.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/lint/index.js';

const rule = (exceptions: Array<Record<string, string>>) =>
  createLinter({ rules: [{ id: 'r', severity: 'error', patterns: ['改不了'], exceptions, message: { zh: '中', en: 'en' } }] });
const spans = (linter: ReturnType<typeof rule>, text: string) => linter.lint(text).map((f) => `${f.start}-${f.end}`);

describe('sentence exceptions with earlier and later ones', () => {
  const linter = rule([{ sentence: '甲' }, { earlier: '乙' }, { later: '丁' }, { sentence: '(丙|抱歉)' }]);

  it('a sentence literal after an earlier/later exception that failed still excuses', () => {
    // 丙 is in the clause before the match (the earlier exception marks that clause's units)
    // and in the sentence: the last exception excuses the match.
    expect(spans(linter, '丙说这个改不了。')).toEqual([]);
    // Across a comma: the clause before is empty, the sentence holds 丙.
    expect(spans(linter, '丙，改不了。')).toEqual([]);
    // After the match, in the sentence (the later exception marks the clause after).
    expect(spans(linter, '这个改不了，丙。')).toEqual([]);
    expect(spans(linter, '改不了，抱歉')).toEqual([]);
  });

  it('no exception: the match stands; another sentence does not excuse', () => {
    expect(spans(linter, '这个改不了。')).toEqual(['2-5']);
    expect(spans(linter, '丙。这个改不了。')).toEqual(['4-7']);
    expect(spans(linter, '改不了。丙')).toEqual(['0-3']);
  });

  it('the other exceptions still excuse', () => {
    expect(spans(linter, '甲说改不了')).toEqual([]);
    expect(spans(linter, '乙说改不了')).toEqual([]);
    expect(spans(linter, '改不了丁')).toEqual([]);
  });
});

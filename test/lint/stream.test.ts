import { describe, expect, it } from 'vitest';
import { isHuashuError } from '../../src/errors/index.js';
import { createLinter, lint, type Finding } from '../../src/lint/index.js';

const brief = (fs: ReadonlyArray<{ ruleId: string; start: number; end: number; text: string }>) => fs.map((f) => `${f.ruleId} ${f.start}-${f.end} ${f.text}`);

describe('linter.stream', () => {
  it('returns each finding once its sentence has ended, with offsets into the whole stream', () => {
    const s = createLinter().stream();
    expect(brief(s.push('您好，这不是我'))).toEqual([]);
    expect(brief(s.push('们的事！喂'))).toEqual(['no-not-our-business 3-10 这不是我们的事']);
    // 喂 waits for its sentence to end (a question or a quotation could still excuse it).
    expect(brief(s.push('，'))).toEqual([]);
    expect(brief(s.push('好的。'))).toEqual(['no-wei 11-12 喂']);
    expect(brief(s.end())).toEqual([]);
  });

  it('holds a finding back only while something still to come could change it', () => {
    // 不可能 could still grow into 不可能的吧 (a longer finding that would replace it).
    const s = createLinter().stream();
    expect(brief(s.push('不可能'))).toEqual([]);
    expect(brief(s.push('的吧'))).toEqual([]);
    expect(brief(s.end())).toEqual(['no-impossible 0-5 不可能的吧']);
    // The profile of the stream's options applies (a strict-only rule is not reported by default).
    const strict = createLinter().stream({ profile: 'strict' });
    const loose = createLinter().stream();
    expect(brief([...strict.push('喂哦'), ...strict.end()])).toEqual(brief(lint('喂哦', { profile: 'strict' })));
    expect(brief([...loose.push('喂哦'), ...loose.end()])).toEqual(brief(lint('喂哦')));
    // An exception's `after` context is waited for, up to the end of the clause.
    const linter = createLinter({ rules: [{ id: 'r', severity: 'error', patterns: ['好的'], exceptions: [{ after: '吗' }], message: { zh: '中', en: 'en' } }] });
    const t = linter.stream();
    expect(brief(t.push('好的'))).toEqual([]);
    expect(brief(t.push('吗？好的'))).toEqual([]);
    expect(brief(t.push('。'))).toEqual(['r 4-6 好的']);
  });

  it('equals lint of the whole text when chunks split surrogate pairs, noise and clause punctuation', () => {
    const text = '喂😀，這\u200b不 是我們的　事！一分钱，😀一分货';
    const linter = createLinter();
    for (let size = 1; size <= 5; size++) {
      const s = linter.stream({ language: 'en' });
      const found = [];
      for (let i = 0; i < text.length; i += size) found.push(...s.push(text.slice(i, i + size)));
      found.push(...s.end());
      expect(found).toEqual(lint(text, { language: 'en' }));
    }
  });

  it('streams A…，B findings across clause marks inside a long sentence (cuts between the clauses) as lint finds them', () => {
    const linter = createLinter({ rules: [{ id: 'x', severity: 'error', patterns: ['规定…，{ni}懂不懂', '再闹…，报警'], within: 30, message: { zh: '中', en: 'en' } }] });
    const unit = '这是规定，   你懂不懂，好的，再闹我们就 😀 报警，您好请问有什么可以帮您吗，';
    const text = unit.repeat(60);
    const whole = linter.lint(text);
    expect(whole.length).toBe(120);
    expect(brief(whole.slice(0, 2))).toEqual(['x 2-12 规定，   你懂不懂', 'x 16-27 再闹我们就 😀 报警']);
    for (const size of [1, 7, 37, 300]) {
      const s = linter.stream();
      const found: Finding[] = [];
      for (let i = 0; i < text.length; i += size) found.push(...s.push(text.slice(i, i + size)));
      found.push(...s.end());
      expect(found).toEqual(whole);
    }
  });

  it('returns findings of a long text without a sentence end as it arrives, holding a bounded window', () => {
    const linter = createLinter();
    const text = '喂，请您大声一点，这不是我们的事，您好请问有什么可以帮您，'.repeat(400);
    const s = linter.stream();
    const found: Finding[] = [];
    let maxLag = 0;
    for (let i = 0; i < text.length; i += 37) {
      found.push(...s.push(text.slice(i, i + 37)));
      // Every finding that ends 1,000 code units before what has arrived is out already.
      const arrived = Math.min(text.length, i + 37);
      const pending = linter.lint(text.slice(0, arrived)).filter((f) => f.end <= arrived - 1_000 && !found.some((g) => g.start === f.start && g.ruleId === f.ruleId));
      maxLag = Math.max(maxLag, pending.length);
    }
    const beforeEnd = found.length;
    found.push(...s.end());
    expect(found).toEqual(linter.lint(text));
    expect(maxLag).toBe(0);
    // Only the last 1,000 code units' findings wait for end().
    expect(beforeEnd).toBeGreaterThanOrEqual(found.filter((f) => f.end <= text.length - 1_000).length);
    expect(beforeEnd).toBeGreaterThan(700);
  });

  it('waits for a sentence context across clauses, inside a long sentence too', () => {
    const linter = createLinter({ rules: [{ id: 'r', severity: 'error', patterns: ['改不了'], exceptions: [{ sentence: '(抱歉|非常抱歉给您带来的不便敬请谅解感谢您的理解与支持)' }], message: { zh: '中', en: 'en' } }] });
    const t = linter.stream();
    expect(brief(t.push('这个改不了，'))).toEqual([]);
    expect(brief(t.push('亲 抱歉。改不了！'))).toEqual(['r 11-14 改不了']);
    // No sentence end for thousands of units: inner cuts must still leave each match its
    // sentence context ahead (a long apology 0 to 24 units after it, clause marks and spaces
    // counted: further than the 48 code units every check may read).
    const text = Array.from({ length: 300 }, (_, i) => `改不了${'，好 '.repeat(i % 10)}${i % 3 === 0 ? '非常抱歉给您带来的不便敬请谅解感谢您的理解与支持' : '亲亲'}，`).join('');
    for (const size of [1, 7, 64]) {
      const s = linter.stream();
      const found: Finding[] = [];
      for (let i = 0; i < text.length; i += size) found.push(...s.push(text.slice(i, i + size)));
      found.push(...s.end());
      expect(found).toEqual(linter.lint(text));
    }
    expect(linter.lint(text).length).toBeGreaterThan(0);
  });

  it('refuses chunks after end, and chunks that are not strings', () => {
    const s = createLinter().stream();
    expect(() => s.push(42 as never)).toThrow(/expected a string chunk, got number/);
    s.end();
    expect(s.end()).toEqual([]);
    let code: string | undefined;
    try {
      s.push('喂');
    } catch (error) {
      if (isHuashuError(error)) code = error.code;
    }
    expect(code).toBe('INVALID_ARGUMENT');
  });
});

import { describe, expect, it } from 'vitest';
import { isHuashuError } from '../../src/errors/index.js';
import { compileRules } from '../../src/lint/compile.js';
import { createLinter, lint } from '../../src/lint/index.js';
import type { Rule } from '../../src/schema/rule.js';
import { MAX_PATTERNS, MAX_PATTERN_LENGTH } from '../../src/schema/rule.js';
import { PackValidationError } from '../../src/schema/errors.js';
import { validatePack } from '../../src/schema/validate.js';

const rule = (extra: Partial<Rule>): Rule => ({ id: 'r', severity: 'error', patterns: ['好的'], message: { zh: '中', en: 'en' }, ...extra });

/** The issues validatePack reports, as `path: message` lines. */
function packIssues(rules: unknown[]): string[] {
  try {
    validatePack({ id: 'p', rules });
    return [];
  } catch (error) {
    if (!(error instanceof PackValidationError)) throw error;
    return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  }
}

/** The code and message of what createLinter(...).lint throws. */
function compileError(rules: Rule[]): string {
  try {
    createLinter({ rules }).lint('x');
    return 'no error';
  } catch (error) {
    return isHuashuError(error) ? `${error.code}: ${error.message}` : String(error);
  }
}

describe('lint: matches stay within a clause', () => {
  it('does not join the end of one sentence to the start of the next', () => {
    expect(lint('这次不是您的错。了解您的情况后我来处理')).toEqual([]);
    expect(lint('这次不是您的错，了解一下')).toEqual([]);
    expect(lint('是您的错了').map((f) => f.text)).toEqual(['错了']);
  });

  it('crosses clause punctuation where the pattern itself has it, with or without it in the text', () => {
    const texts = ['一分钱，一分货', '一分钱一分货', '一分钱！！一分货', '一分钱。\u200b，一分货'];
    expect(texts.map((t) => lint(t).map((f) => [f.ruleId, f.start, f.end]))).toEqual(texts.map((t) => [['no-you-get-what-you-pay-for', 0, t.length]]));
  });
});

describe('lint: compatibility ideographs fold to their unified forms', () => {
  it('reads 不 (U+F967) as 不', () => {
    expect(lint('这\uf967是我们的事').map((f) => [f.ruleId, f.text])).toEqual([['no-not-our-business', '这\uf967是我们的事']]);
  });
});

describe('lint: hostile rule sets and texts', () => {
  it('compiles a pattern written 1,000 times, and in several rules, once', () => {
    const c = compileRules([rule({ patterns: Array.from({ length: 1000 }, () => '喂') }), rule({ id: 's', severity: 'warning', patterns: ['喂', '喂'] })]);
    expect(c.automaton.lengths.length).toBe(1);
    expect([...c.entryRule]).toEqual([0, 1]);
  });

  it('finds each of 3,000 distinct patterns, each rule holding two of them (past every size the pattern table grows through)', () => {
    const word = (i: number) => String.fromCharCode(0x4e00 + 2 * i, 0x4e01 + 2 * i);
    const rules = Array.from({ length: 1500 }, (_, i) => rule({ id: `r${i}`, patterns: [word(2 * i), word(2 * i + 1)] }));
    const linter = createLinter({ rules });
    const text = Array.from({ length: 3000 }, (_, i) => word(i)).join('，');
    const found = linter.lint(text);
    expect(found.map((f) => f.ruleId)).toEqual(Array.from({ length: 3000 }, (_, i) => `r${i >> 1}`));
    expect(found.map((f) => f.text)).toEqual(Array.from({ length: 3000 }, (_, i) => word(i)));
  });

  it('reports one finding per place however many times a pattern is written', () => {
    const linter = createLinter({ rules: [rule({ patterns: Array.from({ length: 1000 }, () => '喂') }), rule({ id: 's', patterns: Array.from({ length: 1000 }, () => '喂') })] });
    const found = linter.lint('喂'.repeat(100));
    expect(found.length).toBe(100);
    expect(new Set(found.map((f) => f.ruleId))).toEqual(new Set(['r']));
  });

  it('keeps the most severe rule, then the earliest, where several hold one pattern', () => {
    const linter = createLinter({ rules: [rule({ id: 'a', severity: 'warning' }), rule({ id: 'b' }), rule({ id: 'c' })] });
    expect(linter.lint('好的').map((f) => f.ruleId)).toEqual(['b']);
    expect(linter.lint('好的', { minSeverity: 'error' }).map((f) => f.ruleId)).toEqual(['b']);
  });

  it('passes to the next rule holding a pattern when a context excuses the first', () => {
    const linter = createLinter({ rules: [rule({ id: 'a', exceptions: [{ before: '不' }] }), rule({ id: 'b', severity: 'warning' })] });
    expect(linter.lint('不好的').map((f) => f.ruleId)).toEqual(['b']);
    expect(linter.lint('真好的').map((f) => f.ruleId)).toEqual(['a']);
  });

  it('keeps every one of 100,000 findings in order', () => {
    const found = lint('喂'.repeat(100_000));
    expect(found.length).toBe(100_000);
    expect(found.every((f, i) => f.start === i && f.end === i + 1)).toBe(true);
  });

  it('drops findings inside a longer one, and keeps the longer one of lesser severity beside a severe one inside it', () => {
    const linter = createLinter({
      rules: [rule({ id: 'short', patterns: ['ab', 'cd'] }), rule({ id: 'long', severity: 'info', patterns: ['abcd'] }), rule({ id: 'mid', severity: 'error', patterns: ['bc'] })],
    });
    expect(linter.lint('abcd').map((f) => [f.ruleId, f.start, f.end])).toEqual([
      ['long', 0, 4],
      ['short', 0, 2],
      ['mid', 1, 3],
      ['short', 2, 4],
    ]);
  });
});

describe('rule limits, at validation and at compilation', () => {
  it('rejects a pattern or context of only punctuation, with its path', () => {
    expect(packIssues([rule({ patterns: ['好的', '，。 '] })])).toEqual(['rules.0.patterns.1: pattern 1 ("，。 ") is only punctuation or spaces, which matching ignores']);
    expect(packIssues([rule({ exceptions: [{ before: '不' }, { after: '！' }] })])).toEqual([
      'rules.0.exceptions.1.after: exception 1 "after" ("！") is only punctuation or spaces, which matching ignores, so it would excuse every match',
    ]);
    expect(compileError([rule({ exceptions: [{ after: '，。' }] })])).toBe(
      'INVALID_RULE: rules[0][exceptions][0][after]: rule "r": exception 0 "after" ("，。") is only punctuation or spaces, which matching ignores, so it would excuse every match',
    );
  });

  it('rejects a pattern longer than the limit', () => {
    const long = '好'.repeat(MAX_PATTERN_LENGTH + 1);
    // (A pattern of the pattern language may be longer as written; each literal it expands into may not.)
    expect(packIssues([rule({ patterns: [long] })])).toEqual([`rules.0.patterns.0: pattern "${long}" expands into a literal of 65 characters; at most 64`]);
    expect(compileError([rule({ patterns: ['好的', long] })])).toBe(`INVALID_RULE: rules[0][patterns][1]: rule "r": pattern "${long}" expands into a literal of 65 characters; at most 64`);
  });

  it('rejects more patterns than a rule set may hold', () => {
    const rules = Array.from({ length: 101 }, (_, i) => rule({ id: `r${i}`, patterns: Array.from({ length: 1000 }, (_, j) => `好${i}的${j}`) }));
    expect(packIssues(rules)).toEqual([`rules: 101000 patterns in all: a rule set holds at most ${MAX_PATTERNS}`]);
    expect(compileError(rules)).toBe(`INVALID_RULE: rules[]: 101000 patterns in all: a rule set holds at most ${MAX_PATTERNS}`);
  });

  it('rejects rules sharing one pattern with too many context checks between them', () => {
    const rules = Array.from({ length: 2 }, (_, i) => rule({ id: `r${i}`, patterns: ['喂'], exceptions: Array.from({ length: 200 }, (_, j) => ({ before: `不${j}` })) }));
    expect(packIssues(rules)).toEqual(['rules.1.patterns.0: rule "r1": pattern "喂" is held by rules with 402 exceptions and anchors in all: at most 256 per pattern']);
  });

  it('rejects more than three clause marks in a pattern', () => {
    expect(packIssues([rule({ patterns: ['一，二，三，四，五'] })])).toEqual(['rules.0.patterns.0: pattern 0 ("一，二，三，四，五") has clause punctuation at more than 3 places']);
  });
});

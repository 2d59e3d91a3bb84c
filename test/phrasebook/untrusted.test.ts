import { describe, expect, it } from 'vitest';
import { isHuashuError } from '../../src/errors/index.js';
import { createPhrasebook, loadPack } from '../../src/phrasebook/index.js';
import { learnedModel } from '../../src/lint-model/index.js';
import { PackValidationError, validatePack } from '../../src/schema/index.js';

const code = (run: () => unknown) => {
  try {
    run();
    return 'no error';
  } catch (error) {
    return isHuashuError(error) ? `${error.code}: ${error.message}` : `untyped ${String(error)}`;
  }
};

describe('pack limits', () => {
  it.each([
    [{ maxDepth: Number.NaN }, 'loadPack: limits.maxDepth must be a positive whole number (got NaN)'],
    [{ maxNodes: -1 }, 'loadPack: limits.maxNodes must be a positive whole number (got -1)'],
    [{ maxStringLength: Number.POSITIVE_INFINITY }, 'loadPack: limits.maxStringLength must be a positive whole number (got Infinity)'],
    [{ maxInputLength: 1.5 }, 'loadPack: limits.maxInputLength must be a positive whole number (got 1.5)'],
    [{ maxDepht: 3 }, 'loadPack: limits.maxDepht is not a limit (limits: maxDepth, maxNodes, maxStringLength, maxInputLength)'],
  ])('rejects %o instead of switching the limits off', (limits, message) => {
    expect(code(() => loadPack({ id: 'x' }, { limits: limits as never }))).toBe(`INVALID_ARGUMENT: ${message}`);
  });

  it('are checked by createPhrasebook too', () => {
    expect(code(() => createPhrasebook({ packs: [{ id: 'x' }], limits: { maxNodes: Number.NaN } }))).toBe(
      'INVALID_ARGUMENT: createPhrasebook: limits.maxNodes must be a positive whole number (got NaN)',
    );
    expect(createPhrasebook({ packs: [{ id: 'x' }], limits: { maxNodes: 10 } }).packs).toEqual(['core', 'x']);
  });
});

describe('createPhrasebook on packs that are not objects', () => {
  it.each([[null], [undefined], [42], ['acme']])('rejects %o with a typed error, not a TypeError', (pack) => {
    expect(code(() => createPhrasebook({ packs: [pack as never] }))).toMatch(/^PACK_INVALID: /);
  });
});

describe('validatePack', () => {
  it('rejects deep nesting with a typed error, as loadPack does, instead of overflowing the stack', () => {
    let deep: unknown = { say: '您好' };
    for (let i = 0; i < 5000; i++) deep = { kind: 'branch', branches: [{ when: 'x', steps: [deep] }] };
    const pack = { id: 'deep', scenarios: [{ id: 'a.b', category: 'hold', channels: ['phone'], phrases: [], steps: [deep] }] };
    expect(() => validatePack(pack)).toThrow(PackValidationError);
    expect(code(() => validatePack(pack))).toMatch(/^PACK_INVALID: .*nesting deeper than 272 levels \(limit maxDepth\)/s);
    expect(code(() => loadPack(pack))).toMatch(/^PACK_INVALID: .*nesting deeper than 272 levels/s);
  });
});

describe('createPhrasebook checks at creation what later calls would throw on', () => {
  it('a rule pattern that is only punctuation', () => {
    const pack = { id: 'p', rules: [{ id: 'no-bang', severity: 'error', patterns: ['！！'], message: { zh: '不要', en: 'No' } }] };
    expect(code(() => createPhrasebook({ packs: [pack as never] }))).toBe(
      'PACK_INVALID: Invalid phrase pack (1 problem):\n  pack "p" rules[0].patterns[0] — pattern 0 ("！！") is only punctuation or spaces, which matching ignores',
    );
  });

  it('an unknown greeting slot', () => {
    const pack = { id: 'g', greetings: { wording: { slots: { 'midnight-snack': '夜宵好' } } } };
    expect(code(() => createPhrasebook({ packs: [pack as never] }))).toMatch(/^PACK_INVALID: .*pack "g" greetings — createGreeter: unknown time-of-day slot "midnight-snack"/s);
  });
});

describe('a phrasebook’s lint', () => {
  it('disables rules before matching, and rejects unknown ids', () => {
    expect(createPhrasebook({ disable: ['no-call-back-later'] }).lint('你过两天再打来').map((f) => f.ruleId)).toEqual(['prefer-nin', 'no-come-back-later']);
    expect(createPhrasebook({ disable: ['no-wei'] }).rules().some((r) => r.id === 'no-wei')).toBe(false);
    expect(code(() => createPhrasebook({ disable: ['no-such-rule'] }))).toMatch(/^INVALID_ARGUMENT: createPhrasebook: disable names no rule: "no-such-rule" \(rules: /);
  });

  it('adds the learned model’s warnings after the rules’ findings when given one, in lint and in audit', () => {
    const text = '我们这边管不到这块。';
    expect(createPhrasebook().lint(text)).toEqual([]);
    const book = createPhrasebook({ model: learnedModel() });
    expect(book.lint(text).map((f) => [f.ruleId, f.severity, f.start, f.end])).toEqual([['model-deflection', 'warning', 0, 10]]);
    const check = { id: 'likely-banned', title: { zh: '疑似禁语', en: 'Likely banned' }, expect: { lint: { minSeverity: 'warning' as const } } };
    const call = [{ role: '客服', text: '您好。' }, { role: '客服', text }];
    const verdicts = (b: typeof book) => b.audit(call, { core: false, sections: [{ checks: [check] }] }).checks.map((c) => [c.id, c.verdict]);
    expect(verdicts(createPhrasebook())).toEqual([['likely-banned', 'pass']]);
    expect(verdicts(book)).toEqual([['likely-banned', 'fail']]);
  });

  it('counts common role names as the agent or the customer, in turns and in roles', () => {
    const book = createPhrasebook();
    const turns = ['Agent', ' 客服 ', '坐席', 'seller', '客服人员', 'AGENT', 'Customer', '客户'].map((role) => ({ role, text: '喂' }));
    expect(book.lint(turns).map((f) => f.turn)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(book.lint(turns, { roles: ['顾客'] }).map((f) => f.turn)).toEqual([6, 7]);
  });
});

import { describe, expect, it } from 'vitest';
import { createPhrasebook, definePack, loadPack, MissingTranslationError, PackValidationError } from '../../src/index.js';
import type { PackInput } from '../../src/schema/index.js';
import { acmePack } from './fixtures.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function issuesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof PackValidationError) return error.issues.map((i) => `${i.pack ?? ''} ${i.path.join('.')} — ${i.message}`);
    throw error;
  }
  throw new Error('expected a PackValidationError');
}

describe('createPhrasebook', () => {
  it('starts from the core pack and adds a pack’s scenarios, typed by definePack', () => {
    const book = createPhrasebook({ packs: [definePack(acmePack() as never)] });
    expect(book.packs).toEqual(['core', 'acme']);
    expect(book.getScenario('hold.explain').id).toBe('hold.explain');
    expect(book.scenarios({ category: 'bank' }).map((s) => s.id)).toEqual(['bank.card-lost']);
  });

  it('binds pack defaults below the phrasebook’s vars and the call’s own', () => {
    const book = createPhrasebook({ packs: [acmePack()] });
    expect(book.say('bank.card-lost' as never)).toBe('您好,这里是阿克米银行,我马上为您办理挂失,请您稍等。');
    expect(createPhrasebook({ packs: [acmePack()], vars: { brand: '阿克米' } }).say('bank.card-lost' as never)).toBe('您好,这里是阿克米,我马上为您办理挂失,请您稍等。');
    expect(book.say('bank.card-lost' as never, { brand: 'ACME', customer: '李先生' })).toBe('李先生,这里是ACME,我马上为您办理挂失,请您稍等。');
  });

  it('patches a core scenario: a new phrase is appended with the scenario’s channels', () => {
    const book = createPhrasebook({ packs: [acmePack()] });
    const hold = book.getScenario('hold.explain');
    expect(hold.phrases.map((p) => p.id)).toEqual(['default', 'ask-minutes', 'bank']);
    expect(hold.phrases[1]?.channels).toEqual(hold.channels);
    expect(hold.sources.at(-1)).toBe('https://example.com/acme-style-guide');
    expect(book.say('hold.explain', {}, { phrase: 'bank' })).toBe('请您稍候,我正在为您核实账户信息。');
  });

  it('replaces a scenario whole when a later pack defines the same id', () => {
    const base = acmePack();
    const override: PackInput = { id: 'acme-2', scenarios: [{ ...base.scenarios![0]!, phrases: [{ id: 'default', text: '已为您挂失。', gloss: 'Card blocked.' }], steps: [] }] };
    const book = createPhrasebook({ packs: [base, override] });
    expect(book.getScenario('bank.card-lost' as never).phrases.map((p) => p.text)).toEqual(['已为您挂失。']);
  });

  it('removes scenarios, phrases and standards of earlier packs', () => {
    const book = createPhrasebook({ packs: [acmePack(), { id: 'trim', remove: { phrases: ['hold.explain#bank'], scenarios: ['bank.card-lost'], standards: ['answer-within-rings'] } }] });
    expect(book.getScenario('hold.explain').phrases.map((p) => p.id)).toEqual(['default', 'ask-minutes']);
    expect(() => book.getScenario('bank.card-lost' as never)).toThrow(/Unknown scenario id "bank\.card-lost"/);
    expect(book.standards().some((s) => s.id === 'answer-within-rings')).toBe(false);
  });

  it('never modifies the packs it is given', () => {
    const pack = deepFreeze(acmePack());
    const copy = JSON.parse(JSON.stringify(pack)) as unknown;
    createPhrasebook({ packs: [pack] });
    expect(pack).toEqual(copy);
  });

  it('uses a pack’s zh-TW variants, and refuses a locale it has no text for', () => {
    const book = createPhrasebook({ packs: [acmePack()] });
    expect(book.say('bank.card-lost' as never, {}, { locale: 'zh-TW' })).toBe('您好,這裡是阿克米银行,我馬上為您辦理掛失,請您稍等。');
    expect(() => book.say('bank.card-lost' as never, {}, { locale: 'zh-HK' })).toThrow(MissingTranslationError);
    expect(() => book.say('hold.explain', {}, { phrase: 'bank', locale: 'zh-TW' })).toThrow(/has no zh-TW text/);
  });

  it('derives traditional text with an injected converter', () => {
    const convert = (text: string, locale: 'zh-TW' | 'zh-HK') => `[${locale}]${text}`;
    const book = createPhrasebook({ packs: [acmePack()], convert, locales: ['zh-HK'] });
    expect(book.say('hold.explain', {}, { phrase: 'bank', locale: 'zh-HK' })).toBe('[zh-HK]请您稍候,我正在为您核实账户信息。');
  });

  it('asks for every missing translation up front when locales are declared', () => {
    expect(issuesOf(() => createPhrasebook({ packs: [acmePack()], locales: ['zh-HK'] }))).toEqual([
      'acme scenarios.0.phrases.0.variants.zh-HK — no zh-HK text: add variants.zh-HK or pass convert to createPhrasebook',
      'acme patches.0.phrases.0.variants.zh-HK — no zh-HK text: add variants.zh-HK or pass convert to createPhrasebook',
    ]);
  });
});

describe('pack validation', () => {
  it('rejects dangling references, unknown bases and duplicate pack ids with their paths', () => {
    const pack = acmePack();
    pack.scenarios![0]!.related = ['hold.nowhere'];
    pack.extends = ['core', 'bank-base'];
    expect(issuesOf(() => createPhrasebook({ packs: [pack, { id: 'acme' }] }))).toEqual([
      'acme extends — extends "bank-base", which is neither built in (core, bank, courier, ecommerce, government, grocery, hospital, property, telecom, web-portal) nor among the packs before it',
      'acme id — pack id "acme" is used twice',
    ]);
    pack.extends = ['core'];
    expect(issuesOf(() => createPhrasebook({ packs: [pack] }))).toEqual(['acme scenarios.bank.card-lost.related.0 — related scenario "hold.nowhere" does not exist in the merged packs']);
  });

  it("rejects a lint rule whose suggestion names no scenario or phrase of the merged packs", () => {
    const rule = { id: 'no-competitor', severity: 'warning' as const, patterns: ['友商'], message: { zh: '不提友商', en: 'Do not name competitors' } };
    const pack = { id: 'acme', rules: [{ ...rule, suggestions: ['hold.explain', 'hold.explain#nope', 'no.such'] }] };
    expect(issuesOf(() => createPhrasebook({ packs: [pack] }))).toEqual([
      'acme rules.no-competitor.suggestions.1 — suggestion "hold.explain#nope" is not a scenario or phrase of this pack or the packs before it',
      'acme rules.no-competitor.suggestions.2 — suggestion "no.such" is not a scenario or phrase of this pack or the packs before it',
    ]);
    expect(createPhrasebook({ packs: [{ id: 'acme', rules: [{ ...rule, suggestions: ['hold.explain#default'] }] }] }).lint('友商更便宜')[0]?.suggestions).toEqual([{ scenario: 'hold.explain', phrase: 'default', needs: [], text: '很抱歉，先生/女士，我帮您查询一下，请您稍等片刻，谢谢！' }]);
  });

  it('rejects patches and removals of things no earlier pack defines', () => {
    expect(issuesOf(() => createPhrasebook({ packs: [{ id: 'x', patches: [{ id: 'hold.nowhere' }], remove: { scenarios: ['no.such'] } }] }))).toEqual([
      'x patches.0.id — patch of scenario "hold.nowhere", which no earlier pack defines',
      'x remove.scenarios.0 — cannot remove scenario "no.such": no earlier pack defines it',
    ]);
  });

  it('reports wrong types with the path of each', () => {
    expect(issuesOf(() => loadPack({ id: 'Bad Id', defaults: { brand: 3 }, scenarios: [{ id: 'x' }] }))).toEqual(
      expect.arrayContaining([
        'Bad Id id — must be kebab-case (a-z, 0-9 and single hyphens)',
        'Bad Id defaults.brand — Invalid input: expected string, received number',
        'Bad Id scenarios.0.id — must be "category.situation", both kebab-case, e.g. "hold.explain"',
      ]),
    );
  });

  it('rejects prototype keys anywhere in untrusted JSON', () => {
    const json = '{"id":"evil","defaults":{"__proto__":{"polluted":"yes"}},"scenarios":[{"constructor":{}}]}';
    expect(issuesOf(() => loadPack(json))).toEqual([
      'evil defaults.__proto__ — the key "__proto__" is not allowed (it could change object prototypes)',
      'evil scenarios.0.constructor — the key "constructor" is not allowed (it could change object prototypes)',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('rejects inputs beyond the size limits before validating them', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 300; i++) deep = [deep];
    expect(issuesOf(() => loadPack({ id: 'deep', scenarios: deep }))[0]).toMatch(/nesting deeper than 272 levels \(limit maxDepth\)/);
    expect(issuesOf(() => loadPack({ id: 'long', defaults: { brand: '长'.repeat(5000) } }))).toEqual([
      'long defaults.brand — string of 5000 characters exceeds the limit of 4000 (maxStringLength)',
    ]);
    expect(issuesOf(() => loadPack(' '.repeat(100), { limits: { maxInputLength: 10 } }))[0]).toMatch(/over the limit of 10 \(maxInputLength\)/);
    expect(issuesOf(() => loadPack({ id: 'wide', scenarios: Array.from({ length: 20 }, () => ({})) }, { limits: { maxNodes: 10 } }))[0]).toMatch(/more than 10 values/);
  });

  it('reports malformed JSON with its line and column', () => {
    try {
      loadPack('{\n  "id": "x",\n  oops\n}', { file: 'acme.json' });
      expect.unreachable();
    } catch (error) {
      const issue = (error as PackValidationError).issues[0];
      expect(issue).toMatchObject({ file: 'acme.json', line: 3, column: 3 });
      expect(issue?.message).toMatch(/^not valid JSON: /);
    }
  });
});

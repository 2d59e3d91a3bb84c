import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { corePack } from '../../src/generated/catalogue.js';
import { coreRules } from '../../src/generated/rules.js';
import { createLinter, lint, type Finding } from '../../src/lint/index.js';
import { createPhrasebook } from '../../src/phrasebook/index.js';
import { isHuashuError } from '../../src/errors/index.js';
import { BANNED, DISCOURAGED, POLITE } from './fixtures.js';

const toTW = OpenCC.Converter({ from: 'cn', to: 'twp' });
const toHK = OpenCC.Converter({ from: 'cn', to: 'hk' });
const between = (text: string, sep: string) => [...text].join(sep);
const halfWidth = (text: string) => text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/。/g, '.');

/** The forms an agent (or an evasive one) might type. */
const VARIANTS: ReadonlyArray<[string, (s: string) => string]> = [
  ['as written', (s) => s],
  ['Taiwan script', toTW],
  ['Hong Kong script', toHK],
  ['half-width punctuation', halfWidth],
  ['ideographic spaces inserted', (s) => between(s, '\u3000')],
  ['spaces inserted', (s) => between(s, ' ')],
  ['zero-width spaces inserted', (s) => between(s, '\u200b')],
  ['zero-width joiners and soft hyphens', (s) => between(s, '\u200d\u00ad')],
  // Punctuation that does not end a clause: clause punctuation (。，.!) ends every match.
  ['punctuation inserted', (s) => between(s, '-')],
  ['symbols inserted', (s) => between(s, '*~·')],
  ['combining marks and emoji inserted', (s) => between(s, '\u0301😀')],
  ['traditional with zero-width and spaces', (s) => between(toTW(s), ' \u200b')],
];

const errors = (findings: readonly Finding[]) => [...new Set(findings.filter((f) => f.severity === 'error').map((f) => f.ruleId))].sort();

function expectExactOffsets(text: string, findings: readonly Finding[]) {
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end)).toBe(f.text);
  }
}

describe('lint: every banned phrase of the sources', () => {
  for (const [variant, transform] of VARIANTS) {
    describe(variant, () => {
      it.each(BANNED)('$source $text', ({ text, rules }) => {
        const input = transform(text);
        const findings = lint(input);
        expectExactOffsets(input, findings);
        expect(errors(findings)).toEqual([...rules].sort());
        // The flagged text starts and ends on a real character, never on the noise around it.
        for (const f of findings) {
          expect(f.text.trim()).toBe(f.text);
          expect(f.text.startsWith('\u200b')).toBe(false);
        }
      });
    });
  }

  it('explains itself and suggests what to say instead', () => {
    const [finding] = lint('这不是我们的事！');
    expect(finding).toEqual({
      ruleId: 'no-not-our-business',
      severity: 'error',
      start: 0,
      end: 7,
      text: '这不是我们的事',
      message: '推卸责任，是处理投诉的禁言。',
      suggestions: [{ scenario: 'complaint.receive', needs: [], text: '很抱歉，给您添麻烦了！请问怎么称呼您？' }],
    });
    expect(lint('这不是我们的事', { language: 'en' })[0]?.message).toBe('Shifts responsibility away; a banned complaint phrase.');
  });

  it('reports the original offsets across noise, script and width', () => {
    const text = 'ＯＫ，這\u200b不 是我們的　事！';
    const [f] = lint(text);
    expect(f).toMatchObject({ ruleId: 'no-not-our-business', start: 3, end: 13, text: '這\u200b不 是我們的　事' });
  });

  it('flags the discouraged as warnings, not errors', () => {
    for (const { text, rules } of DISCOURAGED) {
      const findings = lint(text);
      expect(errors(findings)).toEqual([]);
      expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining([...rules]));
      expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    }
  });
});

describe('lint: polite text is not an error', () => {
  it.each(POLITE)('%s', (text) => {
    for (const [, transform] of VARIANTS.slice(0, 4)) expect(errors(lint(transform(text)))).toEqual([]);
  });

  it('passes every phrase of the built-in catalogue, in every locale', () => {
    for (const scenario of corePack.scenarios) {
      for (const phrase of scenario.phrases) {
        for (const text of Object.values(phrase.texts)) expect({ ref: `${scenario.id}#${phrase.id}`, errors: errors(lint(text)) }).toEqual({ ref: `${scenario.id}#${phrase.id}`, errors: [] });
      }
    }
  });
});

describe('lint: rule language', () => {
  const rule = (extra: object) => ({ id: 'r', severity: 'error' as const, patterns: ['好的'], message: { zh: '中', en: 'en' }, ...extra });

  it('anchors: start, end, either and whole clause', () => {
    const at = (anchor: 'start' | 'end' | 'either' | 'whole', text: string) => createLinter({ rules: [rule({ anchor })] }).lint(text).length;
    expect([at('start', '好的，谢谢'), at('start', '是好的'), at('start', '谢谢。 好的呀')]).toEqual([1, 0, 1]);
    expect([at('end', '那就好的'), at('end', '好的呀'), at('end', '好的\u200b！')]).toEqual([1, 0, 1]);
    expect([at('either', '那好的呀'), at('either', '好的呀')]).toEqual([0, 1]);
    expect([at('whole', '好的'), at('whole', '好的呀'), at('whole', '嗯，好的。')]).toEqual([1, 0, 1]);
  });

  it('exceptions: before, after, both; never across clause punctuation or spaces', () => {
    const linter = createLinter({ rules: [rule({ exceptions: [{ before: '不' }, { after: '吗' }, { before: '真', after: '呀' }] })] });
    expect(linter.lint('不好的')).toEqual([]);
    expect(linter.lint('不\u200b好的')).toEqual([]);
    // A space ends a clause in chat, like a comma.
    expect(linter.lint('不 好的')).toHaveLength(1);
    expect(linter.lint('不，好的')).toHaveLength(1);
    expect(linter.lint('好的吗')).toEqual([]);
    expect(linter.lint('真好的呀')).toEqual([]);
    expect(linter.lint('真好的')).toHaveLength(1);
  });

  it('matches letters regardless of case and width', () => {
    const linter = createLinter({ rules: [rule({ patterns: ['SKU'] })] });
    expect(linter.lint('sku Ｓｋｕ S K U').map((f) => f.text)).toEqual(['sku', 'Ｓｋｕ', 'S K U']);
  });

  it('drops a finding inside a longer one at least as severe', () => {
    expect(lint('不可能的吧').map((f) => f.ruleId)).toEqual(['no-impossible']);
    expect(lint('你看不懂中文吗').map((f) => f.ruleId)).toEqual(['no-cant-you-read']);
  });

  it('keeps the longer A…B finding when an earlier rule holds its B as a plain pattern', () => {
    const plain = rule({ id: 'plain', patterns: ['管'] });
    const near = rule({ id: 'near', patterns: ['不归…管'] });
    const found = (rules: object[], text: string) => createLinter({ rules: rules as never }).lint(text).map((f) => [f.ruleId, f.text]);
    // Either order gives what each rule alone would, through the overlap filter.
    expect(found([plain, near], '不归我管')).toEqual([['near', '不归我管']]);
    expect(found([near, plain], '不归我管')).toEqual([['near', '不归我管']]);
    // A less severe longer finding does not drop the error inside it: both stand.
    expect(found([plain, { ...near, severity: 'warning' }], '不归我管')).toEqual([['near', '不归我管'], ['plain', '管']]);
    expect(found([plain, near], '我管')).toEqual([['plain', '管']]);
  });

  it('extends, replaces and disables rules by id', () => {
    const linter = createLinter({ extend: [rule({ id: 'no-wei', severity: 'info' })], disable: ['prefer-nin'] });
    expect(linter.rules.length).toBe(coreRules.length - 1);
    expect(linter.lint('喂，你好的').map((f) => [f.ruleId, f.severity])).toEqual([['no-wei', 'info']]);
    expect(linter.lint('好的', { minSeverity: 'warning' })).toEqual([]);
  });

  it('rejects a pattern that folds to nothing', () => {
    expect.assertions(2);
    try {
      createLinter({ rules: [rule({ patterns: ['，。 '] })] }).lint('x');
    } catch (error) {
      expect(isHuashuError(error) && error.code).toBe('INVALID_RULE');
      expect((error as Error).message).toContain('only punctuation or spaces');
    }
  });
});

describe('lint: transcripts', () => {
  const transcript = [
    { role: 'customer', text: '喂，你们这不是我们的事吗？' },
    { role: 'agent', text: '您好，请问有什么可以帮助您？' },
    { role: 'agent', text: '这不是我们的事。' },
  ];
  it('lints only the agent turns by default, with the turn index', () => {
    expect(lint(transcript).map((f) => [f.turn, f.ruleId, f.start])).toEqual([[2, 'no-not-our-business', 0]]);
  });
  it('lints the roles asked for', () => {
    expect(lint(transcript, { roles: ['customer'] }).map((f) => f.turn)).toEqual([0, 0]);
  });
  it('rejects turns without text', () => {
    expect(() => lint([{ role: 'agent' }] as never)).toThrow(/turn 0 has no text/);
  });
});

describe('phrasebook.lint', () => {
  it('uses the core rules and the rules of the packs', () => {
    const book = createPhrasebook({
      packs: [
        {
          id: 'acme',
          rules: [{ id: 'no-competitor', severity: 'warning', patterns: ['友商'], message: { zh: '不提友商', en: 'Do not name competitors' }, suggestions: ['hold.explain'] }],
        },
      ],
    });
    expect(book.lint('友商更便宜？这不是我们的事').map((f) => f.ruleId)).toEqual(['no-competitor', 'no-not-our-business']);
  });
});

describe('lint: properties', () => {
  it('never throws and always gives offsets that slice to the flagged text', { timeout: 60_000 }, () => {
    const noisy = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(fc.constantFrom('喂', '不', '知', '道', '这', '是', '我', '们', '的', '事', '\u200b', ' ', '，', '😀', '\ud800', '\udc00', '\u0301', '您', '錯', '了'), { maxLength: 40 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(noisy, (text) => {
        const findings = lint(text);
        expectExactOffsets(text, findings);
        for (let i = 1; i < findings.length; i++) expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.start);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a banned phrase wherever it is embedded', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 10 }), fc.constantFrom(...BANNED), (prefix, { text, rules }) => {
        const input = `${prefix}。${text}`;
        const ids = lint(input).map((f) => f.ruleId);
        for (const r of rules) expect(ids).toContain(r);
      }),
      { numRuns: 300 },
    );
  });
});

describe('lint: finding texts', () => {
  it('are the original text of each span, whatever was found before (texts of recent findings are reused)', () => {
    const linter = createLinter({
      rules: [
        { id: 'sku', severity: 'info', patterns: ['SKU'], message: { zh: '术语', en: 'Jargon' } },
        { id: 'wei', severity: 'error', patterns: ['喂'], message: { zh: '喂', en: 'Hey' } },
      ],
    });
    // The same phrase in many written forms, each several times, and 600 distinct spans in
    // between (more than the reused texts held): each finding keeps its own text.
    const forms = ['SKU', 'sku', 'ＳＫＵ', 'Sku', 'S K U', 'S-K-U', '喂', '餵'];
    const parts: string[] = [];
    for (let i = 0; i < 600; i++) parts.push(forms[i % forms.length]!, `${'甲乙丙丁戊己庚辛'.charAt(i % 8)}SK${'\u200b'.repeat(i % 5)}U。`);
    const input = parts.join('');
    const found = linter.lint(input);
    expectExactOffsets(input, found);
    expect(found.length).toBe(1200);
    expect(found.slice(0, 9).map((f) => f.text)).toEqual(['SKU', 'SKU', 'sku', 'SK\u200bU', 'ＳＫＵ', 'SK\u200b\u200bU', 'Sku', 'SK\u200b\u200b\u200bU', 'S K U']);
    expect(new Set(found.map((f) => f.text))).toEqual(new Set([...forms, 'SKU', 'SK\u200bU', 'SK\u200b\u200bU', 'SK\u200b\u200b\u200bU', 'SK\u200b\u200b\u200b\u200bU']));
  });
});

describe('lint: rule scopes by place and profile', () => {
  it('a rule scoped by turn, role or profile applies by where each text is, whatever was linted before', () => {
    const linter = createLinter({
      rules: [
        { id: 'first-only', severity: 'warning', patterns: ['喂'], turn: 'first', message: { zh: '开头', en: 'First' } },
        { id: 'last-only', severity: 'warning', patterns: ['再见'], turn: 'last', message: { zh: '结尾', en: 'Last' } },
        { id: 'bot-only', severity: 'info', patterns: ['亲'], roles: ['bot'], message: { zh: '机器人', en: 'Bot' } },
        { id: 'strict-only', severity: 'info', patterns: ['哦'], profile: 'strict', message: { zh: '严格', en: 'Strict' } },
      ],
    });
    const turns = [
      { role: 'agent', text: '喂，亲，再见哦' },
      { role: 'bot', text: '喂，亲，再见哦' },
      { role: 'agent', text: '喂，亲，再见哦' },
    ];
    const ids = (found: readonly Finding[]) => found.map((f) => `${f.turn ?? '-'}:${f.ruleId}`);
    // Each call twice, in an order that visits every place after another one.
    for (let round = 0; round < 2; round++) {
      expect(ids(linter.lint('喂，亲，再见哦'))).toEqual(['-:first-only', '-:bot-only', '-:last-only']);
      expect(ids(linter.lint(turns, { roles: ['agent', 'bot'] }))).toEqual(['0:first-only', '1:bot-only', '2:last-only']);
      expect(ids(linter.lint(turns))).toEqual(['0:first-only', '2:last-only']);
      expect(ids(linter.lint(turns, { roles: ['bot'] }))).toEqual(['1:first-only', '1:bot-only', '1:last-only']);
      expect(ids(linter.lint('喂，亲，再见哦', { profile: 'strict' }))).toEqual(['-:first-only', '-:bot-only', '-:last-only', '-:strict-only']);
      expect(ids(linter.lint(turns, { roles: ['bot'], profile: 'strict' }))).toEqual(['1:first-only', '1:bot-only', '1:last-only', '1:strict-only']);
    }
  });

  it('scopes stay right past the roles whose scopes a linter keeps (then read per match)', () => {
    const linter = createLinter({
      rules: [
        { id: 'bot-only', severity: 'info', patterns: ['亲'], roles: ['bot'], message: { zh: '机器人', en: 'Bot' } },
        { id: 'last-only', severity: 'warning', patterns: ['再见'], turn: 'last', message: { zh: '结尾', en: 'Last' } },
      ],
    });
    const roles = [...Array.from({ length: 20 }, (_, i) => `r${i}`), 'bot'];
    const turns = roles.map((role) => ({ role, text: '亲，再见' }));
    const found = linter.lint(turns, { roles }).map((f) => `${f.turn}:${f.ruleId}`);
    expect(found).toEqual(['20:bot-only', '20:last-only']);
    expect(linter.lint(turns.slice(0, 3), { roles }).map((f) => `${f.turn}:${f.ruleId}`)).toEqual(['2:last-only']);
  });
});

/** The rule language (audit sections in packs), composition, scoring and pack validation. */
import { describe, expect, it } from 'vitest';
import { createAuditor, type AuditSectionInput, type Transcript } from '../../src/audit/index.js';
import { auditSectionSchema } from '../../src/schema/audit.js';
import { createPhrasebook, isHuashuError } from '../../src/index.js';
import { cli } from '../cli/run.js';

/** An auditor with only the given checks (no built-in ones). */
function only(section: AuditSectionInput) {
  return createAuditor({ core: false, sections: [auditSectionSchema.parse(section)] });
}
const title = { zh: '测试', en: 'Test' };
const turns = (...lines: Array<[string, string, number?, number?]>): Transcript => ({
  turns: lines.map(([role, text, start, end]) => ({ role, text, ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) })),
});
const verdict = (section: AuditSectionInput, t: Transcript) => only(section).audit(t).checks.map((c) => c.verdict);

describe('phrase operators', () => {
  const call = turns(['客服', '您好，请问有什么可以帮您？'], ['客户', '我要退货。'], ['客服', '好的，请稍等。'], ['客服', '再见。']);
  it.each([
    ['any in the first agent turn', { phrases: { any: ['您好', '早上好'], turns: { first: 1 } } }, 'pass'],
    ['any in the first agent turn, missing', { phrases: { any: ['请稍等'], turns: { first: 1 } } }, 'fail'],
    ['all anywhere', { phrases: { all: ['您好', '请稍等'] } }, 'pass'],
    ['all, one missing', { phrases: { all: ['您好', '感谢您'] } }, 'fail'],
    ['none', { phrases: { none: ['不知道'] } }, 'pass'],
    ['none, said', { phrases: { none: ['稍等'] } }, 'fail'],
    ['customer role', { phrases: { any: ['退货'], role: 'customer' } }, 'pass'],
    ['agent role does not see the customer', { phrases: { any: ['退货'] } }, 'fail'],
    ['last turn', { phrases: { any: ['再见'], turns: { last: 1 } } }, 'pass'],
    ['a phrase set', { phrases: { any: ['@bye'], turns: { last: 1 } } }, 'pass'],
    ['folding: traditional pattern and width', { phrases: { any: ['請稍等'] } }, 'pass'],
  ] as const)('%s', (_name, expect_, v) => {
    expect(verdict({ phrases: { bye: ['再见', '拜拜'] }, checks: [{ id: 'x', title, expect: expect_ }] }, call)).toEqual([v]);
  });
  it('a {variable} phrase without a value is n/a, with it the value is matched', () => {
    const section = auditSectionSchema.parse({ checks: [{ id: 'brand', title, expect: { phrases: { any: ['{brand}客服'] } } }] });
    const t = turns(['客服', '您好，阳光客服为您服务']);
    expect(createAuditor({ core: false, sections: [section] }).audit(t).checks[0]).toMatchObject({ verdict: 'n/a', reason: '未设置变量 brand' });
    expect(createAuditor({ core: false, sections: [section], vars: { brand: '阳光' } }).audit(t).checks[0]!.verdict).toBe('pass');
  });
  it('a window in seconds needs timing', () => {
    const check = { id: 'x', title, expect: { phrases: { any: ['您好'], seconds: { first: 10 } } } };
    expect(verdict({ checks: [check] }, turns(['客服', '您好']))).toEqual(['n/a']);
    expect(verdict({ checks: [check] }, turns(['客户', '在吗', 0], ['客服', '您好', 8]))).toEqual(['pass']);
    expect(verdict({ checks: [check] }, turns(['客户', '在吗', 0], ['客服', '在的', 8], ['客服', '您好', 12]))).toEqual(['fail']);
  });
  it('lists whose phrases contain one another each see all their matches', () => {
    const section = { checks: [{ id: 'a', title, expect: { phrases: { any: ['请稍等'] } } }, { id: 'b', title, expect: { phrases: { any: ['稍等'] } } }] };
    expect(verdict(section, turns(['客服', '请稍等']))).toEqual(['pass', 'pass']);
  });
});

describe('order, counts and composition', () => {
  const call = turns(['客服', '您好'], ['客户', '我要投诉'], ['客服', '非常抱歉'], ['客服', '我已经记录下来了'], ['客户', '好'], ['客服', '再见']);
  it.each([
    ['A before B', { order: { first: { phrases: ['抱歉'] }, then: { phrases: ['记录'] } } }, 'pass'],
    ['B before A', { order: { first: { phrases: ['记录'] }, then: { phrases: ['抱歉'] } } }, 'fail'],
    ['no B: n/a', { order: { first: { phrases: ['抱歉'] }, then: { phrases: ['补偿'] } } }, 'n/a'],
    ['B within 1 turn after A', { order: { first: { phrases: ['抱歉'] }, then: { phrases: ['记录'] }, within: 1 } }, 'pass'],
    ['B within 1 turn after A, too late', { order: { first: { phrases: ['您好'] }, then: { phrases: ['抱歉'], role: 'agent' }, within: 1 } }, 'fail'],
    ['customer then agent', { order: { first: { phrases: ['投诉'], role: 'customer' }, then: { phrases: ['抱歉'] }, within: 1 } }, 'pass'],
    ['count agent turns', { count: { min: 4, max: 4 } }, 'pass'],
    ['count phrases over max', { count: { phrases: ['您', '抱歉'], max: 1 } }, 'fail'],
    ['all', { all: [{ phrases: { any: ['您好'] } }, { phrases: { any: ['再见'] } }] }, 'pass'],
    ['any', { any: [{ phrases: { any: ['没有'] } }, { phrases: { any: ['再见'] } }] }, 'pass'],
    ['not', { not: { phrases: { any: ['再见'] } } }, 'fail'],
    ['all with an n/a part is n/a, not pass', { all: [{ phrases: { any: ['您好'] } }, { duration: { max: 60 } }] }, 'n/a'],
    ['all with a failing part fails even when another is n/a', { all: [{ phrases: { any: ['拜拜'] } }, { duration: { max: 60 } }] }, 'fail'],
    ['lint over the customer’s turns', { lint: { role: 'customer', minSeverity: 'info' } }, 'pass'],
  ] as const)('%s', (_name, condition, v) => {
    expect(verdict({ checks: [{ id: 'x', title, expect: condition }] }, call)).toEqual([v]);
  });
  it('`when` makes a check n/a when it does not hold, and `channels` when the channel differs', () => {
    const checks = [
      { id: 'complaint', title, when: { phrases: { any: ['投诉'], role: 'customer' as const } }, expect: { phrases: { any: ['抱歉'] } } },
      { id: 'refund', title, when: { phrases: { any: ['退款'], role: 'customer' as const } }, expect: { phrases: { any: ['抱歉'] } } },
      { id: 'phone-only', title, channels: ['phone' as const], expect: { phrases: { any: ['您好'] } } },
    ];
    expect(verdict({ checks }, { ...call, channel: 'chat' })).toEqual(['pass', 'n/a', 'n/a']);
    expect(verdict({ checks }, { ...call, channel: 'phone' })).toEqual(['pass', 'n/a', 'pass']);
  });
  it('refuses nesting deeper than 16 and unknown references, naming the check', () => {
    let deep: object = { phrases: { any: ['a'] } };
    for (let i = 0; i < 18; i++) deep = { not: deep };
    const errors = [
      { checks: [{ id: 'deep', title, expect: deep }] },
      { checks: [{ id: 'set', title, expect: { phrases: { any: ['@nope'] } } }] },
      { checks: [{ id: 'std', title, expect: { responseTime: { which: 'first', standard: 'no-such-standard' } } }] },
      { checks: [{ id: 'unit', title, expect: { rate: { standard: 'chat-first-reply' } } }] },
      { checks: [{ id: 'proc', title, expect: { procedure: { scenario: 'no.such', stages: ['@a', '@b'] } } }], phrases: { a: ['x'], b: ['y'] } },
      { checks: [{ id: 'proc2', title, expect: { procedure: { scenario: 'workflow.complaint', stages: ['@a', '@b'] } } }], phrases: { a: ['抱歉'], b: ['不存在的词'] } },
    ];
    const messages = errors.map((section) => {
      try {
        only(section as AuditSectionInput);
        return 'no error';
      } catch (error) {
        return isHuashuError(error) ? `${error.code}: ${error.message}` : String(error);
      }
    });
    expect(messages).toEqual([
      'INVALID_RULE: check "deep": audit: conditions nest more than 16 deep',
      'INVALID_RULE: check "set": audit: phrase set "@nope" is not defined (define it under audit.phrases)',
      expect.stringMatching(/^INVALID_RULE: check "std": audit: standard "no-such-standard" is not defined \(standards: answer-within-rings, answer-within-seconds, chat-first-reply, .*\)$/),
      'INVALID_RULE: check "unit": audit: standard "chat-first-reply" is in seconds, which this condition cannot use (it needs chars-per-minute)',
      'INVALID_RULE: check "proc": audit: procedure scenario "no.such" is not in the catalogue',
      'INVALID_RULE: check "proc2": audit: the steps of "workflow.complaint" reach only 抱歉 of the stages 抱歉, 不存在的词; an order needs two',
    ]);
  });
});

describe('procedures derived from scenario steps', () => {
  it('follows the steps: reordering them in a pack reorders the audit', () => {
    const stages = { apology: ['抱歉'], record: ['记录'] };
    const scenario = (steps: Array<{ kind: 'say'; text: string }>) => ({
      id: 'acme',
      scenarios: [{ id: 'complaint.acme', category: 'complaint', title, when: title, channels: ['phone' as const], phrases: [{ id: 'default', text: '您好', gloss: 'Hello', tone: 'neutral' as const }], steps, sources: ['003:61'] }],
      audit: { phrases: stages, checks: [{ id: 'order', title, expect: { procedure: { scenario: 'complaint.acme', stages: ['@apology', '@record'] } } }] },
    });
    const call = turns(['客服', '非常抱歉'], ['客服', '我记录一下']);
    const apologyFirst = createPhrasebook({ core: false, packs: [scenario([{ kind: 'say', text: '很抱歉' }, { kind: 'say', text: '我记录一下' }])] });
    const recordFirst = createPhrasebook({ core: false, packs: [scenario([{ kind: 'say', text: '我记录一下' }, { kind: 'say', text: '很抱歉' }])] });
    expect(apologyFirst.audit(call).checks.map((c) => c.verdict)).toEqual(['pass']);
    expect(recordFirst.audit(call).checks.map((c) => [c.verdict, c.reason])).toEqual([['fail', '「抱歉」出现在「记录」之前']]);
  });
  it('reads numbered groups and branches in order', () => {
    const pack = {
      id: 'acme',
      scenarios: [
        {
          id: 'complaint.acme',
          category: 'complaint',
          title,
          when: title,
          channels: ['phone' as const],
          phrases: [{ id: 'default', text: '您好', gloss: 'Hello', tone: 'neutral' as const }],
          steps: [
            { kind: 'group' as const, label: '第一步', steps: [{ kind: 'say' as const, text: '很抱歉' }] },
            { kind: 'branch' as const, branches: [{ when: { flag: 'cannot-resolve' as const }, steps: [{ kind: 'group' as const, steps: [{ kind: 'say' as const, text: '我记录一下' }] }] }] },
          ],
          sources: ['003:61'],
        },
      ],
      audit: { phrases: { apology: ['抱歉'], record: ['记录'] }, checks: [{ id: 'order', title, expect: { procedure: { scenario: 'complaint.acme', stages: ['@record', '@apology'] } } }] },
    };
    const book = createPhrasebook({ core: false, packs: [pack] });
    expect(book.audit(turns(['客服', '我记录一下'], ['客服', '非常抱歉'])).checks.map((c) => [c.verdict, c.reason])).toEqual([['fail', '「记录」出现在「抱歉」之前']]);
  });
});

describe('scoring', () => {
  const call = turns(['客服', '您好'], ['客服', '喂']);
  const check = (id: string, phrase: string, extra: object = {}) => ({ id, title, expect: { phrases: { any: [phrase] } }, ...extra });
  it('weights: the weighted share of decided checks that passed', () => {
    const card = only({ checks: [check('a', '您好', { weight: 3 }), check('b', '再见', { weight: 1 }), check('c', '{nothing}')] }).audit(call);
    expect([card.score, card.passed, card.passMark]).toEqual([75, false, 80]);
  });
  it('deductions per check and per occurrence, capped', () => {
    const section = {
      passMark: 60,
      checks: [
        check('a', '您好'),
        { id: 'b', title, expect: { phrases: { none: ['喂', '您'] } }, deduct: 15, per: 'occurrence' as const, maxDeduct: 25 },
        { id: 'c', title, expect: { phrases: { any: ['再见'] } }, deduct: 5 },
      ],
    };
    const card = only(section).audit(call);
    expect(card.checks.map((c) => [c.id, c.verdict, c.deducted, c.weight])).toEqual([
      ['a', 'pass', 0, 1],
      ['b', 'fail', 25, 0],
      ['c', 'fail', 5, 0],
    ]);
    expect([card.score, card.passed]).toEqual([70, true]);
  });
  it('a critical failure (一票否决) fails the call with score 0', () => {
    const card = only({ checks: [check('a', '您好', { weight: 10 }), { id: 'no-wei', title, critical: true, expect: { phrases: { none: ['喂'] } } }] }).audit(call);
    expect([card.score, card.passed]).toEqual([0, false]);
    expect(card.findings).toEqual([{ check: 'no-wei', severity: 'error', turn: 1, start: 0, end: 1, text: '喂', message: '说了1次不应说的「喂」', sources: [] }]);
  });
  it('later sections replace checks by id, disable them and set the pass mark', () => {
    const auditor = createAuditor({ sections: [auditSectionSchema.parse({ passMark: 90, disable: ['speaking-rate'], checks: [check('opening-greeting', '早上好')] })] });
    expect(auditor.passMark).toBe(90);
    expect(auditor.checks.map((c) => c.id)).not.toContain('speaking-rate');
    expect(auditor.audit(call).checks.find((c) => c.id === 'opening-greeting')!.verdict).toBe('fail');
  });
});

describe('audit sections in packs', () => {
  it('are validated with the pack schema, with file:line:col errors', async () => {
    const pack = ['id: acme', 'audit:', '  checks:', '    - id: greet', '      title: { zh: 问候, en: Greet }', '      expect: { phrases: { sometimes: [您好] } }', ''].join('\n');
    const { code, stderr } = await cli(['audit', 'call.txt', '--pack', 'acme.yaml'], { files: { 'acme.yaml': pack, 'call.txt': '客服：您好' } });
    expect(code).toBe(2);
    expect(stderr).toContain('acme.yaml:6:');
  });
  it('are compiled when the phrasebook is made: a bad reference names the pack and the check', async () => {
    let message = '';
    try {
      createPhrasebook({ packs: [{ id: 'acme', audit: { checks: [{ id: 'ok', title, expect: { phrases: { any: ['您好'] } } }, { id: 'bad', title, expect: { phrases: { any: ['@nope'] } } }] } }] });
    } catch (error) {
      message = isHuashuError(error) ? `${error.code}: ${error.message}` : String(error);
    }
    expect(message).toBe('PACK_INVALID: Invalid phrase pack (1 problem):\n  pack "acme" audit.checks[1] — check "bad": audit: phrase set "@nope" is not defined (define it under audit.phrases)');
    const { code, stderr } = await cli(['audit', 'call.txt', '--pack', 'acme.yaml'], {
      files: { 'acme.yaml': 'id: acme\naudit:\n  checks:\n    - { id: bad, title: { zh: 坏, en: Bad }, expect: { responseTime: { which: first, standard: nope } } }\n', 'call.txt': '客服：您好' },
    });
    expect([code, stderr.includes("audit.checks[0]") && stderr.includes('standard "nope" is not defined')]).toEqual([2, true]);
  });
  it('add checks through the phrasebook, with its brand and standards', () => {
    const book = createPhrasebook({
      packs: [
        {
          id: 'acme',
          defaults: { brand: '阿克米' },
          standards: [{ id: 'chat-first-reply', title: { zh: '首次响应', en: 'First reply' }, channels: ['chat'], unit: 'seconds', max: 30, sources: ['https://example.com/sla'] }],
          audit: { checks: [{ id: 'no-jargon', title: { zh: '不用术语', en: 'No jargon' }, expect: { phrases: { none: ['SKU'] } }, sources: ['https://example.com/style'] }] },
        },
      ],
      channel: 'chat',
    });
    const card = book.audit(turns(['客户', '在吗', 0], ['客服', '您好，阿克米为您服务，请提供ｓｋｕ', 25]));
    const by = Object.fromEntries(card.checks.map((c) => [c.id, c]));
    expect(by['opening-brand']!.verdict).toBe('pass');
    expect(by['chat-first-response']).toMatchObject({ verdict: 'pass', sources: ['https://example.com/sla'] });
    expect(by['no-jargon']).toMatchObject({ verdict: 'fail', evidence: [{ turn: 1, start: 14, end: 17, text: 'ｓｋｕ', note: 'SKU' }] });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getScenario, say } from '../../src/catalogue/index.js';
import { createPhrasebook } from '../../src/phrasebook/index.js';
import { domainPacks, ecommercePack, groceryPack, propertyPack, webPortalPack } from '../../src/packs/index.js';
import type { StepInput } from '../../src/schema/step.js';
import { parseScript } from '../../src/steps/parse.js';

describe('procedures from the sources', () => {
  it('hold: explain, look up, reassure an anxious customer or offer a call-back after 120 s, then thank for waiting', () => {
    expect(getScenario('hold.explain').steps).toEqual([
      { kind: 'say', phrase: '#default' },
      { kind: 'action', action: 'look-up' },
      {
        kind: 'branch',
        branches: [
          { when: { flag: 'customer-anxious' }, steps: [{ kind: 'say', phrase: 'hold.reassure#default' }] },
          { when: { elapsedOver: 120 }, steps: [{ kind: 'say', phrase: 'hold.offer-callback#default' }, { kind: 'action', action: 'schedule-callback' }] },
        ],
      },
      { kind: 'say', phrase: 'hold.thanks-for-waiting#default' },
    ]);
    expect(say('hold.thanks-for-waiting')).toBe('很抱歉，先生/女士，让您久等了！');
  });

  it('silent call (004 row 2): greet, wait 5 s; still silent: greet again, wait 5 s; still silent: goodbye, wait 5 s, hang up', () => {
    expect(getScenario('call.silent').steps).toEqual([
      { kind: 'say', phrase: '#default' },
      { kind: 'wait', seconds: 5 },
      {
        kind: 'branch',
        branches: [
          {
            when: { reply: 'silent', text: '还是无声' },
            steps: [
              { kind: 'say', phrase: '#default' },
              { kind: 'wait', seconds: 5 },
              {
                kind: 'branch',
                branches: [{ when: { reply: 'silent', text: '对方还是毫无反应' }, steps: [{ kind: 'say', phrase: '#goodbye' }, { kind: 'wait', seconds: 5 }, { kind: 'action', action: 'hang-up' }] }],
              },
            ],
          },
        ],
      },
    ]);
    expect(say('call.silent', {}, { phrase: 'goodbye' })).toBe('对不起，您的电话没有声音，请您换一部电话？再见！');
  });

  it('silent call: the data has the shape parseScript reads from the source’s own text', () => {
    const shape = (steps: readonly StepInput[]): unknown[] =>
      steps.map((s) => (s.kind === 'branch' || s.kind === 'ask' ? { kind: s.kind, branches: s.branches.map((b) => ({ when: b.when, steps: shape(b.steps) })) } : s.kind === 'wait' ? { kind: 'wait', seconds: s.seconds } : s.kind === 'action' ? { kind: 'action', action: s.action } : { kind: s.kind }));
    const parsed = parseScript(readFileSync(new URL('../fixtures/steps/scripts/silent-call.zh-hans.txt', import.meta.url), 'utf8'));
    expect(shape(getScenario('call.silent').steps ?? [])).toEqual(shape(parsed));
  });

  it('the four call stages (003) walk from the opening to the goodbye', () => {
    const said = (steps: readonly StepInput[]): string[] =>
      steps.flatMap((s) => (s.kind === 'say' && s.phrase !== undefined ? [s.phrase] : s.kind === 'branch' || s.kind === 'ask' ? s.branches.flatMap((b) => said(b.steps)) : []));
    expect(said(getScenario('workflow.call-stages').steps ?? [])).toEqual([
      'greeting.answer-with-id#default',
      'consult.open-question#default',
      'consult.confirm-need#default',
      'consult.solution#default',
      'consult.ticket#default',
      'closing.summary#default',
      'closing.anything-else#default',
      'closing.thanks-for-calling#wish',
    ]);
  });

  it('the apology letter has six paragraphs after the salutation', () => {
    const letter = say('letter.apology', {
      customer: '王女士',
      brand: '阳光物业',
      incident: '订单延迟配送',
      account: '仓库系统升级导致订单积压',
      measures: '优化配送流程',
      compensation: '20元优惠券一张',
      contact: '客服热线400-000-0000',
    });
    const lines = letter.split('\n');
    expect(lines[0]).toBe('尊敬的王女士：');
    expect(lines).toHaveLength(8);
    expect(lines.at(-1)).toBe('阳光物业客户服务中心');
  });
});

describe('the bundled domain packs', () => {
  it('all extend the core pack', () => {
    expect(domainPacks.map((p) => [p.id, p.extends])).toEqual([
      ['bank', ['core']],
      ['courier', ['core']],
      ['ecommerce', ['core']],
      ['government', ['core']],
      ['grocery', ['core']],
      ['hospital', ['core']],
      ['property', ['core']],
      ['telecom', ['core']],
      ['web-portal', ['core']],
    ]);
  });

  it('grocery: a stock-out ends with thanks and the closing on 可以, and with the normal closing on 那算了', () => {
    const book = createPhrasebook({ packs: [groceryPack] });
    const scenario = book.getScenario('grocery.out-of-stock' as never);
    const ask = scenario.steps?.[0];
    expect(ask?.kind).toBe('ask');
    if (ask?.kind !== 'ask') return;
    expect(ask.branches.map((b) => b.when)).toEqual([{ reply: 'agree' }, { reply: 'decline' }]);
    const agree = JSON.stringify(ask.branches[0]!.steps);
    expect(agree).toContain('#thanks');
    expect(agree).toContain('closing.thanks-for-calling#default');
    expect(JSON.stringify(ask.branches[1]!.steps)).toContain('closing.thanks-for-calling#default');
    expect(book.say('grocery.out-of-stock' as never, { item: '豇豆' })).toContain('豇豆目前已经下市');
    expect(book.say('transfer.complaint-desk', {}, { phrase: 'failed' })).toBe('若转接不成功，麻烦您再次拨打400-828-8888，谢谢！');
  });

  it('ecommerce answers "is it genuine?" with 正品', () => {
    const book = createPhrasebook({ packs: [ecommercePack] });
    for (const phrase of ['default', 'official-store', 'self-operated']) {
      expect(book.say('ecommerce.is-genuine' as never, {}, { phrase })).toMatch(/正品|放心/);
    }
  });

  it('property asks for the owner’s name and flat number, and names the estate', () => {
    const book = createPhrasebook({ packs: [propertyPack], vars: { brand: '阳光花园' } });
    expect(book.say('verify.ask-name')).toBe('请问，您可以告诉我您的姓名和房号吗？');
    expect(book.say('call.wrong-number', {}, { phrase: 'check-number' })).toBe('对不起，这里是阳光花园业主服务中心，请您查证后再拨。');
  });

  it('web-portal reassures about security and names the portal', () => {
    const book = createPhrasebook({ packs: [webPortalPack] });
    expect(book.say('portal.security-concern' as never)).toContain('数字证书');
    expect(book.say('chat.greeting')).toBe('您好！这里是家如何网，很高兴为您服务，有什么可以帮到您？');
  });
});

describe('the core pack without a brand', () => {
  it('reads correctly when no brand is given', () => {
    expect(say('call.wrong-number', {}, { phrase: 'check-number' })).toBe('对不起，这里是客户服务中心，请您查证后再拨。');
    expect(say('chat.closing')).toBe('感谢您关注我们！有您的支持，我们会做得更好！祝您生活愉快！再见！');
    expect(say('verify.vip-card', { customer: '王女士' })).toBe('请报您的贵宾卡号！王女士，您请说。');
  });
});

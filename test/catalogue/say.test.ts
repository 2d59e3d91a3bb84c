import { describe, expect, it } from 'vitest';
import { getScenario, phrasesOf, say, scenarios, standards, UnknownPhraseError, UnknownScenarioError } from '../../src/catalogue/index.js';
import { MissingVariableError } from '../../src/honorifics/index.js';

describe('the catalogue', () => {
  it('lists scenarios and filters them by category and channel', () => {
    expect(scenarios().length).toBeGreaterThan(0);
    expect(scenarios({ category: 'hold' }).every((s) => s.category === 'hold')).toBe(true);
    expect(scenarios({ channel: 'letter' }).every((s) => s.channels.includes('letter'))).toBe(true);
    expect(scenarios({ category: 'no-such-category' })).toEqual([]);
  });

  it('looks a scenario up by id and names near ids when it does not exist', () => {
    expect(getScenario('hold.explain').category).toBe('hold');
    expect(() => getScenario('hold.explian' as never)).toThrow(UnknownScenarioError);
    expect(() => getScenario('hold.explian' as never)).toThrow(/did you mean "hold\.explain"/);
  });

  it('gives phrases in each locale with their references', () => {
    const [cn] = phrasesOf('hold.explain');
    const [tw] = phrasesOf('hold.explain', { locale: 'zh-TW' });
    expect(cn?.ref).toBe('hold.explain#default');
    expect(cn?.locale).toBe('zh-CN');
    expect(tw?.text).toContain('請您稍等片刻');
    expect(phrasesOf('hold.explain', { channel: 'letter' })).toEqual([]);
  });

  it('lists the service standards with their sources', () => {
    const rings = standards().find((s) => s.id === 'answer-within-rings');
    expect(rings).toMatchObject({ unit: 'rings', max: 3 });
    expect(rings?.sources.length).toBeGreaterThan(0);
  });
});

describe('say', () => {
  it('fills the customer and strips the rising-tone marks', () => {
    expect(say('hold.explain', { customer: '王女士' })).toBe('很抱歉，王女士，我帮您查询一下，请您稍等片刻，谢谢！');
  });

  it('falls back to 先生/女士 when no customer is given', () => {
    expect(say('hold.explain')).toBe('很抱歉，先生/女士，我帮您查询一下，请您稍等片刻，谢谢！');
  });

  it('speaks traditional Chinese for zh-TW and zh-HK', () => {
    expect(say('hold.explain', { customer: '王女士' }, { locale: 'zh-TW' })).toBe('很抱歉，王女士，我幫您查詢一下，請您稍等片刻，謝謝！');
    expect(say('hold.explain', { customer: '王女士' }, { locale: 'zh-HK' })).toBe('很抱歉，王女士，我幫您查詢一下，請您稍等片刻，謝謝！');
  });

  it('rejects a channel the scenario has no phrase for, and an unknown phrase id', () => {
    expect(() => say('hold.explain', {}, { channel: 'letter' })).toThrow(UnknownPhraseError);
    expect(() => say('hold.explain', {}, { phrase: 'nope' } as never)).toThrow(/has no phrase "nope"/);
  });

  it('names the variable and phrase when a required variable is missing', () => {
    const required = scenarios().flatMap((s) =>
      s.phrases.filter((p) => /\{customer\}/.test(p.text)).map((p) => [s.id, p.id] as const),
    );
    for (const [id, phrase] of required.slice(0, 3)) {
      expect(() => say(id as never, {} as never, { phrase })).toThrow(MissingVariableError);
    }
  });
});

describe('numbers carry the unit their variable declares', () => {
  it('says a bare number of closing.summary in working days, in every locale', () => {
    expect(say('closing.summary', { business: '业务修改', duration: 2 })).toBe('刚才为您办理了业务修改，预计2个工作日内生效，结果会通过短信通知您。请问这样的处理您还满意吗？');
    expect(say('closing.summary', { business: '業務修改', duration: 2 }, { locale: 'zh-TW' })).toContain('預計2個工作日內生效');
  });

  it('inserts text as given: the caller wrote the unit', () => {
    expect(say('closing.summary', { business: '业务修改', duration: '3小时' })).toContain('预计3小时内生效');
  });

  it('leaves numbers whose unit the text writes alone', () => {
    expect(say('hold.explain', { minutes: 3 }, { phrase: 'ask-minutes' })).toBe('请问您方便稍等3分钟吗？我为您查询相关信息。');
  });
});

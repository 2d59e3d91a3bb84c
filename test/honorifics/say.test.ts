import { describe, expect, it } from 'vitest';
import { say } from '../../src/catalogue/index.js';
import { InvalidNameError } from '../../src/honorifics/index.js';
import { createPhrasebook } from '../../src/phrasebook/index.js';

describe('say fills phrases through the honorifics', () => {
  it('addresses a customer object in the locale', () => {
    const customer = { fullName: '欧阳娜娜', gender: 'female' } as const;
    expect(say('hold.explain', { customer })).toBe('很抱歉，欧阳女士，我帮您查询一下，请您稍等片刻，谢谢！');
    expect(say('hold.explain', { customer }, { locale: 'zh-TW' })).toBe('很抱歉，歐陽小姐，我幫您查詢一下，請您稍等片刻，謝謝！');
    expect(say('hold.explain', { customer }, { locale: 'zh-HK', femaleTitle: '女士' })).toBe('很抱歉，歐陽女士，我幫您查詢一下，請您稍等片刻，謝謝！');
  });

  it('passes the honorific options through', () => {
    expect(say('hold.explain', { customer: { surname: '王' } }, { unknownGender: 'you' })).toBe('很抱歉，您，我帮您查询一下，请您稍等片刻，谢谢！');
    expect(say('hold.explain', { customer: { surname: '王', title: '总' } })).toBe('很抱歉，王总，我帮您查询一下，请您稍等片刻，谢谢！');
  });

  it('fills the same way through a phrasebook', () => {
    const book = createPhrasebook({ locale: 'zh-TW' });
    expect(book.say('hold.explain', { customer: { surname: '陈', gender: 'female' } })).toBe('很抱歉，陳小姐，我幫您查詢一下，請您稍等片刻，謝謝！');
  });

  it('throws INVALID_NAME for a bad name', () => {
    expect(() => say('hold.explain', { customer: { fullName: '王123' } })).toThrow(InvalidNameError);
  });
});

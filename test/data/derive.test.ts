import { describe, expect, it } from 'vitest';
import { deriveTexts } from '../../scripts/data/locales.js';
import { corePack } from '../../src/generated/catalogue.js';

describe('traditional variants derived at build time', () => {
  it.each([
    ['请保留您的联系信息', '請保留您的聯絡訊息', '請保留您的聯繫信息'],
    ['请您稍等片刻,谢谢!', '請您稍等片刻,謝謝!', '請您稍等片刻,謝謝!'],
    ['系统正在调试中', '系統正在維護中', '系統正在調試中'],
    ['产品质量', '產品品質', '產品質量'],
    ['您的账户', '您的帳戶', '您的帳戶'],
    ['这里是{brand}客服热线', '這裡是{brand}客服熱線', '這裏是{brand}客服熱線'],
    ['很抱歉,{customer|先生/女士}', '很抱歉,{customer|先生/女士}', '很抱歉,{customer|先生/女士}'],
    ['请问您方便说普通话吗？', '請問您方便說國語嗎？', '請問您方便説普通話嗎？'],
    ['客户服务中心', '客戶服務中心', '客戶服務中心'],
    ['通过短信通知您', '通過簡訊通知您', '通過短訊通知您'],
  ])('%s → zh-TW %s, zh-HK %s', (cn, tw, hk) => {
    expect(deriveTexts(cn)).toEqual({ 'zh-CN': cn, 'zh-TW': tw, 'zh-HK': hk });
  });

  it('lets a phrase override the derived text', () => {
    expect(deriveTexts('信息', { 'zh-TW': '資訊' })['zh-TW']).toBe('資訊');
  });
});

describe('traditional text of the built-in catalogue', () => {
  it.each([
    ['hold.explain', 'ask-minutes', 'zh-TW', '相關訊息'],
    ['call.dialect', 'mandarin', 'zh-TW', '國語'],
    ['call.dialect', 'mandarin', 'zh-HK', '普通話'],
    ['system.outage', 'default', 'zh-TW', '系統正在維護中'],
    ['greeting.answer-with-id', 'default', 'zh-HK', '客戶服務中心'],
    ['consult.ticket', 'default', 'zh-TW', '簡訊'],
    ['consult.ticket', 'default', 'zh-HK', '短訊'],
    ['call.hands-free', 'default', 'zh-TW', '拿起話筒'],
    ['call.line-busy', 'default', 'zh-TW', '現在線路比較忙'],
    ['feedback.suggestion', 'default', 'zh-TW', '感謝您對我們工作的支持和關心'],
    ['request.agent-personal-info', 'policy', 'zh-TW', '個人資料'],
  ] as const)('%s#%s in %s has %s', (id, phrase, locale, expected) => {
    const text = corePack.scenarios.find((s) => s.id === id)?.phrases.find((p) => p.id === phrase)?.texts[locale];
    expect(text).toContain(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { deriveTexts } from '../../scripts/data/catalogue.js';

describe('traditional variants derived at build time', () => {
  it.each([
    ['请保留您的联系信息', '請保留您的聯絡訊息', '請保留您的聯繫信息'],
    ['请您稍等片刻,谢谢!', '請您稍等片刻,謝謝!', '請您稍等片刻,謝謝!'],
    ['系统正在调试中', '系統正在維護中', '系統正在調試中'],
    ['产品质量', '產品品質', '產品質量'],
    ['您的账户', '您的帳戶', '您的帳戶'],
    ['这里是{brand}客服热线', '這裡是{brand}客服熱線', '這裏是{brand}客服熱線'],
    ['很抱歉,{customer|先生/女士}', '很抱歉,{customer|先生/女士}', '很抱歉,{customer|先生/女士}'],
  ])('%s → zh-TW %s, zh-HK %s', (cn, tw, hk) => {
    expect(deriveTexts(cn)).toEqual({ 'zh-CN': cn, 'zh-TW': tw, 'zh-HK': hk });
  });

  it('lets a phrase override the derived text', () => {
    expect(deriveTexts('信息', { 'zh-TW': '資訊' })['zh-TW']).toBe('資訊');
  });
});

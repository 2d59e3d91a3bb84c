import type { PackInput } from '../../src/schema/index.js';

/** A small, valid extension pack used across the phrasebook tests. */
export function acmePack(): PackInput {
  return {
    id: 'acme',
    title: { zh: '阿克米银行', en: 'Acme Bank' },
    extends: ['core'],
    defaults: { brand: '阿克米银行' },
    scenarios: [
      {
        id: 'bank.card-lost',
        category: 'bank',
        title: { zh: '挂失银行卡', en: 'Reporting a lost card' },
        when: { zh: '客户来电挂失银行卡', en: 'The customer calls to report a lost card' },
        channels: ['phone', 'chat'],
        related: ['hold.explain'],
        phrases: [
          {
            id: 'default',
            text: '{customer|您好},这里是{brand},我马上为您办理挂失,请您稍等。',
            gloss: 'This is {brand}; I will block the card right away, please hold.',
            variables: { customer: { type: 'customer', description: 'The customer' }, brand: { type: 'text', description: 'The bank' } },
            variants: { 'zh-TW': '{customer|您好},這裡是{brand},我馬上為您辦理掛失,請您稍等。' },
          },
        ],
        steps: [{ kind: 'say', phrase: '#default' }, { kind: 'say', phrase: 'hold.explain#default' }],
        sources: ['https://example.com/acme-style-guide'],
      },
    ],
    patches: [
      {
        id: 'hold.explain',
        phrases: [{ id: 'bank', text: '请您稍候,我正在为您核实账户信息。', gloss: 'Please hold while I verify your account.' }],
        sources: ['https://example.com/acme-style-guide'],
      },
    ],
  };
}

import { describe, expect, it } from 'vitest';
import { speakable, SURNAME_READINGS } from '../../src/steps/speech.js';
import { toSsml } from '../../src/steps/index.js';

describe('SSML that reads Chinese numbers and surnames right', () => {
  it.each([
    ['请拨4008288888', '请拨<sub alias="四零零八二八八八八八">4008288888</sub>'],
    ['请拨400-828-8888', '请拨<sub alias="四零零八二八八八八八">400-828-8888</sub>'],
    ['手机13812345678', '手机<sub alias="幺三八幺二三四五六七八">13812345678</sub>'],
    ['电话0571-88886666', '电话<sub alias="零五七幺八八八八六六六六">0571-88886666</sub>'],
    ['+86 13912345678', '<sub alias="八六幺三九幺二三四五六七八">+86 13912345678</sub>'],
  ])('reads the phone number in %s digit by digit, 1 as 幺', (text, ssml) => {
    expect(speakable(text)).toBe(ssml);
  });

  it.each([
    ['2024年3月14日', '<say-as interpret-as="date" format="ymd">2024-03-14</say-as>'],
    ['2024-03-14', '<say-as interpret-as="date" format="ymd">2024-03-14</say-as>'],
    ['3月5号', '<say-as interpret-as="date" format="md">03-05</say-as>'],
    ['补偿20元', '补偿<say-as interpret-as="cardinal">20</say-as>元'],
    ['运费12.5块', '运费<say-as interpret-as="cardinal">12.5</say-as>块'],
    ['共￥20.50', '共<say-as interpret-as="currency">¥20.50</say-as>'],
  ])('reads %s as a date or an amount', (text, ssml) => {
    expect(speakable(text)).toBe(ssml);
  });

  it('gives a surname with more than one reading its surname reading before a title, and leaves the word alone elsewhere', () => {
    expect(speakable('单先生，您好')).toBe('<phoneme alphabet="sapi" ph="shan 4">单</phoneme>先生，您好');
    expect(speakable('仇女士、区先生、解老师、曾总、查小姐、朴先生、盖女士')).toBe(
      ['仇女士', '区先生', '解老师', '曾总', '查小姐', '朴先生', '盖女士']
        .map((a) => `<phoneme alphabet="sapi" ph="${SURNAME_READINGS[a[0] as string]}">${a[0]}</phoneme>${a.slice(1)}`)
        .join('、'),
    );
    expect(speakable('尉迟先生')).toBe('<phoneme alphabet="sapi" ph="yu 4 - chi 2">尉迟</phoneme>先生');
    expect(speakable('單先生')).toBe('<phoneme alphabet="sapi" ph="shan 4">單</phoneme>先生');
    expect(speakable('我们会解决，请查收单据')).toBe('我们会解决，请查收单据');
  });

  it('toSsml reads a filled phrase with the customer’s surname and a hotline', () => {
    expect(toSsml([{ kind: 'say', text: '单先生，请拨4008288888。', toned: '单先生↑，请拨4008288888。' }])).toBe(
      '<speak xml:lang="zh-CN"><s><prosody pitch="+15%"><phoneme alphabet="sapi" ph="shan 4">单</phoneme>先生</prosody>，请拨<sub alias="四零零八二八八八八八">4008288888</sub>。</s></speak>',
    );
  });

  it('leaves other digit runs as they are and stays linear on long ones (no number pattern backtracks)', () => {
    expect(speakable('工号001')).toBe('工号001');
    expect(speakable('1'.repeat(50_000))).toBe('1'.repeat(50_000));
    expect(speakable('&<1>')).toBe('&amp;&lt;1&gt;');
  });
});

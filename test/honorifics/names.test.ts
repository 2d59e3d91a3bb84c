import { describe, expect, it } from 'vitest';
import { InvalidNameError, parseName, type NameConfidence } from '../../src/honorifics/index.js';

type Case = [input: string, surname: string, givenName: string, confidence: NameConfidence, alternatives?: Array<[string, string]>];

const cases: Case[] = [
  // single surnames
  ['王小明', '王', '小明', 'high'],
  ['李娜', '李', '娜', 'high'],
  ['张伟', '张', '伟', 'high'],
  ['陳大文', '陳', '大文', 'high'],
  ['于飞', '于', '飞', 'high'],
  ['肖战', '肖', '战', 'high'],
  // compound surnames, both scripts
  ['欧阳娜娜', '欧阳', '娜娜', 'high'],
  ['歐陽娜娜', '歐陽', '娜娜', 'high'],
  ['司马光', '司马', '光', 'high'],
  ['司馬懿', '司馬', '懿', 'high'],
  ['诸葛亮', '诸葛', '亮', 'high'],
  ['諸葛亮', '諸葛', '亮', 'high'],
  ['上官婉儿', '上官', '婉儿', 'high'],
  ['司徒雷登', '司徒', '雷登', 'high'],
  ['东方不败', '东方', '不败', 'high'],
  ['皇甫嵩', '皇甫', '嵩', 'high'],
  ['尉迟恭', '尉迟', '恭', 'high'],
  ['尉遲恭', '尉遲', '恭', 'high'],
  ['公孙胜', '公孙', '胜', 'high'],
  ['慕容复', '慕容', '复', 'high'],
  ['令狐冲', '令狐', '冲', 'high'],
  ['长孙无忌', '长孙', '无忌', 'high'],
  ['長孫無忌', '長孫', '無忌', 'high'],
  ['宇文泰', '宇文', '泰', 'high'],
  ['轩辕明', '轩辕', '明', 'high'],
  ['軒轅明', '軒轅', '明', 'high'],
  ['万俟卨', '万俟', '卨', 'high'],
  // ambiguous compounds: the compound first, the other reading offered
  ['单于飞', '单于', '飞', 'low', [['单', '于飞']]],
  ['夏侯惇', '夏侯', '惇', 'low', [['夏', '侯惇']]],
  ['钟离春', '钟离', '春', 'low', [['钟', '离春']]],
  // a compound alone
  ['欧阳', '欧阳', '', 'medium', [['欧', '阳']]],
  // married double surnames (冠夫姓)
  ['陈王美玲', '陈王', '美玲', 'medium', [['陈', '王美玲']]],
  ['張李秀英', '張李', '秀英', 'medium', [['張', '李秀英']]],
  // the writer's space decides
  ['单 于飞', '单', '于飞', 'high'],
  ['欧阳 娜娜', '欧阳', '娜娜', 'high'],
  ['  王小明  ', '王', '小明', 'high'],
  ['王\t小明', '王', '小明', 'high'],
  // single character
  ['王', '王', '', 'medium'],
  ['鑫', '鑫', '', 'low'],
  // unlisted surname
  ['某某', '某', '某', 'low'],
  // no Han surname to derive
  ['买买提·艾力', '', '买买提·艾力', 'none'],
  ['阿依古丽•买买提', '', '阿依古丽•买买提', 'none'],
  ['John Smith', '', 'John Smith', 'none'],
];

describe('parseName', () => {
  it.each(cases)('%s → %s + %s (%s)', (input, surname, givenName, confidence, alternatives = []) => {
    expect(parseName(input)).toEqual({
      surname,
      givenName,
      confidence,
      alternatives: alternatives.map(([s, g]) => ({ surname: s, givenName: g })),
    });
  });

  const bad: Array<[string, string]> = [
    ['empty', ''],
    ['blank', '   '],
    ['digits', '王123'],
    ['only digits', '12345'],
    ['emoji', '王😀'],
    ['symbols', '王<b>'],
    ['200 characters', '王'.repeat(200)],
    ['41 characters', '王'.repeat(41)],
  ];
  it.each(bad)('rejects %s with INVALID_NAME', (_label, input) => {
    let error: unknown;
    try {
      parseName(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidNameError);
    expect(error).toMatchObject({ code: 'INVALID_NAME' });
  });

  it('keeps the error input short', () => {
    expect(() => parseName('王'.repeat(200))).toThrow(/longer than 40 characters/);
  });
});

describe('parseName properties', () => {
  it('returns a split of the input or throws INVALID_NAME, for any string', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'王欧阳单于飞陈美玲·  娜1😀a') })), (input) => {
        let parsed;
        try {
          parsed = parseName(input);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidNameError);
          return;
        }
        const compact = input.replace(/\s+/g, '');
        if (parsed.confidence === 'none') expect(parsed.surname).toBe('');
        else {
          expect(parsed.surname + parsed.givenName).toBe(compact);
          for (const alt of parsed.alternatives) expect(alt.surname + alt.givenName).toBe(compact);
        }
      }),
    );
  });
});

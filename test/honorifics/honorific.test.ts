import { describe, expect, it } from 'vitest';
import { fill, honorific, InvalidNameError, type Customer, type HonorificOptions } from '../../src/honorifics/index.js';
import type { HuashuError } from '../../src/errors/index.js';

const cases: Array<[label: string, customer: Customer, options: HonorificOptions, expected: string]> = [
  ['surname, female', { surname: '王', gender: 'female' }, {}, '王女士'],
  ['surname, male', { surname: '王', gender: 'male' }, {}, '王先生'],
  ['surname, unknown', { surname: '王', gender: 'unknown' }, {}, '王先生/女士'],
  ['surname, no gender', { surname: '王' }, {}, '王先生/女士'],
  ['unknown → 您', { surname: '王' }, { unknownGender: 'you' }, '您'],
  ['unknown → custom', { surname: '王' }, { unknownGender: '老师' }, '王老师'],
  ['full name, compound', { fullName: '欧阳娜娜', gender: 'female' }, {}, '欧阳女士'],
  ['full name, traditional in zh-CN', { fullName: '歐陽娜娜', gender: 'female' }, {}, '欧阳女士'],
  ['zh-TW woman', { fullName: '欧阳娜娜', gender: 'female' }, { locale: 'zh-TW' }, '歐陽小姐'],
  ['zh-HK woman', { surname: '陈', gender: 'female' }, { locale: 'zh-HK' }, '陳小姐'],
  ['zh-TW man', { surname: '张', gender: 'male' }, { locale: 'zh-TW' }, '張先生'],
  ['zh-TW unknown', { surname: '刘' }, { locale: 'zh-TW' }, '劉先生/小姐'],
  ['zh-TW configured 女士', { surname: '王', gender: 'female' }, { locale: 'zh-TW', femaleTitle: '女士' }, '王女士'],
  ['mainland 小姐 with surname', { surname: '王', gender: 'female' }, { femaleTitle: '小姐' }, '王小姐'],
  ['mainland never a bare 小姐', { gender: 'female' }, { femaleTitle: '小姐' }, '女士'],
  ['bare 小姐 in zh-TW', { gender: 'female' }, { locale: 'zh-TW' }, '小姐'],
  ['surname 于 stays 于 in zh-TW', { surname: '于', gender: 'male' }, { locale: 'zh-TW' }, '于先生'],
  ['surname 范 stays 范', { surname: '范', gender: 'male' }, { locale: 'zh-HK' }, '范先生'],
  ['万俟 keeps 万', { fullName: '万俟卨', gender: 'male' }, { locale: 'zh-TW' }, '万俟先生'],
  ['温 is 溫 in zh-TW', { surname: '温', gender: 'male' }, { locale: 'zh-TW' }, '溫先生'],
  ['温 stays 温 in zh-HK', { surname: '温', gender: 'male' }, { locale: 'zh-HK' }, '温先生'],
  ['澹台 is 澹臺 in zh-TW', { surname: '澹台', gender: 'male' }, { locale: 'zh-TW' }, '澹臺先生'],
  ['钟 becomes 鍾', { surname: '钟', gender: 'female' }, { locale: 'zh-TW' }, '鍾小姐'],
  ['married name is 女士 even in zh-TW', { fullName: '陈王美玲', gender: 'female' }, { locale: 'zh-TW' }, '陳王女士'],
  ['title 总', { surname: '王', title: '总' }, {}, '王总'],
  ['title 总 in zh-TW', { surname: '王', title: '总' }, { locale: 'zh-TW' }, '王總'],
  ['title 经理', { fullName: '李娜', gender: 'female', title: '经理' }, {}, '李经理'],
  ['title 老师', { surname: '欧阳', title: '老师' }, { locale: 'zh-HK' }, '歐陽老師'],
  ['title 医生', { surname: '张', title: '医生' }, {}, '张医生'],
  ['bare title 老师', { title: '老师' }, {}, '老师'],
  ['bare 总 is not said', { title: '总', gender: 'male' }, {}, '先生'],
  ['bare 总, unknown gender', { title: '总' }, {}, '先生/女士'],
  ['no surname, female', { gender: 'female' }, {}, '女士'],
  ['no surname, male', { gender: 'male' }, {}, '先生'],
  ['no surname, unknown', {}, {}, '先生/女士'],
  ['no surname → 您', { gender: 'male' }, { noSurname: 'you' }, '您'],
  ['· name has no surname', { fullName: '买买提·艾力', gender: 'male' }, {}, '先生'],
  ['surname wins over full name', { surname: '王', fullName: '欧阳娜娜', gender: 'female' }, {}, '王女士'],
  ['blank surname ignored', { surname: ' ', fullName: '李娜', gender: 'female' }, {}, '李女士'],
];

describe('honorific', () => {
  it.each(cases)('%s', (_label, customer, options, expected) => {
    expect(honorific(customer, options)).toBe(expected);
  });

  it.each([
    ['a surname with digits', { surname: '王1' }],
    ['an emoji surname', { surname: '😀' }],
    ['a long surname', { surname: '王王王王王' }],
    ['an empty full name', { fullName: '' }],
    ['a full name of 200 characters', { fullName: '李'.repeat(200) }],
    ['a title with symbols', { surname: '王', title: '<b>' }],
  ] as Array<[string, Customer]>)('rejects %s with INVALID_NAME', (_label, customer) => {
    expect(() => honorific(customer)).toThrow(InvalidNameError);
  });
});

// A CRM's record passed as it is: a gender in its own words (女, F) or the name under `name` would
// otherwise be read as unknown or dropped, and the customer addressed wrongly without a word.
describe('honorific: a customer whose fields would be misread is a typed error', () => {
  it.each([
    [{ surname: '王', gender: '女' }, "honorific: customer.gender must be one of female, male, unknown (got \"女\"); map your data's values (男/女, M/F) to these"],
    [{ surname: '王', gender: 'F' }, "honorific: customer.gender must be one of female, male, unknown (got \"F\"); map your data's values (男/女, M/F) to these"],
    [{ name: '王芳', gender: 'female' }, 'honorific: customer.name is not read — pass the name as fullName (or the surname as surname)'],
  ])('%j', (customer, message) => {
    const thrown = (() => {
      try {
        honorific(customer as never);
      } catch (error) {
        return error as HuashuError;
      }
      return undefined;
    })();
    expect(thrown?.code).toBe('INVALID_ARGUMENT');
    expect(thrown?.message).toBe(message);
    expect(() => fill('{customer}您好', { customer: customer as never })).toThrow(message);
  });

  it('an empty or null gender is unknown; other fields of a record are left alone', () => {
    expect(honorific({ surname: '王', gender: '' as never })).toBe('王先生/女士');
    expect(honorific({ surname: '王', gender: null as never })).toBe('王先生/女士');
    expect(honorific({ fullName: '王芳', gender: 'female', phone: '123', name: '王芳' } as never)).toBe('王女士');
  });
});

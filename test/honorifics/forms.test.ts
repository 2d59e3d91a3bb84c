import { describe, expect, it } from 'vitest';
import { fill, honorific, parseName } from '../../src/honorifics/index.js';
import { isHuashuError } from '../../src/errors/index.js';

describe('honorific on the "names" CRMs hold', () => {
  it.each([
    ['老李', {}, '李先生/女士'],
    ['小王', { gender: 'female' }, '王女士'],
    ['老張', { gender: 'male' }, '张先生'],
    ['王总', {}, '王总'],
    ['李经理', {}, '李经理'],
    ['欧阳老师', {}, '欧阳老师'],
    ['李哥', {}, '李先生'],
    ['张姐', {}, '张女士'],
    ['阳光物业有限公司', {}, '先生/女士'],
    ['中国工商银行', { gender: 'female' }, '女士'],
    ['上海市第一人民医院', {}, '先生/女士'],
    ['老字号烤鸭店', {}, '先生/女士'],
    ['小明', {}, '先生/女士'],
    ['王小明', {}, '王先生/女士'],
  ] as const)('%s %o → %s', (fullName, extra, expected) => {
    expect(honorific({ fullName, ...extra })).toBe(expected);
  });

  it('never makes a title of a prefix or a company word', () => {
    for (const fullName of ['老李', '小王', '阳光物业有限公司', '上海浦东发展银行', '建设路营业部']) {
      for (const gender of ['female', 'male', 'unknown'] as const) expect(honorific({ fullName, gender })).not.toMatch(/^(老|小|上|阳|建)(女士|先生)/);
    }
  });

  it('says what it read in parseName', () => {
    expect(parseName('老李')).toEqual({ surname: '李', givenName: '', confidence: 'medium', alternatives: [{ surname: '老', givenName: '李' }], form: { kind: 'familiar', prefix: '老' } });
    expect(parseName('张姐').form).toEqual({ kind: 'kinship', term: '姐', gender: 'female' });
    expect(parseName('王總').form).toEqual({ kind: 'title', title: '总' });
    expect(parseName('阳光物业有限公司')).toEqual({ surname: '', givenName: '阳光物业有限公司', confidence: 'none', alternatives: [], form: { kind: 'organisation' } });
  });

  it('falls back to the no-surname form below minConfidence (default medium)', () => {
    expect(parseName('老舍').confidence).toBe('low');
    expect(honorific({ fullName: '老舍' })).toBe('先生/女士');
    expect(honorific({ fullName: '老舍' }, { minConfidence: 'low' })).toBe('老先生/女士');
    expect(honorific({ fullName: '老舍' }, { noSurname: 'you' })).toBe('您');
    expect(honorific({ fullName: '陈王美玲', gender: 'female' }, { minConfidence: 'high' })).toBe('女士');
    expect(honorific({ fullName: '欧阳娜娜', gender: 'female' }, { minConfidence: 'high' })).toBe('欧阳女士');
    // A surname given as such is the app's word, not a guess.
    expect(honorific({ surname: '老', gender: 'male' }, { minConfidence: 'high' })).toBe('老先生');
    expect(fill('{customer}您好', { customer: { fullName: '小王', gender: 'male' } })).toBe('王先生您好');
  });

  it('rejects an unknown minConfidence with a typed error', () => {
    for (const minConfidence of ['none', 'toString', 'HIGH']) {
      let error: unknown;
      try {
        honorific({ surname: '王' }, { minConfidence: minConfidence as never });
      } catch (e) {
        error = e;
      }
      expect(isHuashuError(error) && error.code).toBe('INVALID_ARGUMENT');
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fill, MissingVariableError, TemplateSyntaxError, UnknownVariableError } from '../../src/honorifics/index.js';

describe('fill', () => {
  it('inserts a string address for {customer}', () => {
    expect(fill('很抱歉,{customer},请稍等', { customer: '王女士' })).toBe('很抱歉,王女士,请稍等');
  });
  it('uses the fallback of {name|fallback} when the variable is absent or empty', () => {
    expect(fill('很抱歉,{customer|先生/女士},请稍等', {})).toBe('很抱歉,先生/女士,请稍等');
    expect(fill('{customer|您}好', { customer: '' })).toBe('您好');
  });
  it('addresses a customer object with the locale', () => {
    expect(fill('{customer}您好', { customer: { fullName: '欧阳娜娜', gender: 'female' } })).toBe('欧阳女士您好');
    expect(fill('{customer}您好', { customer: { fullName: '欧阳娜娜', gender: 'female' } }, { locale: 'zh-TW' })).toBe('歐陽小姐您好');
    expect(fill('{customer}', { customer: { surname: '王' } }, { unknownGender: 'you' })).toBe('您');
    expect(fill('{customer}', { customer: { surname: '王', title: '总' } })).toBe('王总');
    expect(fill('{customer}', { customer: Object.assign(Object.create(null) as object, { surname: '李', gender: 'male' as const }) })).toBe('李先生');
  });
  it('writes numbers and other values with String()', () => {
    expect(fill('{n}件,{d}', { n: 3, d: new Date(0).getUTCFullYear() })).toBe('3件,1970');
  });
  it('throws a MissingVariableError naming the variable and the phrase', () => {
    expect(() => fill('{customer}您好', {} as never, { phraseId: 'greeting.answer-call#default' })).toThrow(
      new MissingVariableError('customer', 'greeting.answer-call#default'),
    );
    expect(() => fill('{customer}您好', {} as never)).toThrow(expect.objectContaining({ code: 'MISSING_VARIABLE', variable: 'customer' }));
  });
  it('leaves a visible marker with missing: "mark"', () => {
    expect(fill('{customer}您好,这里是{brand}', {} as never, { missing: 'mark' })).toBe('⟦customer⟧您好,这里是⟦brand⟧');
  });
  it('allows extra variables by default and rejects them by option', () => {
    expect(fill('{a}', { a: 1, b: 2 })).toBe('1');
    expect(() => fill('{a}', { a: 1, b: 2 }, { extraVariables: 'reject', phraseId: 'x.y#z' })).toThrow(UnknownVariableError);
    expect(() => fill('{a}', { a: 1, b: 2 }, { extraVariables: 'reject' })).toThrow(/Unknown variable "b": the template uses \{a\}/);
  });
  it('never expands braces inside a value', () => {
    expect(fill('{a}', { a: '{b}' })).toBe('{b}');
    expect(fill('{a}{b}', { a: '{b}', b: '{a}' })).toBe('{b}{a}');
  });
  it('writes {{ and }} as literal braces', () => {
    expect(fill('{{customer}} = {customer}', { customer: '您' })).toBe('{customer} = 您');
    expect(fill('{{{a}}}', { a: 'x' })).toBe('{x}');
  });
  it('escapes HTML only by option, and only in values', () => {
    expect(fill('<b>{a}</b>', { a: '<i>&"\'' })).toBe('<b><i>&"\'</b>');
    expect(fill('<b>{a}</b>', { a: '<i>&"\'' }, { escape: 'html' })).toBe('<b>&lt;i&gt;&amp;&quot;&#39;</b>');
  });
  it('adds no bidi or other invisible marks', () => {
    const out = fill('尊敬的{customer},您的订单{order}', { customer: 'محمد', order: 12345 });
    expect(out).toBe('尊敬的محمد,您的订单12345');
    expect(out).not.toMatch(/[\u200e\u200f\u2066-\u2069\u202a-\u202e]/);
  });
  it('reports template syntax errors with the offset', () => {
    expect(() => fill('{a', {} as never)).toThrow(TemplateSyntaxError);
    expect(() => fill('a}', {})).toThrow(/offset 1/);
  });
});

describe('fill properties', () => {
  const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/);
  const literal = fc.string().map((s) => s.replace(/[{}]/g, ''));

  it('contains every value verbatim, leaves no placeholder and never throws on well-typed input', () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 5 }), fc.array(fc.string({ minLength: 1 }), { minLength: 5, maxLength: 5 }), fc.array(literal, { minLength: 6, maxLength: 6 }), (names, values, literals) => {
        const template = literals[0] + names.map((n, i) => `{${n}}${literals[i + 1]}`).join('');
        const vars = Object.fromEntries(names.map((n, i) => [n, values[i]!]));
        const out = fill(template, vars);
        for (const v of Object.values(vars)) expect(out).toContain(v);
        for (const n of names) if (!Object.values(vars).some((v) => v.includes(`{${n}}`))) expect(out).not.toContain(`{${n}}`);
        expect(out).toBe(literals[0] + names.map((n, i) => `${vars[n]}${literals[i + 1]}`).join(''));
      }),
    );
  });

  it('uses the fallback for absent variables and treats braces in values as text', () => {
    fc.assert(
      fc.property(name, fc.string().map((s) => s.replace(/[{}|]/g, '')), fc.string(), (n, fallback, value) => {
        expect(fill(`{${n}|${fallback}}`, {})).toBe(fallback);
        expect(fill(`[{${n}}]`, { [n]: `{${value}}` })).toBe(`[{${value}}]`);
      }),
    );
  });
});

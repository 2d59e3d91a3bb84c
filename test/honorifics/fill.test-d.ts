import { describe, expectTypeOf, it } from 'vitest';
import { fill, type TemplateVariables } from '../../src/honorifics/index.js';

describe('fill types', () => {
  it('infers the variables of a literal template', () => {
    expectTypeOf(fill('很抱歉,{customer}', { customer: '王女士' })).toEqualTypeOf<string>();
    expectTypeOf(fill('很抱歉,{customer}', { customer: { surname: '欧阳', gender: 'female' } })).toEqualTypeOf<string>();
    expectTypeOf(fill('{customer|您},这里是{brand}', { brand: '本店' })).toEqualTypeOf<string>();
    expectTypeOf(fill('{{customer}} 不是变量', {})).toEqualTypeOf<string>();
    expectTypeOf(fill('{ n }件', { n: 3 })).toEqualTypeOf<string>();
    expectTypeOf<TemplateVariables<'{a}{b|x}'>>().toExtend<{ readonly a: string | number }>();
  });

  it('takes any record for a template typed string', () => {
    const template: string = '{x}';
    expectTypeOf(fill(template, {})).toEqualTypeOf<string>();
  });

  it('rejects missing or mistyped variables at compile time', () => {
    // @ts-expect-error customer is required
    fill('很抱歉,{customer}', {});
    // @ts-expect-error brand is required even when customer has a fallback
    fill('{customer|您},这里是{brand}', { customer: '王女士' });
    // @ts-expect-error customer is a string or a Customer object
    fill('{customer}', { customer: 42 });
    // @ts-expect-error gender is female | male | unknown
    fill('{customer}', { customer: { surname: '王', gender: 'f' } });
    // @ts-expect-error a value is text or a number
    fill('{n}件', { n: [1] });
  });
});

import { describe, expectTypeOf, it } from 'vitest';
import { fillTemplate } from '../../src/template/index.js';

describe('fillTemplate types', () => {
  it('infers the variables of a literal template, text only', () => {
    expectTypeOf(fillTemplate('很抱歉,{customer}', { customer: '王女士' })).toEqualTypeOf<string>();
    expectTypeOf(fillTemplate('{customer|您},这里是{brand}', { brand: '本店' })).toEqualTypeOf<string>();
    // @ts-expect-error customer objects need fill from huashu/honorifics
    fillTemplate('很抱歉,{customer}', { customer: { surname: '王' } });
    // @ts-expect-error brand is required
    fillTemplate('这里是{brand}', {});
  });
});

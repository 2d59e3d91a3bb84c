import { describe, expectTypeOf, it } from 'vitest';
import { createGreeter, greet, type Greeting, type GreetingReason } from '../../src/greetings/index.js';

describe('greet types', () => {
  it('returns a Greeting whose reason kind is a closed union', () => {
    expectTypeOf(greet()).toEqualTypeOf<Greeting>();
    expectTypeOf<GreetingReason['kind']>().toEqualTypeOf<'birthday' | 'festival' | 'holiday-period' | 'before-break' | 'after-break' | 'time-of-day'>();
    expectTypeOf(createGreeter()).returns.toEqualTypeOf<Greeting>();
  });

  it('rejects unknown locales, channels, regions and customers at compile time', () => {
    // @ts-expect-error en is not an output locale
    greet({ locale: 'en' });
    // @ts-expect-error fax is not a channel
    greet({ channel: 'fax' });
    // @ts-expect-error EU is not a region
    greet({ region: 'EU' });
    // @ts-expect-error greet takes the address; customer records go through honorific()
    greet({ customer: { surname: '王', gender: 'female' } });
    // @ts-expect-error gender is female | male | unknown
    greet({ gender: 'f' });
    // @ts-expect-error a salutation is text, not a number
    createGreeter({ occasions: [{ id: 'x', name: 'X', date: '11-11', salutation: 11 }] });
  });
});

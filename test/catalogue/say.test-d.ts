import { describe, expectTypeOf, it } from 'vitest';
import { getScenario, say, type ScenarioId } from '../../src/catalogue/index.js';

describe('say types', () => {
  it('accepts known scenario ids and their variables', () => {
    expectTypeOf(say('hold.explain', { customer: '王女士' })).toEqualTypeOf<string>();
    expectTypeOf(say('hold.explain', { customer: { surname: '欧阳', gender: 'female' } })).toEqualTypeOf<string>();
    expectTypeOf<'hold.explain'>().toExtend<ScenarioId>();
  });

  it('rejects unknown ids and mistyped variables at compile time', () => {
    // @ts-expect-error an unknown scenario id is a type error
    say('hold.explian');
    // @ts-expect-error an unknown scenario id is a type error
    getScenario('no.such-id');
    // @ts-expect-error customer is a string or a Customer object
    say('hold.explain', { customer: 42 });
    // @ts-expect-error gender is female | male | unknown
    say('hold.explain', { customer: { surname: '王', gender: 'f' } });
  });
});

import { expectTypeOf, test } from 'vitest';
import { startFlow, stepsOf, type FilledStep, type FlowEvent } from '../../src/steps/index.js';

test('stepsOf takes catalogue ids only', () => {
  expectTypeOf(stepsOf('hold.explain')).toEqualTypeOf<FilledStep[]>();
  // @ts-expect-error unknown scenario id
  stepsOf('hold.nope');
});

test('flow events are a discriminated union', () => {
  expectTypeOf<{ type: 'reply'; intent: 'agree' }>().toExtend<FlowEvent>();
  expectTypeOf<{ type: 'elapsed'; seconds: number }>().toExtend<FlowEvent>();
  // @ts-expect-error elapsed needs seconds
  const bad: FlowEvent = { type: 'elapsed' };
  void bad;
  expectTypeOf(startFlow('hold.explain').current()).toEqualTypeOf<FilledStep | undefined>();
});

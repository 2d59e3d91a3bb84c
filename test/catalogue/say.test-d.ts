import { describe, expectTypeOf, it } from 'vitest';
import { getScenario, say, type PhraseId, type PhraseVariables, type ScenarioId } from '../../src/catalogue/index.js';
import type { CustomerValue } from '../../src/honorifics/index.js';

describe('say types', () => {
  it('accepts known scenario ids and their variables', () => {
    expectTypeOf(say('hold.explain', { customer: '王女士' })).toEqualTypeOf<string>();
    expectTypeOf(say('hold.explain', { customer: { surname: '欧阳', gender: 'female' } })).toEqualTypeOf<string>();
    expectTypeOf<'hold.explain'>().toExtend<ScenarioId>();
    expectTypeOf<'call.silent' | 'complaint.about-agent' | 'call.wrong-number' | 'system.outage'>().toExtend<ScenarioId>();
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

  it('types the variables per phrase, not merged across a scenario', () => {
    expectTypeOf<PhraseId<'hold.explain'>>().toEqualTypeOf<'default' | 'ask-minutes'>();
    expectTypeOf<PhraseVariables<'hold.explain'>>().toEqualTypeOf<{ customer?: CustomerValue }>();
    expectTypeOf<PhraseVariables<'transfer.complaint-desk', 'failed'>>().toEqualTypeOf<{ hotline: string }>();
    // The default phrase needs no hotline, only the `failed` alternative does.
    expectTypeOf(say('transfer.complaint-desk')).toEqualTypeOf<string>();
    expectTypeOf(say('transfer.complaint-desk', { hotline: '400-000-0000' }, { phrase: 'failed' })).toEqualTypeOf<string>();
    expectTypeOf(say('hold.explain', { minutes: 3 }, { phrase: 'ask-minutes', locale: 'zh-TW' })).toEqualTypeOf<string>();
  });

  it('demands the variables the named phrase needs and rejects unknown phrase ids', () => {
    // @ts-expect-error the `failed` phrase needs {hotline}
    say('transfer.complaint-desk', {}, { phrase: 'failed' });
    // @ts-expect-error closing.summary's default phrase needs {business} and {duration}
    say('closing.summary');
    // @ts-expect-error {duration} is missing
    say('closing.summary', { business: '业务修改' });
    // @ts-expect-error hold.explain has no phrase "nope"
    say('hold.explain', {}, { phrase: 'nope' });
    // @ts-expect-error {minutes} belongs to ask-minutes, not to the default phrase
    say('hold.explain', { minutes: 3 });
  });

  it('makes a placeholder with a fallback optional', () => {
    // {customer|先生/女士}, {brand|} and {salutation|您好} have fallbacks.
    expectTypeOf(say('call.wrong-number', { otherNumber: '114' })).toEqualTypeOf<string>();
    expectTypeOf(say('greeting.answer', {}, { phrase: 'holiday' })).toEqualTypeOf<string>();
    // @ts-expect-error {otherNumber} has no fallback
    say('call.wrong-number', {});
  });
});

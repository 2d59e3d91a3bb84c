/**
 * Fuzzing the steps module: no throw on well-typed input, typed errors otherwise, the flow
 * runner and the exported XState machine in step on every event, and time per input length as
 * a ratio to a linear baseline measured in the same run (never an absolute time).
 *
 * FUZZ_RUNS sets the number of cases per property (default 100; `FUZZ_RUNS=20000 npx vitest run
 * test/fuzz/steps.test.ts` for a long run).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHuashuError } from '../../src/errors/index.js';
import { REPLY_INTENTS, stepListSchema, type Condition } from '../../src/schema/index.js';
import {
  followPath,
  parseScript,
  resumeFlow,
  splitMessage,
  startFlow,
  toChat,
  toMarkdown,
  toSsml,
  toText,
  toXStateConfig,
  type FilledStep,
  type FlowEvent,
} from '../../src/steps/index.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 100);

const condition: fc.Arbitrary<Condition> = fc.oneof(
  fc.constantFrom(...REPLY_INTENTS).map((reply) => ({ reply })),
  fc.constantFrom('customer-anxious', 'transfer-failed' as const).map((flag) => ({ flag })),
  fc.constantFrom(60, 120).map((elapsedOver) => ({ elapsedOver })),
  fc.constant({ otherwise: true as const }),
  fc.constantFrom('客户需要开发票', '订单已发出').map((text) => ({ text })),
);
const text = fc.string({ unit: 'grapheme', maxLength: 30 });
const leaf: fc.Arbitrary<FilledStep> = fc.oneof(
  fc.tuple(text, fc.boolean()).map(([t, rise]): FilledStep => ({ kind: 'say', text: t, toned: rise ? `${t}↑` : t })),
  text.filter((t) => t !== '').map((t): FilledStep => ({ kind: 'note', text: t })),
  fc.constant<FilledStep>({ kind: 'action', action: 'hang-up' }),
  fc.integer({ min: 1, max: 30 }).map((seconds): FilledStep => ({ kind: 'wait', seconds })),
  fc.constant<FilledStep>({ kind: 'wait', for: 'reply' }),
);
const { list: stepsArb } = fc.letrec<{ step: FilledStep; list: FilledStep[]; branches: Array<{ when: Condition; steps: FilledStep[] }> }>((tie) => ({
  step: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    tie('branches').map((branches): FilledStep => ({ kind: 'branch', branches })),
    fc.tuple(text, tie('branches')).map(([t, branches]): FilledStep => ({ kind: 'ask', text: t, toned: t, branches })),
    tie('list').map((steps): FilledStep => ({ kind: 'group', label: '第一步', steps })),
  ),
  list: fc.array(tie('step'), { maxLength: 4 }),
  branches: fc.array(fc.record({ when: condition, steps: tie('list') }), { minLength: 1, maxLength: 3 }),
}));

const event: fc.Arbitrary<FlowEvent> = fc.oneof(
  fc.constant<FlowEvent>({ type: 'done' }),
  fc.constantFrom(...REPLY_INTENTS, 'mumbles').map((intent): FlowEvent => ({ type: 'reply', intent })),
  fc.constantFrom('customer-anxious', 'transfer-failed', 'resolved').map((flag): FlowEvent => ({ type: 'flag', flag })),
  fc.tuple(fc.constantFrom('客户需要开发票', '订单已发出'), fc.boolean()).map(([t, holds]): FlowEvent => ({ type: 'condition', text: t, holds })),
);

/** The XState event name of a flow event. */
function eventName(e: FlowEvent): string {
  switch (e.type) {
    case 'done':
      return 'DONE';
    case 'reply':
      return `REPLY.${e.intent}`;
    case 'flag':
      return `FLAG.${e.flag}`;
    case 'condition':
      return `${e.holds ? 'COND' : 'NOT'}.${e.text}`;
    default:
      return `ELAPSED.${e.seconds}`;
  }
}
const keyOf = (at: readonly number[]) => (at.length === 0 ? 'done' : at.map((n, i) => (i % 2 === 0 ? `s${n}` : `b${n}`)).join('_'));

/** Only HuashuErrors may escape (a typed error), never TypeError or RangeError. */
function typedOrNothing(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    if (!isHuashuError(error)) throw error;
  }
}

describe('steps fuzz: no throw on well-typed input, typed errors otherwise', () => {
  const pieces = fc.constantFrom('若', '如果', '否则，', '第一步：', '1、', '(一)', '①', '“', '”', '稍停五秒', '还是无声', '挂机', '，', '。', '\n', '客户需要开发票', '说：', '一二', '9'.repeat(30));
  const script = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')));

  it('parseScript returns steps that validate, or a typed error', () => {
    fc.assert(
      fc.property(script, (input) => {
        try {
          expect(stepListSchema.safeParse(parseScript(input)).success).toBe(true);
        } catch (error) {
          if (!isHuashuError(error)) throw error;
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('every renderer and the XState export accept any well-typed steps', () => {
    fc.assert(
      fc.property(stepsArb, fc.array(condition, { maxLength: 4 }), (steps, path) => {
        toText(steps);
        for (const line of toMarkdown(steps).split('\n')) if (line !== '') expect(line).toMatch(/^ *- /);
        expect(toSsml(steps, { path })).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
        toChat(steps, { path });
        followPath(steps, path);
        toXStateConfig(steps);
      }),
      { numRuns: RUNS },
    );
  });

  it('junk into the public step functions gives a typed error or a result, never TypeError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        typedOrNothing(() => parseScript(a as string));
        typedOrNothing(() => startFlow([{ kind: 'note', text: 'x' }], { clock: () => 0 }).next(a as FlowEvent));
        typedOrNothing(() => resumeFlow(a));
        typedOrNothing(() => splitMessage(a as string, b as number));
        typedOrNothing(() => followPath([], [a] as Condition[]));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('steps fuzz: startFlow and the exported XState machine agree on every event', () => {
  it('same state after each event; an event the flow refuses has no transition in the machine', () => {
    fc.assert(
      fc.property(stepsArb, fc.array(event, { maxLength: 12 }), (steps, events) => {
        const flow = startFlow(steps, { clock: () => 0 });
        const machine = toXStateConfig(steps);
        let state = machine.initial;
        expect(state).toBe(keyOf(flow.state().at));
        for (const e of events) {
          const node = machine.states[state];
          const on = (node !== undefined && 'on' in node ? node.on : undefined) ?? {};
          const name = eventName(e);
          const target = on[name] ?? (name.startsWith('REPLY.') ? on['REPLY.*'] : undefined);
          let accepted = true;
          try {
            flow.next(e);
          } catch (error) {
            if (!isHuashuError(error)) throw error;
            accepted = false;
          }
          expect(target === undefined ? 'refused' : target).toBe(accepted ? keyOf(flow.state().at) : 'refused');
          if (target !== undefined) state = target;
        }
      }),
      { numRuns: RUNS },
    );
  });
});

/** Best of five timings of `fn`, in ms. */
function best(fn: () => unknown): number {
  let min = Infinity;
  for (let r = 0; r < 5; r++) {
    const start = performance.now();
    fn();
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

describe('steps fuzz: time per input length, as a ratio to a linear baseline measured in the same run', () => {
  // Baseline: parsing ordinary script text of the same length (linear by construction of the
  // test: the plain text has no conditions, numbers or markers to backtrack on).
  const plain = (n: number) => '您好，请问有什么可以帮您？'.repeat(Math.ceil(n / 13)).slice(0, n);
  const families: Array<[string, (n: number) => () => unknown]> = [
    ['parseScript 若 + a digit run', (n) => () => parseScript('若' + '1'.repeat(n - 1))],
    ['parseScript 稍停 + a digit run', (n) => () => parseScript('稍停' + '一'.repeat(n - 2))],
    ['parseScript a line of conditional clauses', (n) => () => parseScript('若客户需要开发票，说“好的。”'.repeat(Math.ceil(n / 15)))],
    ['parseScript a line of reply branches', (n) => () => parseScript('若客户说可以，挂机。'.repeat(Math.ceil(n / 10)))],
    ['parseScript numbered items on one line', (n) => () => parseScript('“好。”1、'.repeat(Math.ceil(n / 6)))],
    ['splitMessage with a large max', (n) => () => splitMessage('很抱歉，'.repeat(Math.ceil(n / 4)), n)],
    ['toChat with a large maxChars', (n) => () => toChat([{ kind: 'say', text: '您好！'.repeat(Math.ceil(n / 3)), toned: '' }], { maxChars: n })],
  ];

  const SIZES = [10_000, 20_000, 40_000, 80_000];
  it.each(families)('%s: cost per character at 80k within 4× of its cost at 10k, relative to the baseline', (_, make) => {
    const ratios: Record<number, number> = {};
    best(make(10_000)); // warm up the JIT before measuring
    best(() => parseScript(plain(10_000)));
    for (const n of SIZES) {
      const base = best(() => parseScript(plain(n)));
      ratios[n] = best(make(n)) / base;
    }
    console.log(`${_}: time / baseline at 10k, 20k, 40k, 80k chars = ${SIZES.map((n) => (ratios[n] ?? 0).toFixed(2)).join(', ')}`);
    // Linear: the ratio stays about the same (garbage collection makes it wobble); quadratic: it
    // grows 8× from 10k to 80k.
    expect(ratios[80_000]).toBeLessThan(4 * (ratios[10_000] ?? 0) + 1);
  });

  it('toXStateConfig: time per state stays flat as steps grow wide and deep (to the depth limit)', () => {
    const wide = (n: number): FilledStep[] =>
      Array.from({ length: n }, (_, i): FilledStep => ({ kind: 'branch', branches: [{ when: { reply: 'silent' }, steps: [{ kind: 'say', text: `${i}`, toned: `${i}` }] }] }));
    const t1 = best(() => toXStateConfig(wide(1_000)));
    const t4 = best(() => toXStateConfig(wide(4_000)));
    const base1 = best(() => toText(wide(1_000)));
    const base4 = best(() => toText(wide(4_000)));
    console.log(`toXStateConfig wide: time / toText at 1k, 4k branch steps = ${(t1 / base1).toFixed(2)}, ${(t4 / base4).toFixed(2)}`);
    expect(t4 / base4).toBeLessThan(3 * (t1 / base1) + 0.5);
  });
});

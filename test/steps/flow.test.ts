import { describe, expect, it } from 'vitest';
import { isHuashuError } from '../../src/errors/index.js';
import { createPhrasebook } from '../../src/phrasebook/index.js';
import { FlowStateError, resumeFlow, startFlow, type FilledStep, type Flow } from '../../src/steps/index.js';
import { proceduresPack } from '../fixtures/steps/procedures.js';

const book = createPhrasebook({ packs: [proceduresPack()] });

/** A clock the test moves by hand. */
function manualClock(start = 1_000_000) {
  let now = start;
  return { clock: () => now, advance: (seconds: number) => (now += seconds * 1000) };
}

const describeStep = (step: FilledStep | undefined) =>
  step === undefined ? 'end' : step.kind === 'say' ? step.ref ?? step.text : step.kind === 'wait' ? ('seconds' in step ? `wait ${step.seconds}` : 'wait reply') : step.kind === 'action' ? step.action : step.kind;

function invalid(flow: Flow, event: Parameters<Flow['next']>[0]): FlowStateError {
  try {
    flow.next(event);
  } catch (error) {
    if (error instanceof FlowStateError) return error;
    throw error;
  }
  throw new Error('expected a FlowStateError');
}

describe('startFlow on the silent call', () => {
  it('runs greet → 5 s → greet → 5 s → goodbye → 5 s → hang up, waits passing by elapsed events', () => {
    const flow = book.startFlow('fx.silent-call', { clock: () => 0 });
    const seen = [describeStep(flow.current())];
    seen.push(describeStep(flow.next({ type: 'done' })));
    seen.push(describeStep(flow.next({ type: 'elapsed', seconds: 3 }))); // still waiting
    seen.push(describeStep(flow.next({ type: 'elapsed', seconds: 2 })));
    seen.push(describeStep(flow.next({ type: 'done' })));
    seen.push(describeStep(flow.next({ type: 'elapsed', seconds: 5 })));
    seen.push(describeStep(flow.next({ type: 'done' })));
    seen.push(describeStep(flow.next({ type: 'done' }))); // a timed wait can be ended early
    seen.push(describeStep(flow.next({ type: 'done' })));
    expect(seen).toEqual([
      'fx.silent-call#greet',
      'wait 5',
      'wait 5',
      'fx.silent-call#greet',
      'wait 5',
      'fx.silent-call#goodbye',
      'wait 5',
      'hang-up',
      'end',
    ]);
    expect(flow.finished).toBe(true);
  });

  it('runs the catalogue’s call.silent: on silence at each pause it goes on, a customer who speaks ends it', () => {
    const silent = { type: 'reply', intent: 'silent' } as const;
    const flow = startFlow('call.silent', { clock: () => 0 });
    const seen = [describeStep(flow.current())];
    seen.push(describeStep(flow.next({ type: 'done' })));
    seen.push(describeStep(flow.next(silent))); // no reply within the pause: the branch on silence
    seen.push(describeStep(flow.next({ type: 'done' })));
    seen.push(describeStep(flow.next(silent)));
    seen.push(describeStep(flow.next({ type: 'done' })));
    seen.push(describeStep(flow.next({ type: 'elapsed', seconds: 5 })));
    seen.push(describeStep(flow.next({ type: 'done' })));
    expect(seen).toEqual(['call.silent#default', 'wait 5', 'call.silent#default', 'wait 5', 'call.silent#goodbye', 'wait 5', 'hang-up', 'end']);

    const answered = startFlow('call.silent', { clock: () => 0 });
    answered.next({ type: 'done' });
    expect(describeStep(answered.next({ type: 'reply', intent: 'other' }))).toBe('end');

    // A reply at a pause that no branch on replies follows does not fit, and changes nothing.
    const plain = startFlow([{ kind: 'wait', seconds: 5 }, { kind: 'action', action: 'hang-up' }], { clock: () => 0 });
    expect(invalid(plain, { type: 'reply', intent: 'silent' }).message).toBe('Event reply "silent" does not fit the current step: a 5-second wait');
    expect(describeStep(plain.current())).toBe('wait 5');
  });

  it('lets an injected clock finish a wait without elapsed reports', () => {
    const time = manualClock();
    const flow = startFlow([{ kind: 'wait', seconds: 5 }, { kind: 'action', action: 'hang-up' }], { clock: time.clock });
    time.advance(4);
    expect(describeStep(flow.next({ type: 'elapsed', seconds: 0 }))).toBe('wait 5');
    time.advance(1);
    expect(describeStep(flow.next({ type: 'elapsed', seconds: 0 }))).toBe('hang-up');
  });
});

describe('startFlow on the hold procedure (elapsed > 2 min, anxious customer)', () => {
  it('offers a call-back when the query has taken over 2 minutes (clock)', () => {
    const time = manualClock();
    const flow = book.startFlow('fx.hold', { clock: time.clock, customer: '王女士' });
    expect(describeStep(flow.next({ type: 'done' }))).toBe('branch');
    time.advance(121);
    expect(describeStep(flow.next({ type: 'done' }))).toBe('fx.hold#callback');
    expect(describeStep(flow.next({ type: 'done' }))).toBe('schedule-callback');
    expect(describeStep(flow.next({ type: 'done' }))).toBe('branch');
  });

  it('skips the call-back when the query was quick, and reassures an anxious customer', () => {
    const time = manualClock();
    const flow = book.startFlow('fx.hold', { clock: time.clock });
    flow.next({ type: 'done' });
    time.advance(30);
    expect(describeStep(flow.next({ type: 'done' }))).toBe('branch');
    expect(describeStep(flow.next({ type: 'flag', flag: 'customer-anxious' }))).toBe('fx.hold#reassure');
    expect(describeStep(flow.next({ type: 'done' }))).toBe('fx.hold#thanks-for-waiting');
    expect(flow.current()).toMatchObject({ text: '很抱歉,先生/女士,让您久等了!' });
  });

  it('takes the elapsed branch when elapsed events pass the threshold, and waits below it', () => {
    const flow = book.startFlow('fx.hold', { clock: () => 0 });
    flow.next({ type: 'done' });
    expect(describeStep(flow.next({ type: 'elapsed', seconds: 60 }))).toBe('branch');
    expect(describeStep(flow.next({ type: 'elapsed', seconds: 61 }))).toBe('fx.hold#callback');
    expect(flow.elapsed()).toBe(121);
  });
});

describe('reply branches', () => {
  it('complaint: a reply after the wait is applied to the branch that follows', () => {
    const flow = book.startFlow('fx.complaint', { clock: () => 0, customer: '赵先生' });
    expect(describeStep(flow.next({ type: 'done' }))).toBe('wait reply');
    expect(describeStep(flow.next({ type: 'reply', intent: 'agree' }))).toBe('fx.complaint#ask-number');
    expect(flow.current()).toMatchObject({ text: '非常感谢您的理解,请问赵先生方便留个联系号码吗?' });
    expect(describeStep(flow.next({ type: 'done' }))).toBe('record-complaint');
    expect(describeStep(flow.next({ type: 'done' }))).toBe('end');
    expect(flow.state().history).toEqual([{ type: 'done' }, { type: 'reply', intent: 'agree' }, { type: 'done' }, { type: 'done' }]);
  });

  it('complaint: a reply no branch takes moves past the branch', () => {
    const flow = book.startFlow('fx.complaint', { clock: () => 0 });
    flow.next({ type: 'done' });
    expect(flow.next({ type: 'reply', intent: 'unclear' })).toBeUndefined();
    expect(flow.finished).toBe(true);
  });

  it.each([
    ['agree', 'fx.stock-out#thanks'],
    ['decline', 'fx.stock-out#closing'],
    ['silent', 'end'],
  ])('stock-out: reply %s → %s', (intent, expected) => {
    const flow = book.startFlow('fx.stock-out', { clock: () => 0 });
    expect(flow.current()).toMatchObject({ kind: 'ask', ref: 'fx.stock-out#offer' });
    expect(describeStep(flow.next({ type: 'reply', intent }))).toBe(expected);
  });

  it('takes an otherwise branch on done', () => {
    const flow = startFlow([
      { kind: 'branch', branches: [{ when: { flag: 'transfer-failed' }, steps: [{ kind: 'note', text: 'a' }] }, { when: { otherwise: true }, steps: [{ kind: 'note', text: 'b' }] }] },
    ]);
    expect(flow.next({ type: 'done' })).toEqual({ kind: 'note', text: 'b' });
    expect(flow.next({ type: 'done' })).toBeUndefined();
  });
});

describe('invalid events', () => {
  it.each([
    ['a reply on a say step', [], { type: 'reply', intent: 'agree' }, 'say'],
    ['done on a wait for the reply', [{ type: 'done' }], { type: 'done' }, 'wait'],
    ['a flag no branch has', [{ type: 'done' }, { type: 'done' }], { type: 'flag', flag: 'transfer-failed' }, 'branch'],
  ] as const)('rejects %s with INVALID_FLOW_STATE', (_name, before, event, kind) => {
    const flow = book.startFlow(kind === 'wait' ? 'fx.complaint' : 'fx.hold', { clock: () => 0 });
    for (const e of before) flow.next(e);
    const error = invalid(flow, event);
    expect(isHuashuError(error)).toBe(true);
    expect(error.code).toBe('INVALID_FLOW_STATE');
    expect(error.stepKind).toBe(kind);
    expect(error.message).toMatch(/does not fit the current step/);
  });

  it('rejects done on an ask, negative elapsed seconds and any event after the end', () => {
    const ask = book.startFlow('fx.stock-out');
    expect(invalid(ask, { type: 'done' }).message).toContain('an ask on reply agree | reply decline');
    expect(invalid(ask, { type: 'elapsed', seconds: -1 }).message).toContain('seconds ≥ 0');
    const empty = startFlow([]);
    expect(empty.finished).toBe(true);
    expect(invalid(empty, { type: 'done' }).stepKind).toBe('finished');
  });
});

describe('state() and resumeFlow', () => {
  it('round-trips through JSON mid-branch and carries on identically', () => {
    const time = manualClock();
    const flow = book.startFlow('fx.hold', { clock: time.clock });
    flow.next({ type: 'done' });
    time.advance(200);
    flow.next({ type: 'done' }); // into the call-back branch
    const saved = JSON.parse(JSON.stringify(flow.state())) as unknown;
    const resumed = resumeFlow(saved, { clock: time.clock });
    expect(resumed.current()).toEqual(flow.current());
    expect(resumed.state()).toEqual(flow.state());
    for (const f of [flow, resumed]) {
      f.next({ type: 'done' });
      f.next({ type: 'done' });
    }
    expect(resumed.current()).toEqual(flow.current());
    expect(resumed.state().at).toEqual([2]);
  });

  it('rejects what is not a flow state', () => {
    expect(() => resumeFlow({ version: 2 })).toThrow(FlowStateError);
    const state = startFlow([{ kind: 'note', text: 'x' }]).state();
    expect(() => resumeFlow({ ...state, at: [5] })).toThrow(/position \[5\]/);
    expect(() => resumeFlow({ ...state, at: [0, 0] })).toThrow(/position/);
  });
});

describe('startFlow on the real core scenario', () => {
  it('hold.explain starts by saying its phrase to the customer', () => {
    const flow = startFlow('hold.explain', { customer: '王女士', clock: () => 0 });
    expect(flow.current()).toMatchObject({ kind: 'say', ref: 'hold.explain#default', text: '很抱歉，王女士，我帮您查询一下，请您稍等片刻，谢谢！' });
  });

  it('a scenario without a procedure is one step, then the end', () => {
    const flow = book.startFlow('fx.no-procedure', { clock: () => 0 });
    expect(flow.current()).toMatchObject({ kind: 'say', ref: 'fx.no-procedure#phone' });
    expect(flow.next({ type: 'done' })).toBeUndefined();
    expect(flow.finished).toBe(true);
  });
});

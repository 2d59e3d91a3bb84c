import { describe, expect, it } from 'vitest';
import { createActor, createMachine } from 'xstate';
import { createPhrasebook } from '../../src/phrasebook/index.js';
import { stepsOf, toXStateConfig } from '../../src/steps/index.js';
import { proceduresPack } from '../fixtures/steps/procedures.js';

const book = createPhrasebook({ packs: [proceduresPack()] });

function actorFor(id: 'fx.silent-call' | 'fx.hold' | 'fx.complaint' | 'fx.stock-out') {
  const actor = createActor(createMachine(toXStateConfig(book.stepsOf(id)) as Parameters<typeof createMachine>[0]));
  actor.start();
  return actor;
}

describe('toXStateConfig', () => {
  it('is a plain config XState runs: the stock-out ask branches on REPLY events', () => {
    const agree = actorFor('fx.stock-out');
    agree.send({ type: 'REPLY.agree' });
    expect(agree.getSnapshot().value).toBe('s0_b0_s0');
    agree.send({ type: 'DONE' });
    expect(agree.getSnapshot().status).toBe('done');

    const other = actorFor('fx.stock-out');
    other.send({ type: 'REPLY.silent' });
    expect(other.getSnapshot().status).toBe('done');
  });

  it('call.silent: a REPLY during a pause goes to the branch on it, as in the runner', () => {
    const run = () => {
      const actor = createActor(createMachine(toXStateConfig(stepsOf('call.silent')) as Parameters<typeof createMachine>[0]));
      actor.start();
      return actor;
    };
    const silent = run();
    for (const type of ['DONE', 'REPLY.silent', 'DONE', 'REPLY.silent']) silent.send({ type });
    expect(silent.getSnapshot().value).toBe('s2_b0_s2_b0_s0');
    for (const type of ['DONE', 'DONE', 'DONE']) silent.send({ type });
    expect(silent.getSnapshot().status).toBe('done');

    const spoke = run();
    spoke.send({ type: 'DONE' });
    spoke.send({ type: 'REPLY.other' });
    expect(spoke.getSnapshot().status).toBe('done');
  });

  it('hold: FLAG and ELAPSED events enter branches, DONE skips them', () => {
    const actor = actorFor('fx.hold');
    actor.send({ type: 'DONE' });
    expect(actor.getSnapshot().value).toBe('s1');
    actor.send({ type: 'ELAPSED.120' });
    expect(actor.getSnapshot().value).toBe('s1_b0_s0');
    actor.send({ type: 'DONE' });
    actor.send({ type: 'DONE' });
    expect(actor.getSnapshot().value).toBe('s2');
    actor.send({ type: 'FLAG.customer-anxious' });
    expect(actor.getSnapshot().value).toBe('s2_b0_s0');
    actor.send({ type: 'DONE' });
    expect(actor.getSnapshot().value).toBe('s3');
  });

  it('complaint: a reply to the wait goes straight into the matching branch', () => {
    const actor = actorFor('fx.complaint');
    actor.send({ type: 'DONE' });
    actor.send({ type: 'REPLY.agree' });
    expect(actor.getSnapshot().value).toBe('s2_b0_s0');
  });

  it('silent call: timed waits are delayed transitions', () => {
    const config = toXStateConfig(book.stepsOf('fx.silent-call'));
    expect(Object.keys(config.states)).toEqual(['s0', 's1', 's2', 's3', 's4', 's5', 's6', 'done']);
    expect(config.states['s1']).toMatchObject({ after: { 5000: 's2' }, on: { DONE: 's2' } });
    expect(config.states['s6']).toMatchObject({ meta: { step: { kind: 'action', action: 'hang-up' } }, on: { DONE: 'done' } });
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  it('an empty script is a machine that is already done', () => {
    expect(toXStateConfig([])).toEqual({ id: 'script', initial: 'done', states: { done: { type: 'final' } } });
  });
});

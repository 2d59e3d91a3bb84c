import { HuashuError } from '../errors/index.js';
import { MAX_STEP_DEPTH, REPLY_INTENTS, stepDepth, type Condition } from '../schema/index.js';
import { firstPosition, isOpenCondition, transition, type MachineEvent } from './machine.js';
import type { FilledBranch, FilledStep } from './types.js';

/** A transition target of an XState config: a state key of the machine. */
export type XStateTransitions = Record<string, string>;

/** One state of an exported machine config. */
export interface XStateStateConfig {
  /** The step this state stands for (kind, text, label…), for your UI. */
  readonly meta: { readonly step: FilledStep; readonly path: readonly number[] };
  readonly on?: XStateTransitions;
  /** Delayed transitions, in milliseconds (timed waits). */
  readonly after?: Readonly<Record<number, string>>;
  readonly type?: 'final';
}

/** A plain XState v5 machine config (no runtime bundled: pass it to xstate's `createMachine`). */
export interface XStateMachineConfig {
  readonly id: string;
  readonly initial: string;
  readonly states: Readonly<Record<string, XStateStateConfig | { readonly type: 'final' }>>;
}

/**
 * The event name a branch condition listens for in an exported machine config.
 *
 * @param c - the condition
 * @returns `REPLY.<intent>`, `FLAG.<flag>`, `ELAPSED.<seconds>`, `COND.<text>` (an open condition holds) or `DONE` (otherwise)
 * @example
 * ```ts
 * conditionEvent({ flag: 'customer-anxious' }); //=> 'FLAG.customer-anxious'
 * ```
 */
export function conditionEvent(c: Condition): string {
  if ('reply' in c) return `REPLY.${c.reply}`;
  if ('flag' in c) return `FLAG.${c.flag}`;
  if ('elapsedOver' in c) return `ELAPSED.${c.elapsedOver}`;
  if ('otherwise' in c) return 'DONE';
  return `COND.${c.text}`;
}

/** An intent no branch names: what `REPLY.*` stands for when computing its target. */
const ANY_INTENT = '\u0000any';

/**
 * Exports steps as a plain XState-compatible machine config: one state a step (keys `s0`,
 * `s2_b1_s0` for nested steps; a numbered group's steps are `s1_b0_s0`…), `DONE` to move on,
 * `after` delays for timed waits, `REPLY.<intent>` (and `REPLY.*` for any other reply),
 * `FLAG.<flag>`, `ELAPSED.<seconds>` events for branches, `COND.<text>` / `NOT.<text>` for an
 * open condition the application decides, and a final `done` state. Every transition is read
 * from the same step machine as `startFlow` (see `transition`), so the two agree on every
 * event; an event the flow rejects has no transition here. huashu bundles no state-machine
 * runtime; `startFlow` runs steps without one. Built without recursion, in time linear in the
 * steps (each transition costs at most the nesting depth, at most `MAX_STEP_DEPTH`).
 *
 * @throws HuashuError `STEPS_TOO_DEEP` for steps nested deeper than `MAX_STEP_DEPTH` (64)
 *
 * @param steps - filled steps
 * @param id - the machine id. Default `script`.
 * @returns the config
 * @example
 * ```ts
 * toXStateConfig([{ kind: 'wait', seconds: 5 }]).states.s0;
 * //=> { meta: { step: { kind: 'wait', seconds: 5 }, path: [0] }, on: { DONE: 'done' }, after: { 5000: 'done' } }
 * ```
 */
export function toXStateConfig(steps: readonly FilledStep[], id = 'script'): XStateMachineConfig {
  if (stepDepth(steps) > MAX_STEP_DEPTH) {
    throw new HuashuError('STEPS_TOO_DEEP', `toXStateConfig: steps nest deeper than ${MAX_STEP_DEPTH} levels (MAX_STEP_DEPTH)`);
  }
  const states: Record<string, XStateStateConfig | { readonly type: 'final' }> = {};
  const key = (path: readonly number[]) => (path.length === 0 ? 'done' : path.map((n, i) => (i % 2 === 0 ? `s${n}` : `b${n}`)).join('_'));
  const target = (path: readonly number[], event: MachineEvent): string | undefined => {
    const r = transition(steps, path, event);
    return r.ok ? key(r.at) : undefined;
  };
  // Every step's position in document order, groups walked into (a group itself is never a state).
  const stack: Array<{ list: readonly FilledStep[]; prefix: readonly number[]; i: number }> = [{ list: steps, prefix: [], i: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    const i = frame.i++;
    const step = frame.list[i];
    if (step === undefined) {
      stack.pop();
      continue;
    }
    const path = [...frame.prefix, i];
    if (step.kind === 'group') {
      stack.push({ list: step.steps, prefix: [...path, 0], i: 0 });
      continue;
    }
    {
      const on: XStateTransitions = {};
      const set = (name: string, to: string | undefined) => {
        if (to !== undefined && !(name in on)) on[name] = to;
      };
      set('DONE', target(path, { type: 'done' }));
      const anyReply = target(path, { type: 'reply', intent: ANY_INTENT });
      for (const intent of REPLY_INTENTS) {
        const to = target(path, { type: 'reply', intent });
        if (to !== anyReply) set(`REPLY.${intent}`, to);
      }
      set('REPLY.*', anyReply);
      if (step.kind === 'ask' || step.kind === 'branch') {
        for (const b of step.branches) {
          const c = b.when;
          if ('flag' in c) set(`FLAG.${c.flag}`, target(path, { type: 'flag', flag: c.flag }));
          else if ('elapsedOver' in c) set(`ELAPSED.${c.elapsedOver}`, target(path, { type: 'time-up', over: c.elapsedOver }));
          else if (isOpenCondition(c)) {
            set(`COND.${c.text}`, target(path, { type: 'condition', text: c.text, holds: true }));
            set(`NOT.${c.text}`, target(path, { type: 'condition', text: c.text, holds: false }));
          }
        }
      }
      const meta = { step, path };
      const after = step.kind === 'wait' && 'seconds' in step ? target(path, { type: 'done' }) : undefined;
      states[key(path)] = after === undefined || !('seconds' in step) ? { meta, on } : { meta, on, after: { [step.seconds * 1000]: after } };
    }
    // Branches after the step itself, first branch first.
    if (step.kind === 'ask' || step.kind === 'branch') {
      for (let b = step.branches.length - 1; b >= 0; b--) stack.push({ list: (step.branches[b] as FilledBranch).steps, prefix: [...path, b], i: 0 });
    }
  }
  states['done'] = { type: 'final' };
  const first = firstPosition(steps);
  return { id, initial: key(first), states };
}

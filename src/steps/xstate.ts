import { REPLY_INTENTS, type Condition } from '../schema/step.js';
import { firstPosition, isOpenCondition, transition, type MachineEvent } from './machine.js';
import type { FilledStep } from './types.js';

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
 * runtime; `startFlow` runs steps without one. Built without recursion: linear in the steps.
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
  const states: Record<string, XStateStateConfig | { readonly type: 'final' }> = {};
  const key = (path: readonly number[]) => (path.length === 0 ? 'done' : path.map((n, i) => (i % 2 === 0 ? `s${n}` : `b${n}`)).join('_'));
  const target = (path: readonly number[], event: MachineEvent): string | undefined => {
    const r = transition(steps, path, event);
    return r.ok ? key(r.at) : undefined;
  };
  // Every step's position, groups walked into (a group itself is never a state).
  const stack: Array<{ list: readonly FilledStep[]; prefix: readonly number[] }> = [{ list: steps, prefix: [] }];
  while (stack.length > 0) {
    const { list, prefix } = stack.pop() as { list: readonly FilledStep[]; prefix: readonly number[] };
    for (let i = list.length - 1; i >= 0; i--) {
      const step = list[i] as FilledStep;
      const path = [...prefix, i];
      if (step.kind === 'group') {
        stack.push({ list: step.steps, prefix: [...path, 0] });
        continue;
      }
      if (step.kind === 'ask' || step.kind === 'branch') step.branches.forEach((b, bi) => stack.push({ list: b.steps, prefix: [...path, bi] }));
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
  }
  const ordered: Record<string, XStateStateConfig | { readonly type: 'final' }> = {};
  for (const k of Object.keys(states).sort(comparePaths)) ordered[k] = states[k] as XStateStateConfig;
  ordered['done'] = { type: 'final' };
  const first = firstPosition(steps);
  return { id, initial: key(first), states: ordered };
}

/** Document order of state keys (s0 < s0_b0_s0 < s1 < s10). */
function comparePaths(a: string, b: string): number {
  const pa = a.split('_').map((p) => Number(p.slice(1)));
  const pb = b.split('_').map((p) => Number(p.slice(1)));
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return pa.length - pb.length;
}

import type { Condition } from '../schema/index.js';
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
 * @returns `REPLY.<intent>`, `FLAG.<flag>`, `ELAPSED.<seconds>` or `DONE` (otherwise)
 * @example
 * ```ts
 * conditionEvent({ flag: 'customer-anxious' }); //=> 'FLAG.customer-anxious'
 * ```
 */
export function conditionEvent(c: Condition): string {
  if ('reply' in c) return `REPLY.${c.reply}`;
  if ('flag' in c) return `FLAG.${c.flag}`;
  if ('elapsedOver' in c) return `ELAPSED.${c.elapsedOver}`;
  return 'DONE';
}

/**
 * Exports steps as a plain XState-compatible machine config: one state a step (keys `s0`,
 * `s2_b1_s0` for nested steps), `DONE` to move on, `after` delays for timed waits,
 * `REPLY.<intent>`, `FLAG.<flag>` and `ELAPSED.<seconds>` events for branches, and a final
 * `done` state. huashu bundles no state-machine runtime; `startFlow` runs steps without one.
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
  const key = (path: readonly number[]) => path.map((n, i) => (i % 2 === 0 ? `s${n}` : `b${n}`)).join('_');
  const listAt = (path: readonly number[]): readonly FilledStep[] => {
    let list = steps;
    for (let i = 0; i + 1 < path.length; i += 2) {
      const step = list[path[i] ?? 0];
      list = step !== undefined && 'branches' in step ? (step.branches[path[i + 1] ?? 0]?.steps ?? []) : [];
    }
    return list;
  };
  /** The state after the step at `path`, climbing out of finished branches. */
  const after = (path: readonly number[]): string => {
    let p = [...path];
    for (;;) {
      p[p.length - 1] = (p[p.length - 1] ?? 0) + 1;
      if ((p[p.length - 1] ?? 0) < listAt(p).length) return key(p);
      if (p.length === 1) return 'done';
      p = p.slice(0, -2);
    }
  };
  const branchTargets = (path: readonly number[], branches: readonly FilledBranch[], fallback: string): XStateTransitions => {
    const on: XStateTransitions = {};
    branches.forEach((b, i) => {
      const event = conditionEvent(b.when);
      if (event in on) return;
      on[event] = b.steps.length === 0 ? after(path) : key([...path, i, 0]);
    });
    if (!('DONE' in on)) on['DONE'] = fallback;
    return on;
  };
  const walk = (list: readonly FilledStep[], prefix: readonly number[]) => {
    list.forEach((step, i) => {
      const path = [...prefix, i];
      const next = after(path);
      const meta = { step, path };
      switch (step.kind) {
        case 'wait': {
          // A reply during a wait that a branch on replies follows goes straight to that branch;
          // a reply no branch takes goes where the runner sends it (the otherwise branch, or past).
          const following = listAt(path)[i + 1];
          const targets =
            following?.kind === 'branch' && following.branches.some((b) => 'reply' in b.when)
              ? branchTargets([...prefix, i + 1], following.branches, after([...prefix, i + 1]))
              : undefined;
          const replies: XStateTransitions = targets === undefined ? {} : Object.fromEntries(Object.entries(targets).filter(([e]) => e.startsWith('REPLY.')));
          if ('seconds' in step) {
            const on: XStateTransitions = { DONE: next, ...replies };
            if (targets?.['DONE'] !== undefined) on['REPLY.*'] = targets['DONE'];
            states[key(path)] = { meta, on, after: { [step.seconds * 1000]: next } };
          } else {
            states[key(path)] = { meta, on: { ...replies, 'REPLY.*': next } };
          }
          break;
        }
        case 'ask':
        case 'branch': {
          const on = branchTargets(path, step.branches, next);
          if (step.kind === 'ask') {
            on['REPLY.*'] = on['DONE'] ?? next;
            delete on['DONE'];
          }
          states[key(path)] = { meta, on };
          step.branches.forEach((b, bi) => walk(b.steps, [...path, bi]));
          break;
        }
        default:
          states[key(path)] = { meta, on: { DONE: next } };
      }
    });
  };
  walk(steps, []);
  states['done'] = { type: 'final' };
  return { id, initial: steps.length === 0 ? 'done' : 's0', states };
}

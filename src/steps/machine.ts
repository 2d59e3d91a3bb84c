import type { Condition } from '../schema/index.js';
import type { FilledBranch, FilledStep } from './types.js';

/**
 * A position in a step tree: the step's index, then (inside a branch or a numbered group) the
 * branch's index (0 for a group) and the step's index there, alternately. `[]` once finished.
 */
export type StepPosition = readonly number[];

/**
 * What moves a step machine on, in its own terms (the flow runner turns clock time into
 * `time-up`; the XState export names each as an event type).
 */
export type MachineEvent =
  | { readonly type: 'done' }
  | { readonly type: 'reply'; readonly intent: string }
  | { readonly type: 'flag'; readonly flag: string }
  /** An `elapsedOver` limit of the current branch step has passed. */
  | { readonly type: 'time-up'; readonly over: number }
  /** The application decided an open condition (`{ text }`): it holds, or it does not. */
  | { readonly type: 'condition'; readonly text: string; readonly holds: boolean };

/** Where a machine event leads: the next position, or (when the event does not fit) the current step in words. */
export type MachineResult = { readonly ok: true; readonly at: number[] } | { readonly ok: false; readonly reason: string };

/** Whether a condition is open: only text, decided by the application. */
export function isOpenCondition(c: Condition): c is { text: string } {
  return !('reply' in c) && !('flag' in c) && !('elapsedOver' in c) && !('otherwise' in c);
}

/** The steps of a branch (or, for a group, its own steps at index 0). */
function childList(step: FilledStep | undefined, b: number): readonly FilledStep[] | undefined {
  if (step === undefined) return undefined;
  if (step.kind === 'group') return b === 0 ? step.steps : undefined;
  if (step.kind === 'ask' || step.kind === 'branch') return step.branches[b]?.steps;
  return undefined;
}

/** The list holding the step at `at` (empty when the position leads nowhere). */
export function listAt(steps: readonly FilledStep[], at: StepPosition): readonly FilledStep[] {
  let list = steps;
  for (let i = 0; i + 1 < at.length; i += 2) list = childList(list[at[i] ?? 0], at[i + 1] ?? 0) ?? [];
  return list;
}

/** The step at a position, or `undefined`. */
export function stepAt(steps: readonly FilledStep[], at: StepPosition): FilledStep | undefined {
  if (at.length === 0) return undefined;
  return listAt(steps, at)[at[at.length - 1] ?? 0];
}

/**
 * The position where the machine rests from `p` on: past the ends of finished lists, into
 * numbered groups (a group is never current: its first step is), `[]` at the end. Iterative, in
 * time linear in the depth (the lists along the path are found once).
 */
export function settle(steps: readonly FilledStep[], start: StepPosition): number[] {
  const p = [...start];
  if (p.length === 0) return p;
  // lists[k]: the list that p[2k] indexes.
  const lists: Array<readonly FilledStep[]> = [steps];
  for (let i = 0; i + 1 < p.length; i += 2) lists.push(childList(lists[lists.length - 1]?.[p[i] ?? 0], p[i + 1] ?? 0) ?? []);
  for (;;) {
    const list = lists[lists.length - 1] as readonly FilledStep[];
    const i = p[p.length - 1] ?? 0;
    const step = list[i];
    if (step === undefined) {
      if (p.length === 1) return [];
      p.length -= 2;
      lists.pop();
      p[p.length - 1] = (p[p.length - 1] ?? 0) + 1;
    } else if (step.kind === 'group') {
      if (step.steps.length > 0) {
        p.push(0, 0);
        lists.push(step.steps);
      } else p[p.length - 1] = i + 1;
    } else return p;
  }
}

/** The first position of steps (`[]` when there is nothing to run). */
export function firstPosition(steps: readonly FilledStep[]): number[] {
  return settle(steps, [0]);
}

/** The position after the step at `at`, climbing out of finished branches and groups. */
export function nextPosition(steps: readonly FilledStep[], at: StepPosition): number[] {
  if (at.length === 0) return [];
  const p = [...at];
  p[p.length - 1] = (p[p.length - 1] ?? 0) + 1;
  return settle(steps, p);
}

const ok = (at: number[]): MachineResult => ({ ok: true, at });
const fail = (reason: string): MachineResult => ({ ok: false, reason });

function branchesOnReply(step: FilledStep | undefined): boolean {
  return step?.kind === 'branch' && step.branches.some((b) => 'reply' in b.when);
}

function describeCondition(c: Condition): string {
  if ('reply' in c) return `reply ${c.reply}`;
  if ('elapsedOver' in c) return `elapsed > ${c.elapsedOver}s`;
  if ('flag' in c) return `flag ${c.flag}`;
  if ('otherwise' in c) return 'otherwise';
  return `condition "${c.text}"`;
}

/**
 * A step in words, for error messages.
 *
 * @param step - the step, or `undefined` once finished
 * @returns the description
 */
export function describeStep(step: FilledStep | undefined): string {
  if (step === undefined) return 'the flow has finished';
  if (step.kind === 'wait') return 'seconds' in step ? `a ${step.seconds}-second wait` : 'a wait for the reply';
  if (step.kind === 'branch' || step.kind === 'ask') {
    return `${step.kind === 'ask' ? 'an ask' : 'a branch'} on ${step.branches.map((b) => describeCondition(b.when)).join(' | ')}`;
  }
  return `a ${step.kind} step`;
}

/**
 * The one transition function of huashu's step machine: where `event` leads from the step at
 * `at`. The flow runner (`startFlow`) and the XState export (`toXStateConfig`) both read it, so
 * they cannot disagree. An open condition (`{ text }`) is never decided here: only a
 * `condition` event naming it takes (`holds: true`) or passes (`holds: false`: the otherwise
 * branch, or on) its branch; `done` at such a step does not fit.
 *
 * @param steps - filled steps
 * @param at - the current position (as `settle` leaves it)
 * @param event - what happened
 * @returns the next position, or the reason the event does not fit
 * @example
 * ```ts
 * const steps = [{ kind: 'branch', branches: [{ when: { text: '客户需要开发票' }, steps: [{ kind: 'note', text: '开票' }] }] }] as const;
 * transition(steps, [0], { type: 'condition', text: '客户需要开发票', holds: true }); //=> { ok: true, at: [0, 0, 0] }
 * transition(steps, [0], { type: 'done' }).ok; //=> false
 * ```
 */
export function transition(steps: readonly FilledStep[], at: StepPosition, event: MachineEvent): MachineResult {
  const step = stepAt(steps, at);
  if (step === undefined) return fail('the flow has finished');
  const otherwise = (branches: readonly FilledBranch[]) => branches.findIndex((b) => 'otherwise' in b.when);
  switch (step.kind) {
    case 'say':
    case 'note':
    case 'action':
    case 'group':
      return event.type === 'done' ? ok(nextPosition(steps, at)) : fail(describeStep(step));
    case 'wait': {
      if ('seconds' in step) {
        if (event.type === 'done') return ok(nextPosition(steps, at));
        const next = nextPosition(steps, at);
        // A reply (or silence) during a pause before a branch on replies ends the pause and is
        // applied to that branch: 稍停五秒，还是无声 → { type: 'reply', intent: 'silent' }.
        if (event.type === 'reply' && branchesOnReply(stepAt(steps, next))) return transition(steps, next, event);
        return fail(describeStep(step));
      }
      if (event.type !== 'reply') return fail(describeStep(step));
      const next = nextPosition(steps, at);
      return branchesOnReply(stepAt(steps, next)) ? transition(steps, next, event) : ok(next);
    }
    case 'ask':
    case 'branch': {
      const branches = step.branches;
      // Into the branch (an empty one leads on), or on past the step when none is taken.
      const pass = (index: number) => ok(index === -1 ? nextPosition(steps, at) : settle(steps, [...at, index, 0]));
      switch (event.type) {
        case 'reply': {
          // Only a step that branches on replies (an ask, or reply branches) takes a reply; one no
          // branch names goes to the otherwise branch, or on.
          if (step.kind === 'branch' && !branchesOnReply(step)) return fail(describeStep(step));
          const index = branches.findIndex((b) => 'reply' in b.when && b.when.reply === event.intent);
          return pass(index === -1 ? otherwise(branches) : index);
        }
        case 'flag': {
          const index = branches.findIndex((b) => 'flag' in b.when && b.when.flag === event.flag);
          return index === -1 ? fail(describeStep(step)) : pass(index);
        }
        case 'time-up': {
          const index = branches.findIndex((b) => 'elapsedOver' in b.when && b.when.elapsedOver === event.over);
          return index === -1 ? fail(describeStep(step)) : pass(index);
        }
        case 'condition': {
          const index = branches.findIndex((b) => isOpenCondition(b.when) && b.when.text === event.text);
          if (index === -1) return fail(describeStep(step));
          return pass(event.holds ? index : otherwise(branches));
        }
        case 'done':
          if (step.kind === 'ask') return fail(`${describeStep(step)} (it waits for the reply)`);
          if (branches.some((b) => isOpenCondition(b.when))) {
            return fail(`${describeStep(step)} (the application decides the condition: send a condition event)`);
          }
          return pass(otherwise(branches));
      }
    }
  }
}

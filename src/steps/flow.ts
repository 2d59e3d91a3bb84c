import { HuashuError } from '../errors/index.js';
import type { Condition, ConditionFlag, ReplyIntent } from '../schema/index.js';
import type { ScenarioId } from '../generated/catalogue.js';
import type { StepsOptions } from './fill-steps.js';
import { stepsOf } from './steps-of.js';
import type { FilledBranch, FilledStep } from './types.js';

/** An event that moves a flow on. */
export type FlowEvent =
  | { readonly type: 'reply'; readonly intent: ReplyIntent | (string & Record<never, never>) }
  | { readonly type: 'elapsed'; readonly seconds: number }
  | { readonly type: 'flag'; readonly flag: ConditionFlag | (string & Record<never, never>) }
  | { readonly type: 'done' };

/** Thrown when an event does not fit the flow's current step, or a saved state is not a flow state. */
export class FlowStateError extends HuashuError {
  /** The kind of the current step (`finished` once the flow has ended). */
  readonly stepKind: string;
  /** The event's type. */
  readonly eventType: string;
  constructor(stepKind: string, eventType: string, message: string) {
    super('INVALID_FLOW_STATE', message);
    this.stepKind = stepKind;
    this.eventType = eventType;
  }
}

/** A flow's serialisable state: JSON in, JSON out (`JSON.parse(JSON.stringify(flow.state()))` resumes). */
export interface FlowState {
  readonly version: 1;
  readonly steps: readonly FilledStep[];
  /** Position: step index, then (inside a branch) branch index and step index, alternately. */
  readonly at: readonly number[];
  /** Clock time (ms) when the flow started. */
  readonly startedAt: number;
  /** Clock time (ms) when the current step started. */
  readonly stepStartedAt: number;
  /** Seconds reported by `elapsed` events, since the flow started and since the current step started. */
  readonly elapsed: number;
  readonly stepElapsed: number;
  /** Events applied so far, in order. */
  readonly history: readonly FlowEvent[];
}

/** Options of {@link startFlow}: the clock, and (with a scenario id) how to fill its phrases. */
export interface FlowOptions extends StepsOptions {
  /** Milliseconds now (default `Date.now`); inject one to test waits without sleeping. */
  clock?: (() => number) | undefined;
}

/** A running procedure. */
export interface Flow {
  /** The current step, or `undefined` once the flow has finished. */
  current(): FilledStep | undefined;
  /** `true` once every step has been passed. */
  readonly finished: boolean;
  /** Seconds since the flow started (clock time plus `elapsed` events). */
  elapsed(): number;
  /**
   * Applies an event: `done` finishes a say, note, action or timed wait (and, at a branch, takes
   * the `otherwise` branch or skips it); `reply` answers an ask or a wait for the reply; `elapsed`
   * reports time passing; `flag` reports something observed (customer anxious…).
   * @throws {@link FlowStateError} when the event does not fit the current step
   */
  next(event: FlowEvent): FilledStep | undefined;
  /** The serialisable state, for {@link resumeFlow}. */
  state(): FlowState;
}

function listAt(steps: readonly FilledStep[], at: readonly number[], depth: number): readonly FilledStep[] {
  let list = steps;
  for (let i = 0; i + 1 < depth; i += 2) {
    const step = list[at[i] ?? 0];
    const branch = step !== undefined && 'branches' in step ? step.branches[at[i + 1] ?? 0] : undefined;
    list = branch?.steps ?? [];
  }
  return list;
}

function stepAt(steps: readonly FilledStep[], at: readonly number[]): FilledStep | undefined {
  if (at.length === 0) return undefined;
  return listAt(steps, at, at.length)[at[at.length - 1] ?? 0];
}

function describe(step: FilledStep | undefined): string {
  if (step === undefined) return 'the flow has finished';
  if (step.kind === 'wait') return 'seconds' in step ? `a ${step.seconds}-second wait` : 'a wait for the reply';
  if (step.kind === 'branch' || step.kind === 'ask') {
    return `${step.kind === 'ask' ? 'an ask' : 'a branch'} on ${step.branches.map((b) => conditionText(b.when)).join(' | ')}`;
  }
  return `a ${step.kind} step`;
}

function conditionText(c: Condition): string {
  if ('reply' in c) return `reply ${c.reply}`;
  if ('elapsedOver' in c) return `elapsed > ${c.elapsedOver}s`;
  if ('flag' in c) return `flag ${c.flag}`;
  return 'otherwise';
}

function isState(value: unknown): value is FlowState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v['version'] === 1 &&
    Array.isArray(v['steps']) &&
    Array.isArray(v['at']) &&
    (v['at'] as unknown[]).every((n) => Number.isInteger(n) && (n as number) >= 0) &&
    ['startedAt', 'stepStartedAt', 'elapsed', 'stepElapsed'].every((k) => typeof v[k] === 'number') &&
    Array.isArray(v['history'])
  );
}

function run(initial: FlowState, clock: () => number): Flow {
  const steps = initial.steps;
  let at = [...initial.at];
  let stepStartedAt = initial.stepStartedAt;
  let elapsed = initial.elapsed;
  let stepElapsed = initial.stepElapsed;
  const history = [...initial.history];

  const totalElapsed = () => (clock() - initial.startedAt) / 1000 + elapsed;
  const stepTime = () => (clock() - stepStartedAt) / 1000 + stepElapsed;
  const enter = () => {
    stepStartedAt = clock();
    stepElapsed = 0;
  };
  /** The position after the current step, climbing out of finished branches (`[]` at the end). */
  const nextPosition = (): number[] => {
    let next = [...at];
    for (;;) {
      next[next.length - 1] = (next[next.length - 1] ?? 0) + 1;
      const list = listAt(steps, next, next.length);
      if ((next[next.length - 1] ?? 0) < list.length) return next;
      if (next.length === 1) return [];
      next = next.slice(0, -2);
    }
  };
  /** Moves past the current step. */
  const advance = () => {
    at = nextPosition();
    enter();
  };
  /** Whether a step branches on the customer's reply (a reply before it is applied to it). */
  const branchesOnReply = (step: FilledStep | undefined) => step?.kind === 'branch' && step.branches.some((b) => 'reply' in b.when);
  const enterBranch = (branchIndex: number, branch: FilledBranch) => {
    if (branch.steps.length === 0) return advance();
    at = [...at, branchIndex, 0];
    enter();
  };
  const pick = (branches: readonly FilledBranch[], test: (c: Condition) => boolean) => branches.findIndex((b) => test(b.when));
  const otherwise = (branches: readonly FilledBranch[]) => pick(branches, (c) => 'otherwise' in c);
  const timeUp = (branches: readonly FilledBranch[]) => pick(branches, (c) => 'elapsedOver' in c && totalElapsed() > c.elapsedOver);

  const reject = (step: FilledStep | undefined, event: FlowEvent): never => {
    const detail = event.type === 'reply' ? ` "${event.intent}"` : event.type === 'flag' ? ` "${event.flag}"` : '';
    throw new FlowStateError(step?.kind ?? 'finished', event.type, `Event ${event.type}${detail} does not fit the current step: ${describe(step)}`);
  };

  const flow: Flow = {
    current: () => stepAt(steps, at),
    get finished() {
      return at.length === 0;
    },
    elapsed: totalElapsed,
    next(event) {
      const step = stepAt(steps, at);
      if (step === undefined) return reject(step, event);
      if (event.type === 'elapsed' && !(Number.isFinite(event.seconds) && event.seconds >= 0)) {
        throw new FlowStateError(step.kind, 'elapsed', `Event elapsed needs seconds ≥ 0 (got ${String(event.seconds)})`);
      }
      switch (step.kind) {
        case 'say':
        case 'note':
        case 'action':
          if (event.type !== 'done') reject(step, event);
          advance();
          break;
        case 'wait':
          if ('seconds' in step) {
            if (event.type === 'elapsed') {
              elapsed += event.seconds;
              stepElapsed += event.seconds;
              if (stepTime() >= step.seconds) advance();
            } else if (event.type === 'done') advance();
            else if (event.type === 'reply' && branchesOnReply(stepAt(steps, nextPosition()))) {
              // A reply (or silence) at a pause before a branch on replies ends the pause and is
              // applied to the branch: 稍停五秒，还是无声 → { type: 'reply', intent: 'silent' }.
              advance();
              return flow.next(event);
            } else reject(step, event);
          } else {
            if (event.type !== 'reply') reject(step, event);
            advance();
            // A reply that a following branch step branches on is applied to it at once.
            if (event.type === 'reply' && branchesOnReply(stepAt(steps, at))) return flow.next(event);
          }
          break;
        case 'ask':
        case 'branch': {
          let index = -1;
          if (event.type === 'reply') {
            index = pick(step.branches, (c) => 'reply' in c && c.reply === event.intent);
            if (index === -1) index = otherwise(step.branches);
            if (index === -1 && step.kind === 'branch' && !step.branches.some((b) => 'reply' in b.when)) reject(step, event);
          } else if (event.type === 'flag') {
            index = pick(step.branches, (c) => 'flag' in c && c.flag === event.flag);
            if (index === -1) reject(step, event);
          } else if (event.type === 'elapsed') {
            elapsed += event.seconds;
            stepElapsed += event.seconds;
            index = timeUp(step.branches);
            if (index === -1) break; // time passes; still waiting
          } else {
            if (step.kind === 'ask') reject(step, event);
            index = timeUp(step.branches);
            if (index === -1) index = otherwise(step.branches);
          }
          const branch = step.branches[index];
          if (branch === undefined) advance();
          else enterBranch(index, branch);
          break;
        }
      }
      history.push(event);
      return stepAt(steps, at);
    },
    state: () => ({ version: 1, steps, at: [...at], startedAt: initial.startedAt, stepStartedAt, elapsed, stepElapsed, history: [...history] }),
  };
  return flow;
}

/**
 * Runs filled steps one event at a time. Pure data in and out: no timers, no state-machine
 * runtime; pass a clock to test waits and "over 2 minutes" without sleeping.
 *
 * @param source - a core scenario id (its steps are filled with `stepsOf`), or filled steps
 *   (from `stepsOf`, `fillStepsOf` or a phrasebook)
 * @param options - the clock, and customer/vars/locale/channel for a scenario id
 * @returns the flow, at its first step
 * @example
 * ```ts
 * const flow = startFlow([{ kind: 'wait', seconds: 5 }, { kind: 'action', action: 'hang-up' }], { clock: () => 0 });
 * flow.next({ type: 'elapsed', seconds: 5 })?.kind; //=> 'action'
 * ```
 */
export function startFlow(source: ScenarioId | readonly FilledStep[], options: FlowOptions = {}): Flow {
  const steps = typeof source === 'string' ? stepsOf(source, options) : source;
  const clock = options.clock ?? Date.now;
  const now = clock();
  return run({ version: 1, steps, at: steps.length === 0 ? [] : [0], startedAt: now, stepStartedAt: now, elapsed: 0, stepElapsed: 0, history: [] }, clock);
}

/**
 * Resumes a flow from a saved {@link FlowState} (e.g. one kept as JSON between requests).
 *
 * @param state - what `flow.state()` returned, possibly through JSON
 * @param options - the clock
 * @returns the flow, where it was
 * @throws {@link FlowStateError} when `state` is not a flow state
 * @example
 * ```ts
 * const saved = JSON.stringify(startFlow([{ kind: 'note', text: '记录' }]).state());
 * resumeFlow(JSON.parse(saved)).current()?.kind; //=> 'note'
 * ```
 */
export function resumeFlow(state: unknown, options: Pick<FlowOptions, 'clock'> = {}): Flow {
  if (!isState(state)) throw new FlowStateError('finished', 'resume', 'resumeFlow: not a flow state (expected what flow.state() returned, version 1)');
  if (state.at.length > 0 && (state.at.length % 2 === 0 || stepAt(state.steps, state.at) === undefined)) {
    throw new FlowStateError('finished', 'resume', `resumeFlow: position [${state.at.join(', ')}] is not a step of the saved steps`);
  }
  return run(state, options.clock ?? Date.now);
}

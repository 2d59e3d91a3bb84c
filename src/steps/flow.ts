import { HuashuError } from '../errors/index.js';
import { MAX_STEP_DEPTH, stepDepth, type ConditionFlag, type ReplyIntent } from '../schema/index.js';
import type { ScenarioId } from '../generated/catalogue.js';
import type { StepsOptions } from './fill-steps.js';
import { stepsOf } from './steps-of.js';
import { firstPosition, stepAt, transition, type MachineEvent } from './machine.js';
import type { FilledStep } from './types.js';

/** An event that moves a flow on. */
export type FlowEvent =
  | { readonly type: 'reply'; readonly intent: ReplyIntent | (string & Record<never, never>) }
  | { readonly type: 'elapsed'; readonly seconds: number }
  | { readonly type: 'flag'; readonly flag: ConditionFlag | (string & Record<never, never>) }
  | { readonly type: 'done' }
  /** The application's decision on an open condition (`when: { text }`): the flow never decides one itself. */
  | { readonly type: 'condition'; readonly text: string; readonly holds: boolean };

/**
 * Thrown when an event does not fit the flow's current step, a saved state is not a flow state
 * or the clock goes backwards (`INVALID_FLOW_STATE`), or a value is not a flow event at all
 * (`INVALID_EVENT`: an unknown type such as XState's `DONE`, a missing field).
 */
export class FlowStateError extends HuashuError {
  /** The kind of the current step (`finished` once the flow has ended). */
  readonly stepKind: string;
  /** The event's type. */
  readonly eventType: string;
  constructor(stepKind: string, eventType: string, message: string, code: 'INVALID_FLOW_STATE' | 'INVALID_EVENT' = 'INVALID_FLOW_STATE') {
    super(code, message);
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
   * Applies an event: `done` finishes a say, note, action or timed wait (and, at a branch on
   * flags or time, takes the `otherwise` branch or skips it); `reply` answers an ask or a wait
   * for the reply; `elapsed` reports time passing; `flag` reports something observed (customer
   * anxious…); `condition` is the app's decision on an open condition (`{ text }`), which the
   * flow never takes on its own.
   * @throws {@link FlowStateError} `INVALID_FLOW_STATE` when the event does not fit the current
   * step or the clock went backwards, `INVALID_EVENT` when it is not a flow event at all
   */
  next(event: FlowEvent): FilledStep | undefined;
  /** The serialisable state, for {@link resumeFlow}. */
  state(): FlowState;
}

const EVENT_TYPES = new Set(['reply', 'elapsed', 'flag', 'done', 'condition']);

/** Checks an event's shape: anything else is a typed `INVALID_EVENT`, never read as `done`. */
function checkEvent(event: unknown, step: FilledStep | undefined): FlowEvent {
  const kind = step?.kind ?? 'finished';
  const e = event as Record<string, unknown> | null;
  const type = typeof e === 'object' && e !== null && typeof e['type'] === 'string' ? e['type'] : undefined;
  const bad = (why: string): never => {
    throw new FlowStateError(kind, type ?? String(type), `Event ${JSON.stringify(event) ?? String(event)} is not a flow event: ${why}`, 'INVALID_EVENT');
  };
  if (e === null || typeof e !== 'object' || type === undefined || !EVENT_TYPES.has(type)) {
    return bad("its type must be 'reply', 'elapsed', 'flag', 'condition' or 'done' (an XState event name such as DONE is not one)");
  }
  if (type === 'reply' && typeof e['intent'] !== 'string') return bad('a reply event needs an intent string');
  if (type === 'flag' && typeof e['flag'] !== 'string') return bad('a flag event needs a flag string');
  if (type === 'condition' && (typeof e['text'] !== 'string' || typeof e['holds'] !== 'boolean')) return bad('a condition event needs text (the condition) and holds (true or false)');
  if (type === 'elapsed' && !(typeof e['seconds'] === 'number' && Number.isFinite(e['seconds']) && e['seconds'] >= 0)) {
    return bad(`an elapsed event needs seconds ≥ 0 (got ${String(e['seconds'])})`);
  }
  return event as FlowEvent;
}

/** A structural check of saved steps (iterative, depth-limited), so a tampered state is a typed error. */
function stepsProblem(steps: unknown): string | undefined {
  if (stepDepth(steps) > MAX_STEP_DEPTH) return `steps nest deeper than ${MAX_STEP_DEPTH} levels`;
  const stack: unknown[] = [steps];
  while (stack.length > 0) {
    const list = stack.pop();
    if (!Array.isArray(list)) return 'a list of steps is not an array';
    for (const s of list as unknown[]) {
      if (typeof s !== 'object' || s === null) return 'a step is not an object';
      const step = s as Record<string, unknown>;
      switch (step['kind']) {
        case 'say':
        case 'note':
          if (typeof step['text'] !== 'string') return `a ${String(step['kind'])} step has no text`;
          break;
        case 'wait':
          if (!(step['for'] === 'reply' || (typeof step['seconds'] === 'number' && Number.isFinite(step['seconds'])))) return 'a wait step has neither seconds nor for: reply';
          break;
        case 'action':
          break;
        case 'group':
          stack.push(step['steps']);
          break;
        case 'ask':
        case 'branch':
          if (!Array.isArray(step['branches'])) return 'a branch step has no branches';
          for (const b of step['branches'] as unknown[]) {
            if (typeof b !== 'object' || b === null || typeof (b as { when?: unknown }).when !== 'object' || (b as { when?: unknown }).when === null) return 'a branch has no condition';
            stack.push((b as { steps?: unknown }).steps);
          }
          break;
        default:
          return `unknown step kind ${JSON.stringify(step['kind'])}`;
      }
    }
  }
  return undefined;
}

function isState(value: unknown): value is FlowState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v['version'] === 1 &&
    Array.isArray(v['steps']) &&
    Array.isArray(v['at']) &&
    (v['at'] as unknown[]).length <= 2 * MAX_STEP_DEPTH &&
    (v['at'] as unknown[]).every((n) => Number.isInteger(n) && (n as number) >= 0) &&
    ['startedAt', 'stepStartedAt', 'elapsed', 'stepElapsed'].every((k) => typeof v[k] === 'number' && Number.isFinite(v[k]) && (k.endsWith('At') || (v[k] as number) >= 0)) &&
    Array.isArray(v['history'])
  );
}

function run(initial: FlowState, clock: () => number): Flow {
  const steps = initial.steps;
  let at = [...initial.at];
  let stepStartedAt = initial.stepStartedAt;
  let elapsed = initial.elapsed;
  let stepElapsed = initial.stepElapsed;
  let lastNow = Math.max(initial.startedAt, initial.stepStartedAt);
  const history = [...initial.history];

  /** The clock, checked: a clock that goes backwards (or is not a number) is a typed error. */
  const now = (): number => {
    const t = clock();
    if (typeof t !== 'number' || !Number.isFinite(t) || t < lastNow) {
      throw new FlowStateError(
        stepAt(steps, at)?.kind ?? 'finished',
        'clock',
        `The flow's clock went backwards or is not a number (${String(t)} after ${lastNow}); pass a monotonic clock`,
      );
    }
    lastNow = t;
    return t;
  };
  const totalElapsed = () => (now() - initial.startedAt) / 1000 + elapsed;
  const stepTime = () => (now() - stepStartedAt) / 1000 + stepElapsed;
  const moveTo = (next: number[]) => {
    at = next;
    stepStartedAt = now();
    stepElapsed = 0;
  };
  const apply = (step: FilledStep, event: MachineEvent, original: FlowEvent) => {
    const result = transition(steps, at, event);
    if (!result.ok) {
      const detail = original.type === 'reply' ? ` "${original.intent}"` : original.type === 'flag' ? ` "${original.flag}"` : original.type === 'condition' ? ` "${original.text}"` : '';
      throw new FlowStateError(step.kind, original.type, `Event ${original.type}${detail} does not fit the current step: ${result.reason}`);
    }
    moveTo(result.at);
  };
  /** The elapsedOver branch whose limit total time has passed, if any. */
  const timeUp = (step: FilledStep): number | undefined => {
    if (step.kind !== 'branch' && step.kind !== 'ask') return undefined;
    const total = totalElapsed();
    for (const b of step.branches) if ('elapsedOver' in b.when && total > b.when.elapsedOver) return b.when.elapsedOver;
    return undefined;
  };

  const flow: Flow = {
    current: () => stepAt(steps, at),
    get finished() {
      return at.length === 0;
    },
    elapsed: totalElapsed,
    next(input) {
      const step = stepAt(steps, at);
      const event = checkEvent(input, step);
      if (step === undefined) {
        throw new FlowStateError('finished', event.type, `Event ${event.type} does not fit the current step: the flow has finished`);
      }
      if (event.type === 'elapsed') {
        const isTimed = step.kind === 'wait' && 'seconds' in step;
        const isBranch = step.kind === 'branch' || step.kind === 'ask';
        if (!isTimed && !isBranch) apply(step, event as never, event); // throws: elapsed does not fit
        elapsed += event.seconds;
        stepElapsed += event.seconds;
        if (isTimed) {
          if (stepTime() >= step.seconds) apply(step, { type: 'done' }, event);
        } else {
          const over = timeUp(step);
          if (over !== undefined) apply(step, { type: 'time-up', over }, event);
        }
      } else if (event.type === 'done' && (step.kind === 'branch' || step.kind === 'ask')) {
        const over = timeUp(step);
        apply(step, over === undefined ? event : { type: 'time-up', over }, event);
      } else apply(step, event, event);
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
  const problem = typeof source === 'string' ? undefined : stepsProblem(steps);
  if (problem !== undefined) throw new FlowStateError('finished', 'start', `startFlow: ${problem}`);
  return run({ version: 1, steps, at: firstPosition(steps), startedAt: now, stepStartedAt: now, elapsed: 0, stepElapsed: 0, history: [] }, clock);
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
  const problem = stepsProblem(state.steps);
  if (problem !== undefined) throw new FlowStateError('finished', 'resume', `resumeFlow: the saved steps are not steps (${problem})`);
  const step = stepAt(state.steps, state.at);
  if (state.at.length > 0 && (state.at.length % 2 === 0 || step === undefined || step.kind === 'group')) {
    throw new FlowStateError('finished', 'resume', `resumeFlow: position [${state.at.join(', ')}] is not a step of the saved steps`);
  }
  return run(state, options.clock ?? Date.now);
}

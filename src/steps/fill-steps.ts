import { sayIn } from '../catalogue/internal.js';
import type { CompiledBranch, CompiledScenario, CompiledStep } from '../catalogue/index.js';
import { HuashuError } from '../errors/index.js';
import { fill } from '../honorifics/index.js';
import type { Channel, Locale } from '../vocab/index.js';
import type { StepInput } from '../schema/index.js';
import { MAX_STEP_DEPTH, stepDepth } from '../vocab/index.js';
import type { FilledBranch, FilledStep, StepMeta } from './types.js';
import { stripTone } from '../vocab/index.js';

/** Options of `stepsOf`: who the customer is, other variables, locale and channel. */
export interface StepsOptions {
  /** The customer (an address such as 王女士, or a customer object); fills `{customer}`. */
  customer?: unknown;
  /** Other variables (brand, hotline, hours…), over the packs' defaults. */
  vars?: Readonly<Record<string, unknown>> | undefined;
  /** Output locale of catalogue phrases. Default `zh-CN`. Inline step text is used as written. */
  locale?: Locale | undefined;
  /** The channel: picks each scenario's phrase for it when a step names no phrase id. */
  channel?: Channel | undefined;
}

/** What filling needs to look scenarios up: shared by the core catalogue and the phrasebook. */
export interface StepContext {
  lookup(id: string): CompiledScenario;
  defaults: Readonly<Record<string, unknown>>;
}

function meta(step: { label?: string | undefined; source?: string | undefined }): StepMeta {
  const out: { label?: string; source?: string } = {};
  if (step.label !== undefined) out.label = step.label;
  if (step.source !== undefined) out.source = step.source;
  return out;
}

/** Fills a scenario's steps (or a one-step `say` of its phrase when it has none). */
export function fillScenarioSteps(scenario: CompiledScenario, options: StepsOptions, context: StepContext): FilledStep[] {
  const steps: readonly StepInput[] = scenario.steps ?? [{ kind: 'say', phrase: `${scenario.id}#${pickPhrase(scenario, options.channel)}` }];
  return fillSteps(steps, scenario, options, context);
}

function pickPhrase(scenario: CompiledScenario, channel: Channel | undefined): string {
  const phrase = (channel === undefined ? undefined : scenario.phrases.find((p) => p.channels.includes(channel))) ?? scenario.phrases[0];
  return phrase?.id ?? 'default';
}

/** Fills steps: phrase references through the catalogue's `say`, inline text through `fill`. */
export function fillSteps(
  steps: readonly StepInput[],
  home: CompiledScenario | undefined,
  options: StepsOptions,
  context: StepContext,
  literal = false,
): FilledStep[] {
  if (stepDepth(steps) > MAX_STEP_DEPTH) {
    throw new HuashuError('STEPS_TOO_DEEP', `steps nest deeper than ${MAX_STEP_DEPTH} levels (MAX_STEP_DEPTH): flatten them before filling`);
  }
  const base: Record<string, unknown> = { ...context.defaults, ...options.vars };
  if (options.customer !== undefined) base['customer'] = options.customer;
  const locale = options.locale ?? 'zh-CN';
  /** A step's inline text in the locale: its compiled text there, else as written. */
  const local = (step: CompiledStep): string | undefined => {
    const text = 'text' in step ? step.text : undefined;
    return step.texts?.[locale] || text;
  };

  const speak = (phrase: string | undefined, text: string | undefined, stepVars: Readonly<Record<string, string>> | undefined) => {
    const vars = { ...base, ...stepVars };
    if (phrase === undefined || literal) {
      const toned = phrase !== undefined ? phrase : literal ? (text ?? '') : fill(text ?? '', vars, { locale });
      return { text: stripTone(toned), toned };
    }
    const hash = phrase.indexOf('#');
    const scenarioId = hash === -1 ? phrase : phrase.slice(0, hash);
    const phraseId = hash === -1 ? undefined : phrase.slice(hash + 1);
    const scenario = scenarioId === '' && home !== undefined ? home : context.lookup(scenarioId === '' ? '' : scenarioId);
    const id = phraseId ?? pickPhrase(scenario, options.channel);
    const toned = sayIn(scenario, vars, { locale, phrase: id, toneMarks: 'keep' }, {});
    return { text: stripTone(toned), toned, ref: `${scenario.id}#${id}` };
  };

  const branches = (list: readonly CompiledBranch[]): FilledBranch[] =>
    list.map((b) => ({ when: b.when, steps: walk(b.steps), ...(b.source === undefined ? {} : { source: b.source }) }));

  const walk = (list: readonly CompiledStep[]): FilledStep[] =>
    list.map((step): FilledStep => {
      switch (step.kind) {
        case 'say':
          return { kind: 'say', ...meta(step), ...speak(step.phrase, local(step), step.vars) };
        case 'ask':
          return { kind: 'ask', ...meta(step), ...speak(step.phrase, local(step), undefined), branches: branches(step.branches) };
        case 'wait':
          return step.seconds !== undefined ? { kind: 'wait', ...meta(step), seconds: step.seconds } : { kind: 'wait', ...meta(step), for: 'reply' };
        case 'branch':
          return { kind: 'branch', ...meta(step), branches: branches(step.branches) };
        case 'action': {
          const out: { -readonly [K in keyof Extract<FilledStep, { kind: 'action' }>]: Extract<FilledStep, { kind: 'action' }>[K] } = {
            kind: 'action',
            ...meta(step),
            action: step.action,
          };
          if (step.withinHours !== undefined) out.withinHours = step.withinHours;
          if (step.target !== undefined) out.target = step.target;
          if (step.note !== undefined) out.note = step.note;
          return out;
        }
        case 'note':
          return { kind: 'note', ...meta(step), text: local(step) ?? step.text, ...(step.en === undefined ? {} : { en: step.en }) };
        case 'group':
          return { kind: 'group', ...meta(step), steps: walk(step.steps) };
      }
    });

  return walk(steps);
}

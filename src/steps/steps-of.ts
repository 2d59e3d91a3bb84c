import { getScenario } from '../catalogue/index.js';
import { corePack, type ScenarioId } from '../generated/catalogue.js';
import type { StepInput } from '../schema/index.js';
import { fillScenarioSteps, fillSteps, type StepContext, type StepsOptions } from './fill-steps.js';
import type { FilledStep } from './types.js';

const coreContext: StepContext = {
  lookup: (id) => getScenario(id as ScenarioId),
  defaults: corePack.defaults,
};

/**
 * The steps of a scenario's procedure, with every phrase filled for the customer, locale and
 * channel. A scenario without a procedure is one `say` step of its phrase.
 *
 * @param id - a scenario id of the core catalogue
 * @param options - customer, variables, locale, channel
 * @returns the filled steps (nested for branches)
 * @throws {@link UnknownScenarioError} for an unknown id (or a step naming one)
 * @throws {@link MissingVariableError} when a phrase needs a variable not given
 * @example
 * ```ts
 * const steps = stepsOf('hold.explain', { customer: '王女士' });
 * steps.some((s) => s.kind === 'say' && s.text === '很抱歉，王女士，我帮您查询一下，请您稍等片刻，谢谢！'); //=> true
 * ```
 */
export function stepsOf(id: ScenarioId, options: StepsOptions = {}): FilledStep[] {
  return fillScenarioSteps(getScenario(id), options, coreContext);
}

/**
 * Fills steps you wrote (or parsed with `parseScript`) against the core catalogue: `say` steps
 * with a `phrase` reference are said through the catalogue, inline text is filled with `{vars}`.
 *
 * @param steps - steps in the pack schema's shape
 * @param options - customer, variables, locale, channel
 * @returns the filled steps
 * @example
 * ```ts
 * fillStepsOf([{ kind: 'say', text: '{customer|您}好!' }], { customer: '李先生' })[0];
 * //=> { kind: 'say', text: '李先生好!', toned: '李先生好!' }
 * ```
 */
export function fillStepsOf(steps: readonly StepInput[], options: StepsOptions = {}): FilledStep[] {
  return fillSteps(steps, undefined, options, coreContext);
}

/** Steps as written, without filling (`{placeholders}` and phrase references left as they are): for showing a parsed script. */
export function literalSteps(steps: readonly StepInput[]): FilledStep[] {
  return fillSteps(steps, undefined, {}, coreContext, true);
}

import type { ScenarioDefaultPhrase, ScenarioId, ScenarioPhraseVariables } from '../generated/catalogue.js';
import { coreCatalogue } from './core.js';
import type { SayOptions } from './say-in.js';

export type { SayOptions } from './say-in.js';

/** The phrase ids of a scenario, e.g. `'default' | 'ask-minutes'` for `hold.explain`. */
export type PhraseId<I extends ScenarioId> = keyof ScenarioPhraseVariables[I] & string;

/**
 * The variables one phrase takes (the scenario's default phrase when `P` is omitted): a
 * placeholder with a fallback (`{customer|先生/女士}`) is optional, one without is required.
 */
export type PhraseVariables<I extends ScenarioId, P extends PhraseId<I> = ScenarioDefaultPhrase[I] & PhraseId<I>> =
  ScenarioPhraseVariables[I][P];

/** {@link SayOptions} naming one of the scenario's phrases. */
export type SayPhraseOptions<I extends ScenarioId, P extends PhraseId<I>> = Omit<SayOptions, 'phrase'> & { phrase: P };

/**
 * The arguments after the id when no `phrase` is named: the default phrase's variables
 * (required when it has a placeholder without a fallback), then options.
 */
export type SayArgs<I extends ScenarioId> = Record<never, never> extends PhraseVariables<I>
  ? [vars?: PhraseVariables<I>, options?: Omit<SayOptions, 'phrase'> & { phrase?: undefined }]
  : [vars: PhraseVariables<I>, options?: Omit<SayOptions, 'phrase'> & { phrase?: undefined }];

/**
 * Says a scenario's phrase: picks the phrase for the channel, fills its variables (the
 * customer's honorific, brand, hotline…) and returns the sentence in the requested locale.
 *
 * @param id - the scenario id, e.g. `hold.explain` (a typo is a type error)
 * @param vars - the variables of the phrase said: the default phrase's, or those of `options.phrase` (required ones are type-checked)
 * @param options - `phrase`, `channel`, `locale`, `toneMarks`
 * @returns the sentence, tone marks stripped unless `toneMarks: 'keep'`
 * @throws {@link UnknownScenarioError} for an unknown id at runtime (untyped callers)
 * @throws {@link UnknownPhraseError} when no phrase fits `phrase`/`channel`
 * @throws {@link MissingVariableError} when a required variable is absent
 * @example
 * ```ts
 * say('hold.explain', { customer: '王女士' });
 * //=> '很抱歉，王女士，我帮您查询一下，请您稍等片刻，谢谢！'
 * say('hold.explain', { minutes: 3 }, { phrase: 'ask-minutes' });
 * //=> '请问您方便稍等3分钟吗？我为您查询相关信息。'
 * ```
 */
export function say<I extends ScenarioId, P extends PhraseId<I>>(id: I, vars: NoInfer<PhraseVariables<I, P>>, options: SayPhraseOptions<I, P>): string;
/**
 * Says a scenario's default phrase (or the first suited to `options.channel`).
 *
 * @param id - the scenario id
 * @param args - the default phrase's variables, then options
 * @returns the sentence
 * @example
 * ```ts
 * say('hold.explain');
 * //=> '很抱歉，先生/女士，我帮您查询一下，请您稍等片刻，谢谢！'
 * ```
 */
export function say<I extends ScenarioId>(id: I, ...args: SayArgs<I>): string;
export function say(id: ScenarioId, vars?: Readonly<Record<string, unknown>>, options?: SayOptions): string {
  return coreCatalogue().say(id, vars ?? {}, options);
}

import { corePack, type ScenarioDefaultPhrase, type ScenarioId, type ScenarioPhraseVariables } from '../generated/catalogue.js';
import { fillIn, type FillOptions } from '../honorifics/fill.js';
import { createLru } from '../cache/index.js';
import { LOCALE_DEFINITIONS, localeOf } from '../locales/index.js';
import type { Channel, Locale } from '../vocab/index.js';
import { UnknownPhraseError } from './errors.js';
import { phrasesForChannel } from './phrases.js';
import { getScenario } from './scenarios.js';
import type { CompiledPhrase, CompiledScenario } from './types.js';

/** Options of {@link say}. Fill options (locale, honorifics…) pass through to `fill`. */
export interface SayOptions extends FillOptions {
  /** The channel the phrase is for; picks the first phrase suited to it. */
  channel?: Channel | undefined;
  /** A specific phrase id of the scenario (default: the first suited to the channel). */
  phrase?: string | undefined;
  /** Keep `↑` rising-tone marks (for SSML or training material). Default: strip them. */
  toneMarks?: 'strip' | 'keep' | undefined;
}

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
 * Renders a phrase of a compiled scenario with the variable defaults of its packs: shared by
 * `say`, the CLI and the phrasebook.
 */
export function sayIn(
  scenario: CompiledScenario,
  vars: Readonly<Record<string, unknown>>,
  options: SayOptions = {},
  defaults: Readonly<Record<string, unknown>> = corePack.defaults,
): string {
  const candidates = phrasesForChannel(scenario, options.channel);
  const phrase = options.phrase === undefined ? candidates[0] : candidates.find((p) => p.id === options.phrase);
  if (phrase === undefined) {
    throw new UnknownPhraseError(scenario.id, {
      phraseId: options.phrase,
      channel: options.channel,
      known: scenario.phrases.map((p) => `${p.id} (${p.channels.join('/')})`),
    });
  }
  const locale = localeOf(options.locale);
  const raw = phrase.texts[locale];
  const template = options.toneMarks === 'keep' ? raw : withoutToneMarks(raw);
  // The pack's defaults are looked up after vars, not merged into a new object on every call.
  return fillIn(template, withUnits(phrase, vars, locale), defaults, options.locale === locale ? options : { ...options, locale }, `${scenario.id}#${phrase.id}`);
}

/** The variables with each bare number of a variable declaring a unit said with it (3 → 3小时). */
function withUnits(phrase: CompiledPhrase, vars: Readonly<Record<string, unknown>>, locale: Locale): Readonly<Record<string, unknown>> {
  const specs = phrase.variables;
  if (specs === undefined) return vars;
  let out: Record<string, unknown> | undefined;
  for (const name of Object.keys(specs)) {
    const unit = specs[name]!.unit;
    if (unit === undefined || !Object.hasOwn(vars, name)) continue;
    const value = vars[name];
    if (typeof value !== 'number') continue;
    out ??= { ...vars };
    out[name] = `${value}${LOCALE_DEFINITIONS[locale].units[unit]}`;
  }
  return out ?? vars;
}

const stripped = createLru<string, string>({ maxEntries: 2048, maxWeight: 1024 * 1024 });

/** A template without `↑` marks, cached so that fill's template cache sees the same string. */
function withoutToneMarks(raw: string): string {
  return raw.includes('↑') ? stripped.get(raw, (t) => t.replaceAll('↑', '')) : raw;
}

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
  return sayIn(getScenario(id), vars ?? {}, options);
}

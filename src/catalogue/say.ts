import { corePack, type ScenarioId, type ScenarioVariables } from '../generated/catalogue.js';
import { fillIn, type FillOptions } from '../honorifics/fill.js';
import type { Channel } from '../schema/common.js';
import { UnknownPhraseError } from './errors.js';
import { phrasesForChannel } from './phrases.js';
import { getScenario } from './scenarios.js';
import type { CompiledScenario } from './types.js';

/** Options of {@link say}. Fill options (locale, honorifics…) pass through to `fill`. */
export interface SayOptions extends FillOptions {
  /** The channel the phrase is for; picks the first phrase suited to it. */
  channel?: Channel | undefined;
  /** A specific phrase id of the scenario (default: the first suited to the channel). */
  phrase?: string | undefined;
  /** Keep `↑` rising-tone marks (for SSML or training material). Default: strip them. */
  toneMarks?: 'strip' | 'keep' | undefined;
}

/** The arguments after the id: variables are required when a phrase needs one without a fallback. */
export type SayArgs<I extends ScenarioId> = Record<never, never> extends ScenarioVariables[I]
  ? [vars?: ScenarioVariables[I], options?: SayOptions]
  : [vars: ScenarioVariables[I], options?: SayOptions];

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
  const locale = options.locale ?? 'zh-CN';
  const raw = phrase.texts[locale];
  const template = options.toneMarks === 'keep' ? raw : withoutToneMarks(raw);
  // The pack's defaults are looked up after vars, not merged into a new object on every call.
  return fillIn(template, vars, defaults, options.locale === locale ? options : { ...options, locale }, `${scenario.id}#${phrase.id}`);
}

const stripped = new Map<string, string>();

/** A template without `↑` marks, cached so that fill's template cache sees the same string. */
function withoutToneMarks(raw: string): string {
  let out = stripped.get(raw);
  if (out === undefined) {
    out = raw.replaceAll('↑', '');
    if (stripped.size >= 1000) stripped.clear();
    stripped.set(raw, out);
  }
  return out;
}

/**
 * Says a scenario's phrase: picks the phrase for the channel, fills its variables (the
 * customer's honorific, brand, hotline…) and returns the sentence in the requested locale.
 *
 * @param id - the scenario id, e.g. `hold.explain` (a typo is a type error)
 * @param args - the variables the scenario's phrases take (required ones are type-checked), then options
 * @returns the sentence, tone marks stripped unless `toneMarks: 'keep'`
 * @throws {@link UnknownScenarioError} for an unknown id at runtime (untyped callers)
 * @throws {@link UnknownPhraseError} when no phrase fits `phrase`/`channel`
 * @throws {@link MissingVariableError} when a required variable is absent
 * @example
 * ```ts
 * say('hold.explain', { customer: '王女士' });
 * //=> '很抱歉,王女士,我帮您查询一下,请您稍等片刻,谢谢!'
 * ```
 */
export function say<I extends ScenarioId>(id: I, ...args: SayArgs<I>): string {
  const [vars, options] = args;
  return sayIn(getScenario(id), (vars ?? {}) as Readonly<Record<string, unknown>>, options);
}

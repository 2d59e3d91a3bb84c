import type { ScenarioId } from '../generated/catalogue.js';
import { coreCatalogue } from './core.js';
import type { ScenarioFilter } from './filter.js';
import type { LocalizedPhrase, PhraseOptions } from './phrases.js';
import type { CompiledScenario } from './types.js';

export type { ScenarioFilter } from './filter.js';

/**
 * Lists the scenarios of the built-in core pack, optionally by category or channel.
 *
 * @param filter - category and/or channel to keep
 * @returns the scenarios, in catalogue order
 * @example
 * ```ts
 * scenarios({ category: 'hold' }).map((s) => s.id).includes('hold.explain'); //=> true
 * ```
 */
export function scenarios(filter: ScenarioFilter = {}): readonly CompiledScenario[] {
  return coreCatalogue().scenarios(filter);
}

/**
 * Looks a scenario up by id.
 *
 * @param id - a scenario id such as `hold.explain`
 * @returns the scenario
 * @throws {@link UnknownScenarioError} when no scenario has that id
 * @example
 * ```ts
 * getScenario('hold.explain').category; //=> 'hold'
 * ```
 */
export function getScenario(id: ScenarioId): CompiledScenario {
  return coreCatalogue().getScenario(id);
}

/**
 * Lists what can be said in a scenario, in one locale, optionally for one channel.
 *
 * @param id - the scenario id
 * @param options - channel and locale
 * @returns the phrases (the first is the default), unfilled
 * @throws {@link UnknownScenarioError} for an unknown id
 * @example
 * ```ts
 * phrasesOf('hold.explain', { locale: 'zh-TW' })[0].ref; //=> 'hold.explain#default'
 * ```
 */
export function phrasesOf(id: ScenarioId, options: PhraseOptions = {}): LocalizedPhrase[] {
  return coreCatalogue().phrasesOf(id, options);
}

import type { Suggestion } from '../lint/index.js';
import { coreCatalogue } from './core.js';
import { suggestionTextIn, type SuggestionTextOptions } from './resolve-suggestion.js';

export type { SuggestionTextOptions } from './resolve-suggestion.js';

/**
 * The text of a lint finding's suggestion, said to a customer with the values it `needs`: the
 * built-in catalogue's phrase (for a team pack's scenarios use the phrasebook's
 * `suggestionText`). Without options, a suggestion that needs nothing is its ready `text`.
 *
 * @param suggestion - one of `finding.suggestions`
 * @param options - `customer`, `vars` (the values of `suggestion.needs`), `locale`
 * @returns the text to say instead
 * @throws {@link MissingVariableError} naming the variable when a value in `needs` is not given
 * @throws {@link UnknownScenarioError} for a suggestion of a scenario the built-in catalogue lacks
 * @example
 * ```ts
 * suggestionText({ scenario: 'hold.explain', needs: [] }, { customer: '王女士' });
 * //=> '很抱歉，王女士，我帮您查询一下，请您稍等片刻，谢谢！'
 * ```
 */
export function suggestionText(suggestion: Suggestion, options: SuggestionTextOptions = {}): string {
  return suggestionTextIn(coreCatalogue(), suggestion, options);
}

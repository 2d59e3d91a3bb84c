// Resolving and rendering lint suggestions through a catalogue: no built-in data imported here,
// so the data build can resolve the core rules' suggestions against the pack it is building.
import type { Suggestion } from '../lint/index.js';
import type { Locale } from '../vocab/index.js';
import { parseTemplate } from '../template/index.js';
import type { Catalogue } from './catalogue.js';
import { phrasesForChannel } from './phrases.js';

/** Options of `suggestionText`: who the text is said to and the values its phrase needs. */
export interface SuggestionTextOptions {
  /** The customer addressed (a name string or a customer object, as `say`'s `customer`). */
  readonly customer?: unknown;
  /** Values of the variables the suggestion `needs` (and any others the phrase uses). */
  readonly vars?: Readonly<Record<string, unknown>> | undefined;
  /** Output locale (a language tag; default: the catalogue's, `zh-CN` for the built-in one). */
  readonly locale?: Locale | undefined;
}

/**
 * Resolves a lint rule's suggestion reference (`scenario` or `scenario#phrase`) against a
 * catalogue: the variables its phrase requires (no fallback, no catalogue default) and, when it
 * requires none, its ready zh-CN text. A reference the catalogue does not hold stays a plain
 * `{ scenario, phrase?, needs: [] }`: a suggestion is never dropped.
 */
export function resolveSuggestion(catalogue: Pick<Catalogue, 'getScenario' | 'say' | 'defaults'>, ref: string): Suggestion {
  const hash = ref.indexOf('#');
  const scenarioId = hash < 0 ? ref : ref.slice(0, hash);
  const phraseId = hash < 0 ? undefined : ref.slice(hash + 1);
  const plain: Suggestion = phraseId === undefined ? { scenario: scenarioId, needs: [] } : { scenario: scenarioId, phrase: phraseId, needs: [] };
  try {
    const scenario = catalogue.getScenario(scenarioId);
    const phrase = phraseId === undefined ? phrasesForChannel(scenario, undefined)[0] : scenario.phrases.find((p) => p.id === phraseId);
    if (phrase === undefined) return plain;
    const needs: string[] = [];
    for (const p of parseTemplate(phrase.texts['zh-CN'])) {
      if (typeof p !== 'string' && p.fallback === undefined && !Object.hasOwn(catalogue.defaults, p.name) && !needs.includes(p.name)) needs.push(p.name);
    }
    if (needs.length > 0) return { ...plain, needs };
    const text = catalogue.say(scenarioId, {}, phraseId === undefined ? { locale: 'zh-CN' } : { phrase: phraseId, locale: 'zh-CN' });
    return { ...plain, text };
  } catch {
    return plain;
  }
}

/** Renders a suggestion through a catalogue (shared by `suggestionText` and the phrasebook's). */
export function suggestionTextIn(catalogue: Pick<Catalogue, 'say'>, suggestion: Suggestion, options: SuggestionTextOptions = {}): string {
  const { customer, vars, locale } = options;
  if (suggestion.text !== undefined && customer === undefined && vars === undefined && (locale === undefined || locale === 'zh-CN')) return suggestion.text;
  const values = customer === undefined ? (vars ?? {}) : { ...vars, customer };
  const sayOptions = { ...(suggestion.phrase === undefined ? {} : { phrase: suggestion.phrase }), ...(locale === undefined ? {} : { locale }) };
  return catalogue.say(suggestion.scenario, values, sayOptions);
}


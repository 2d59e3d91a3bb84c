import { localeOf } from '../locales/index.js';
import type { Channel, Locale } from '../vocab/index.js';
import { MissingTranslationError, UnknownScenarioError } from './errors.js';
import { localize, phrasesForChannel, type LocalizedPhrase, type PhraseOptions } from './phrases.js';
import { sayIn, type SayOptions } from './say-in.js';
import { scenarioIdOf, type ScenarioFilter } from './filter.js';
import type { CompiledScenario, CompiledStandard } from './types.js';

/** What a catalogue serves: scenarios, standards and variable defaults (a compiled pack, or packs merged). */
export interface CatalogueSource {
  readonly scenarios: readonly CompiledScenario[];
  readonly standards?: readonly CompiledStandard[] | undefined;
  /** Variable defaults of the pack (brand, hotline…). */
  readonly defaults?: Readonly<Record<string, unknown>> | undefined;
}

/** Options of {@link createCatalogue}: what every call defaults to. */
export interface CatalogueOptions {
  /** Variables bound to every phrase, below the call's own (and above the sources' defaults). */
  readonly vars?: Readonly<Record<string, unknown>> | undefined;
  /** Default output locale (a language tag; default `zh-CN`). */
  readonly locale?: Locale | undefined;
  /** Default channel. */
  readonly channel?: Channel | undefined;
}

/** Scenarios served by id: listing, lookup, phrases in a locale, `say`, standards. */
export interface Catalogue<Id extends string = string> {
  /** The merged variable defaults (the sources' defaults, then `vars`). */
  readonly defaults: Readonly<Record<string, unknown>>;
  /** The default locale. */
  readonly locale: Locale;
  /** The scenarios, optionally by category or channel, in source order. */
  scenarios(filter?: ScenarioFilter): readonly CompiledScenario[];
  /** One scenario. @throws UnknownScenarioError */
  getScenario(id: Id): CompiledScenario;
  /** A scenario's phrases in a locale (default: the catalogue's), unfilled. */
  phrasesOf(id: Id, options?: PhraseOptions): LocalizedPhrase[];
  /** Says a scenario's phrase with the catalogue's defaults. */
  say(id: Id, vars?: Readonly<Record<string, unknown>>, options?: SayOptions): string;
  /** The service standards. */
  standards(): readonly CompiledStandard[];
}

/**
 * Creates a catalogue over compiled packs: the one implementation of listing, lookup, phrases
 * and `say`, behind the core entry (`say`, `scenarios`…) and every phrasebook. Later sources
 * replace earlier scenarios and standards of the same id (merge packs with patches and removals
 * through `mergePacks` first). A phrase without text in the requested locale (a team's pack given
 * no traditional text) is a {@link MissingTranslationError}, never an empty string. Lookups are
 * built on first use.
 *
 * @param sources - compiled packs (the built-in ones, `compilePack` output, or `mergePacks` output)
 * @param options - default variables, locale and channel
 * @returns the catalogue
 * @throws HuashuError `INVALID_ARGUMENT` for a locale that is not a Chinese language tag
 * @example
 * ```ts
 * const catalogue = createCatalogue([{ scenarios: scenarios({ category: 'hold' }) }], { locale: 'zh-TW' });
 * catalogue.scenarios().length > 0; //=> true
 * catalogue.say('hold.explain', { customer: '王女士' });
 * //=> '很抱歉，王女士，我幫您查詢一下，請您稍等片刻，謝謝！'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function createCatalogue<Id extends string = string>(sources: CatalogueSource | readonly CatalogueSource[], options: CatalogueOptions = {}): Catalogue<Id> {
  const list: readonly CatalogueSource[] = Array.isArray(sources) ? sources : [sources as CatalogueSource];
  const locale = localeOf(options.locale);
  const channel = options.channel;
  let defaults: Record<string, unknown> = {};
  for (const source of list) defaults = { ...defaults, ...source.defaults };
  defaults = Object.freeze({ ...defaults, ...options.vars });
  let all: readonly CompiledScenario[] | undefined;
  let byId: ReadonlyMap<string, CompiledScenario> | undefined;
  let standards: readonly CompiledStandard[] | undefined;
  const scenarioList = (): readonly CompiledScenario[] => {
    if (all === undefined) {
      if (list.length === 1) all = list[0]!.scenarios;
      else {
        const merged = new Map<string, CompiledScenario>();
        for (const source of list) for (const s of source.scenarios) merged.set(s.id, s);
        all = [...merged.values()];
      }
    }
    return all;
  };
  const get = (id: string): CompiledScenario => {
    byId ??= new Map(scenarioList().map((s) => [s.id, s]));
    const found = byId.get(scenarioIdOf(id));
    if (found === undefined) throw new UnknownScenarioError(id, [...byId.keys()]);
    return found;
  };
  const translated = (scenario: CompiledScenario, phraseId: string | undefined, c: Channel | undefined, l: Locale) => {
    if (l === 'zh-CN') return;
    const phrase = phraseId === undefined ? phrasesForChannel(scenario, c)[0] : scenario.phrases.find((p) => p.id === phraseId);
    if (phrase !== undefined && phrase.texts[l] === '') throw new MissingTranslationError(`${scenario.id}#${phrase.id}`, l);
  };
  return {
    defaults,
    locale,
    scenarios(filter = {}) {
      const { category, channel: only } = filter;
      if (category === undefined && only === undefined) return scenarioList();
      return scenarioList().filter((s) => (category === undefined || s.category === category) && (only === undefined || s.channels.includes(only)));
    },
    getScenario: get,
    phrasesOf(id, phraseOptions = {}) {
      const scenario = get(id);
      const l = localeOf(phraseOptions.locale, locale);
      return phrasesForChannel(scenario, phraseOptions.channel ?? channel).map((p) => {
        if (p.texts[l] === '') throw new MissingTranslationError(`${scenario.id}#${p.id}`, l);
        return localize(scenario, p, l);
      });
    },
    say(id, vars = {}, sayOptions = {}) {
      const scenario = get(id);
      const l = localeOf(sayOptions.locale, locale);
      const c = sayOptions.channel ?? channel;
      translated(scenario, sayOptions.phrase, c, l);
      return sayIn(scenario, vars, l === sayOptions.locale && c === sayOptions.channel ? sayOptions : { ...sayOptions, locale: l, channel: c }, defaults);
    },
    standards() {
      if (standards === undefined) {
        const merged = new Map<string, CompiledStandard>();
        for (const source of list) for (const st of source.standards ?? []) merged.set(st.id, st);
        standards = list.length === 1 ? (list[0]!.standards ?? []) : [...merged.values()];
      }
      return standards;
    },
  };
}

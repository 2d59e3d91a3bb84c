import type { Locale, VariableUnit } from '../vocab/index.js';

/**
 * What a locale is at run time: which BCP-47 tags resolve to it, its script and its own wording
 * (the default female title, the titles not said bare, unit words). One folder per locale
 * (`src/locales/<tag>/locale.yaml`, fields documented in `localeFileSchema`) holds it with what
 * only the build reads (the opencc target, `terms.yaml`, title and greeting overrides); the data
 * build emits this part to `LOCALE_DEFINITIONS`.
 */
export interface LocaleDefinition {
  /** ISO 15924 script: `Hans` (simplified) or `Hant` (traditional). */
  readonly script: 'Hans' | 'Hant';
  /** The locale a tag with this script and no known region resolves to (one per script). */
  readonly scriptDefault: boolean;
  /** The title for a woman by default: 女士 on the mainland, 小姐 where 小姐 is the polite norm. */
  readonly femaleTitle: '女士' | '小姐';
  /** The locale's tag, as in `LOCALES` (its folder's name). */
  readonly tag: Locale;
  /** ISO 3166 region subtags (upper case) whose tags resolve here: `['HK', 'MO']`. */
  readonly regions: readonly string[];
  /** Titles not said without a surname here, and what is said instead: zh-CN `{ 小姐: '女士' }` (absent: none). */
  readonly bareTitles?: Readonly<Record<string, string>>;
  /** How a number variable's unit is written after the number (`3` + 小时). */
  readonly units: Readonly<Record<VariableUnit, string>>;
}

/** The part of a {@link LocaleDefinition} that language tags resolve by (all `resolveLocale` reads). */
export type LocaleResolution = Pick<LocaleDefinition, 'tag' | 'script' | 'scriptDefault' | 'regions'>;

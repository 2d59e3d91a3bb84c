import type { Locale, VariableUnit } from '../vocab/index.js';

/**
 * What makes a locale: which BCP-47 tags resolve to it, its script, how its text is derived
 * from the zh-CN source at build time, and its own wording at run time. One folder per locale
 * (`src/locales/<tag>/index.ts`, with `terms.yaml` for the build) holds it.
 */
export interface LocaleDefinition {
  /** The locale's tag, as in `LOCALES`. */
  readonly tag: Locale;
  /** ISO 15924 script: `Hans` (simplified) or `Hant` (traditional). */
  readonly script: 'Hans' | 'Hant';
  /** ISO 3166 region subtags (upper case) whose tags resolve here: `['HK', 'MO']`. */
  readonly regions: readonly string[];
  /** The locale a tag with this script and no known region resolves to (one per script). */
  readonly scriptDefault: boolean;
  /**
   * How the build derives this locale's text from zh-CN: the opencc-js target (`twp`, `hk`), or
   * `null` for the source locale itself. Regional words come first, from `terms.yaml` beside it.
   */
  readonly opencc: 'twp' | 'tw' | 'hk' | 'jp' | null;
  /** The title for a woman by default: 女士 on the mainland, 小姐 where 小姐 is the polite norm. */
  readonly femaleTitle: '女士' | '小姐';
  /** How a number variable's unit is written after the number (`3` + 小时). */
  readonly units: Readonly<Record<VariableUnit, string>>;
}

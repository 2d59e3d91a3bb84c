import * as z from 'zod/mini';
import { VARIABLE_UNITS, type VariableUnit } from '../vocab/index.js';

const HAN = /^\p{Script=Han}+$/u;
const hanSchema = z.string().check(z.regex(HAN, { error: 'must be Chinese characters only' }));
/** Source (zh-CN) text → this locale's text, where the derived text is wrong or unidiomatic. */
const overridesSchema = z._default(z.record(z.string().check(z.minLength(1)), z.string().check(z.minLength(1))), {});

/**
 * `src/locales/<tag>/locale.yaml`: everything that makes a locale, one file per locale folder
 * (the folder's name is the tag). The data build validates it, lists the folders as `LOCALES` and
 * emits the run-time part (`LOCALE_DEFINITIONS`); the rest (opencc, overrides) is read at build
 * time only. `terms.yaml` beside it holds the regional words every derived text uses.
 */
export const localeFileSchema = z.strictObject({
  /** ISO 15924 script: `Hans` (simplified) or `Hant` (traditional). */
  script: z.enum(['Hans', 'Hant']),
  /** ISO 3166 region subtags (upper case) whose tags resolve here: `[HK, MO]`. */
  regions: z.array(z.string().check(z.regex(/^(?:[A-Z]{2}|\d{3})$/, { error: 'an upper-case ISO 3166 region (HK) or a UN M.49 code (419)' }))).check(z.minLength(1)),
  /** The locale a tag with this script and no known region resolves to (one per script). */
  scriptDefault: z.boolean(),
  /**
   * How the build derives this locale's text from zh-CN: the opencc-js target (`twp`, `hk`), or
   * `null` for the source locale itself. Regional words come first, from `terms.yaml` beside it.
   */
  opencc: z.nullable(z.enum(['twp', 'tw', 'hk', 'jp'])),
  /** The title for a woman by default: 女士 on the mainland, 小姐 where 小姐 is the polite norm. */
  femaleTitle: z.enum(['女士', '小姐']),
  /** Titles this locale does not say without a surname, and what it says instead (`小姐: 女士`). */
  bareTitles: z._default(z.record(hanSchema, hanSchema), {}),
  /** How a number variable's unit is written after the number (`3` + 小时). */
  units: z.strictObject(Object.fromEntries(VARIABLE_UNITS.map((u) => [u, z.string().check(z.minLength(1))])) as Record<VariableUnit, z.ZodMiniString<string>>),
  /** Titles of data/honorifics/titles.yaml whose derived form is wrong here: `simplified: form`. */
  titles: z._default(z.record(hanSchema, hanSchema), {}),
  /** Texts of data/greetings whose derived form is wrong or unidiomatic here: `zh-CN text: text`. */
  greetings: overridesSchema,
});
/** A locale folder's `locale.yaml`, validated. */
export type LocaleFile = z.output<typeof localeFileSchema>;

import { LOCALE_TAGS } from './locales.generated.js';

/**
 * Output locales: one a folder of src/locales (the data build lists the folders). Text is
 * authored in zh-CN (simplified), the source locale, first; the others are derived from it.
 */
export const LOCALES = LOCALE_TAGS;
/** An output locale: `zh-CN` (simplified), `zh-TW` or `zh-HK` (traditional). */
export type Locale = (typeof LOCALES)[number];
/** The locales derived from zh-CN text (traditional script). */
export type DerivedLocale = Exclude<Locale, 'zh-CN'>;
/** The locales derived from zh-CN text, in {@link LOCALES} order. */
export const DERIVED_LOCALES = /* @__PURE__ */ LOCALES.filter((l): l is DerivedLocale => l !== 'zh-CN');

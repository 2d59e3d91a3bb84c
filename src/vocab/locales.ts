/**
 * Output locales. Text is authored in zh-CN (simplified); the others are derived from it (see
 * src/locales/, one folder per locale).
 */
export const LOCALES = ['zh-CN', 'zh-TW', 'zh-HK'] as const;
/** An output locale: `zh-CN` (simplified), `zh-TW` or `zh-HK` (traditional). */
export type Locale = (typeof LOCALES)[number];
/** The locales derived from zh-CN text (traditional script). */
export type DerivedLocale = Exclude<Locale, 'zh-CN'>;
/** The locales derived from zh-CN text, in {@link LOCALES} order. */
export const DERIVED_LOCALES = LOCALES.filter((l): l is DerivedLocale => l !== 'zh-CN');

import { DERIVED_LOCALES, type DerivedLocale, type Locale } from '../vocab/index.js';

/** Converts zh-CN text to a traditional locale's script (opencc-js at build time, an app's converter at run time). */
export type ConvertText = (text: string, locale: DerivedLocale) => string;

/**
 * A zh-CN text in every locale: a hand-written text where given, else the converter's, else
 * `''` (no text: readers report the missing translation). The one place locale texts are derived,
 * by the build (with opencc and the locales' terms), phrasebooks, greeters and the CLI.
 */
export function localizeText(text: string, given: Partial<Readonly<Record<DerivedLocale, string | undefined>>> | undefined, convert: ConvertText | undefined): Readonly<Record<Locale, string>> {
  const out: Record<string, string> = { 'zh-CN': text };
  for (const locale of DERIVED_LOCALES) out[locale] = given?.[locale] ?? convert?.(text, locale) ?? '';
  return out as Record<Locale, string>;
}

/**
 * Locales as data: one folder per locale (`zh-CN/`, `zh-TW/`, `zh-HK/`), its `locale.yaml` (tags
 * that resolve to it, script, build-time conversion, titles, greeting wording, unit words) and
 * its regional `terms.yaml`; the data build lists the folders as `LOCALES` and emits their
 * definitions. Here: the BCP 47 resolver every entry point uses and the one derivation of locale
 * texts.
 *
 * @packageDocumentation
 */
export { resolveLocale, localeOf, LOCALE_DEFINITIONS } from './resolve.js';
export { localizeText, type ConvertText } from './derive.js';
export type { LocaleDefinition } from './types.js';

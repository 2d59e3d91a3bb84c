/**
 * Locales as data: one folder per locale (`zh-CN/`, `zh-TW/`, `zh-HK/`) with its definition
 * (tags that resolve to it, script, build-time conversion, female title) and its regional terms;
 * the BCP 47 resolver every entry point uses; and the one derivation of locale texts.
 *
 * @packageDocumentation
 */
export { resolveLocale, localeOf, LOCALE_DEFINITIONS } from './resolve.js';
export { localizeText, type ConvertText } from './derive.js';
export type { LocaleDefinition } from './types.js';

/**
 * Build-time derivation of locale texts: each derived locale's opencc-js target and regional
 * terms come from its folder (src/locales/<tag>/index.ts and terms.yaml); the one rule of
 * precedence (hand-written text, else converted) is src/locales' localizeText.
 */
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { z } from 'zod';
import { LOCALE_DEFINITIONS, localizeText, type ConvertText } from '../../src/locales/index.js';
import type { PackIssue } from '../../src/schema/errors.js';
import { DERIVED_LOCALES, type DerivedLocale } from '../../src/vocab/index.js';
import { loadYaml, ROOT } from './load.js';

const termsSchema = z.record(z.string().min(1), z.string().min(1));

/** Converts simplified text with opencc, keeping regional terms as the table says. */
function withTerms(text: string, convertChars: (s: string) => string, table: Readonly<Record<string, string>>): string {
  const keys = Object.keys(table).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return convertChars(text);
  const pattern = new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  let out = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    out += convertChars(text.slice(last, match.index)) + table[match[0]];
    last = match.index + match[0].length;
  }
  return out + convertChars(text.slice(last));
}

let converters: Record<DerivedLocale, (text: string) => string> | undefined;

/** Each derived locale's converter (opencc target + terms.yaml), built once. */
function localeConverters(): Record<DerivedLocale, (text: string) => string> {
  if (converters !== undefined) return converters;
  const issues: PackIssue[] = [];
  const out = {} as Record<DerivedLocale, (text: string) => string>;
  for (const locale of DERIVED_LOCALES) {
    const { opencc } = LOCALE_DEFINITIONS[locale];
    if (opencc === null) throw new Error(`src/locales/${locale}: a derived locale names its opencc target`);
    const loaded = loadYaml(join(ROOT, `src/locales/${locale}/terms.yaml`), termsSchema, issues);
    if (loaded === undefined) throw new Error(issues.map((i) => `${i.file}:${i.line ?? 0} ${i.message}`).join('\n'));
    const chars = OpenCC.Converter({ from: 'cn', to: opencc });
    out[locale] = (text) => withTerms(text, chars, loaded.value);
  }
  converters = out;
  return out;
}

const convert: ConvertText = (text, locale) => localeConverters()[locale](text);

/** The text of a zh-CN string in every locale: hand-written overrides, else derived with opencc and the locale's terms. */
export function deriveTexts(text: string, overrides: Partial<Record<DerivedLocale, string | undefined>> = {}) {
  return localizeText(text, overrides, convert);
}

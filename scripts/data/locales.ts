/**
 * The locales task and the build-time derivation of locale texts. Each locale is one folder of
 * src/locales (the list, `LOCALES`, is written from the folders first: locale-list.ts): its
 * `locale.yaml` (validated by localeFileSchema) gives the run-time definition emitted to
 * src/locales/definitions.generated.ts (git-ignored, src/locales' own), the opencc-js target and the locale's own titles and greeting wording;
 * its `terms.yaml` the regional words. The one rule of precedence (hand-written text, else
 * converted) is src/locales' localizeText.
 */
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { z } from 'zod';
// derive.ts and types.ts, not the index: the index reads definitions.generated.ts, written here.
import { localizeText, type ConvertText } from '../../src/locales/derive.js';
import type { LocaleDefinition } from '../../src/locales/types.js';
import { formatIssue, type PackIssue } from '../../src/schema/errors.js';
import { localeFileSchema, type LocaleFile } from '../../src/schema/locale.js';
import { DERIVED_LOCALES, LOCALES, type DerivedLocale, type Locale } from '../../src/vocab/index.js';
import { banner, writeGeneratedIn } from './emit.js';
import { LOCALES_DIR } from './locale-list.js';
import { loadYaml, type LoadedFile } from './load.js';

const termsSchema = z.record(z.string().min(1), z.string().min(1));

let files: Record<Locale, LoadedFile<LocaleFile>> | undefined;

/** Every locale folder's `locale.yaml`, validated and checked as a set (problems go to `issues`). */
function loadLocaleFiles(issues: PackIssue[]): Record<Locale, LoadedFile<LocaleFile>> | undefined {
  if (files !== undefined) return files;
  const before = issues.length;
  const out = {} as Record<Locale, LoadedFile<LocaleFile>>;
  for (const tag of LOCALES) {
    const loaded = loadYaml(join(LOCALES_DIR, tag, 'locale.yaml'), localeFileSchema, issues);
    if (loaded !== undefined) out[tag] = loaded;
  }
  if (issues.length > before) return undefined;
  const problem = (tag: Locale, path: string[], message: string) => issues.push({ file: out[tag].file, path, ...out[tag].locate(path), message });
  const regions = new Map<string, Locale>();
  for (const tag of LOCALES) {
    const f = out[tag].value;
    const source = tag === LOCALES[0];
    if (source !== (f.opencc === null)) problem(tag, ['opencc'], source ? `${tag} is the source locale (text is written in it): opencc is null` : 'a derived locale names its opencc target');
    if (source && Object.keys({ ...f.titles, ...f.greetings }).length > 0) problem(tag, [], 'the source locale has no titles or greetings of its own: they are the data');
    for (const region of f.regions) {
      const other = regions.get(region);
      if (other !== undefined) problem(tag, ['regions'], `${region} already resolves to ${other}`);
      regions.set(region, tag);
    }
  }
  for (const script of ['Hans', 'Hant'] as const) {
    const defaults = LOCALES.filter((t) => out[t].value.script === script && out[t].value.scriptDefault);
    const of = LOCALES.filter((t) => out[t].value.script === script);
    if (of.length > 0 && defaults.length !== 1) problem(of[0]!, ['scriptDefault'], `one ${script} locale is the script's default (found ${defaults.length}: ${defaults.join(', ') || 'none'})`);
  }
  if (issues.length > before) return undefined;
  files = out;
  return out;
}

/** A locale's validated `locale.yaml` (for the other data tasks: the locales task reports problems first). */
export function localeFile(locale: Locale): LoadedFile<LocaleFile> {
  const issues: PackIssue[] = [];
  const loaded = loadLocaleFiles(issues);
  if (loaded === undefined) throw new Error(issues.map(formatIssue).join('\n'));
  return loaded[locale];
}

/** The run-time part of a locale's definition (what src/locales and the modules read). */
function definition(tag: Locale, f: LocaleFile): LocaleDefinition {
  const bare = Object.keys(f.bareTitles).length > 0 ? { bareTitles: f.bareTitles } : {};
  return { tag, script: f.script, regions: f.regions, scriptDefault: f.scriptDefault, femaleTitle: f.femaleTitle, ...bare, units: f.units };
}

/** Runs the locales task: validates every locale folder and emits src/locales/definitions.generated.ts. */
export function buildLocales(issues: PackIssue[]): void {
  const loaded = loadLocaleFiles(issues);
  if (loaded === undefined) return;
  const definitions = LOCALES.map((tag) => definition(tag, loaded[tag].value));
  // What resolveLocale reads comes first, on its own: greet resolves a locale and reads nothing
  // else of it, so its bundle carries no titles or unit words.
  const resolution = definitions.map(({ tag, script, scriptDefault, regions }) => ({ tag, script, scriptDefault, regions }));
  const wording = definitions.map(({ tag, script, scriptDefault, regions, ...rest }, i) => `${JSON.stringify(tag)}:{...LOCALE_RESOLUTION[${i}]!,${JSON.stringify(rest).slice(1, -1)}}`);
  const lines = [
    banner('src/locales/*/locale.yaml'),
    "import type { Locale } from '../vocab/index.js';",
    "import type { LocaleDefinition, LocaleResolution } from './types.js';",
    '',
    "/** What a language tag resolves by, per locale in `LOCALES` order (see each folder's locale.yaml). */",
    `export const LOCALE_RESOLUTION: readonly LocaleResolution[] = ${JSON.stringify(resolution)};`,
    '',
    "/** Every locale's definition, by tag (see each folder's locale.yaml). */",
    `export const LOCALE_DEFINITIONS: Readonly<Record<Locale, LocaleDefinition>> = /* @__PURE__ */ (() => ({${wording.join(',')}}))();`,
    '',
  ];
  writeGeneratedIn(join(LOCALES_DIR, 'definitions.generated.ts'), lines.join('\n'));
}

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

/** A derived locale's character converter: opencc-js to the target its locale.yaml names (no terms: names and titles). */
export function charConverter(locale: DerivedLocale): (text: string) => string {
  const { opencc } = localeFile(locale).value;
  return OpenCC.Converter({ from: 'cn', to: opencc ?? 'cn' });
}

let converters: Record<DerivedLocale, (text: string) => string> | undefined;

/** Each derived locale's converter (opencc target + terms.yaml), built once. */
function localeConverters(): Record<DerivedLocale, (text: string) => string> {
  if (converters !== undefined) return converters;
  const issues: PackIssue[] = [];
  const out = {} as Record<DerivedLocale, (text: string) => string>;
  for (const locale of DERIVED_LOCALES) {
    const loaded = loadYaml(join(LOCALES_DIR, locale, 'terms.yaml'), termsSchema, issues);
    if (loaded === undefined) throw new Error(issues.map(formatIssue).join('\n'));
    const chars = charConverter(locale);
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

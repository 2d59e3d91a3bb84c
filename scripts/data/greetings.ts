/**
 * The greetings data task: validates `data/greetings/*.yaml` with greetingsDataSchema, derives
 * each derived locale's text (opencc plus src/locales/<tag>/terms.yaml, like the catalogue; a
 * locale's own wording of a greeting from its folder's locale.yaml, `greetings`) and emits
 * `src/generated/greetings.ts`.
 */
import { join } from 'node:path';
import type { PackIssue } from '../../src/schema/errors.js';
import { greetingsDataSchema, type GreetingText, type GreetingsData } from '../../src/schema/greetings.js';
import type { CompiledGreetings, GreetingWish, LocalizedTemplate } from '../../src/greetings/types.js';
import { parseTemplate } from '../../src/template/index.js';
import { DERIVED_LOCALES, LOCALES } from '../../src/vocab/index.js';
import { deriveTexts, localeFile } from './locales.js';
import { banner, writeGenerated } from './emit.js';
import { loadYaml, ROOT, yamlFiles } from './load.js';

/** The zh-CN greeting texts a locale folder's `greetings` overrides were used for. */
const used = new Set<string>();
/** Texts given per locale in data/greetings (their place is the locale's folder). */
const inline: string[] = [];

function texts(text: GreetingText) {
  if (typeof text !== 'string') inline.push(text['zh-CN']);
  const source = typeof text === 'string' ? text : text['zh-CN'];
  const own: Record<string, string | undefined> = {};
  for (const locale of DERIVED_LOCALES) {
    const given = localeFile(locale).value.greetings;
    if (Object.hasOwn(given, source)) {
      own[locale] = given[source];
      used.add(source);
    }
  }
  return deriveTexts(source, own);
}

/** A template text in every locale, parsed (the schema has checked what it fills): greet needs no parser. */
function template(text: GreetingText): LocalizedTemplate {
  const t = texts(text);
  return (Object.fromEntries(LOCALES.map((l) => [l, parseTemplate(t[l])])) as Record<string, LocalizedTemplate[keyof LocalizedTemplate]>) as LocalizedTemplate;
}

function wishes(entries: GreetingsData['festivals'], file: string, section: string, issues: PackIssue[]): Record<string, GreetingWish> {
  const out: Record<string, GreetingWish> = {};
  entries.forEach((entry, index) => {
    if (entry.id in out) issues.push({ file, path: [section, index, 'id'], message: `"${entry.id}" is listed twice` });
    out[entry.id] = {
      salutation: entry.salutation === null ? null : texts(entry.salutation),
      ...(entry.regions === undefined ? {} : { regions: entry.regions }),
      ...(entry.gender === undefined ? {} : { gender: entry.gender }),
    };
  });
  return out;
}

function minutes(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** A JS literal of the compiled data with every text or template in every locale written as `t(…)`, one argument a locale. */
function compact(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compact).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const o = value as Record<string, unknown>;
    if (keys.length === LOCALES.length && LOCALES.every((l) => keys.includes(l))) {
      // t()'s arguments default each to the one before: trailing repeats are left out.
      const args = LOCALES.map((l) => compact(o[l]));
      while (args.length > 1 && args[args.length - 1] === args[args.length - 2]) args.pop();
      return `t(${args.join(',')})`;
    }
    return `{${keys.filter((k) => o[k] !== undefined).map((k) => `${JSON.stringify(k)}:${compact(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Runs the greetings task. */
export function buildGreetings(issues: PackIssue[]): void {
  const files = yamlFiles(join(ROOT, 'data/greetings'));
  if (files.length !== 1) {
    issues.push({ file: 'data/greetings', path: [], message: `expected one greetings file, found ${files.length}` });
    return;
  }
  const loaded = loadYaml(files[0]!, greetingsDataSchema, issues);
  if (loaded === undefined) return;
  const data = loaded.value;
  const before = issues.length;
  const compiled: CompiledGreetings = {
    precedence: data.precedence,
    slots: data.slots.map((s) => ({ id: s.id, from: minutes(s.from), salutation: texts(s.salutation) })),
    birthday: texts(data.birthday.salutation),
    holidayDefault: texts(data.holidays.default),
    holidays: wishes(data.holidays.entries, loaded.file, 'holidays', issues),
    festivals: wishes(data.festivals, loaded.file, 'festivals', issues),
    breaks: Object.fromEntries(
      (data.breaks ?? []).map((b) => [b.id, { before: b.before === undefined ? null : texts(b.before), after: b.after === undefined ? null : texts(b.after) }]),
    ),
    channels: Object.fromEntries(
      Object.entries(data.channels).map(([c, w]) => [c, { body: texts(w.body), withBrand: template(w.withBrand) }]),
    ) as CompiledGreetings['channels'],
    defaultChannel: data.defaultChannel,
    salutation: { plain: template(data.salutation.plain), withCustomer: template(data.salutation.withCustomer) },
  };
  for (const text of inline) issues.push({ file: loaded.file, path: [], message: `"${text}" is given per locale: a locale's own wording goes in its folder (src/locales/<tag>/locale.yaml, greetings)` });
  for (const locale of DERIVED_LOCALES) {
    const file = localeFile(locale);
    for (const text of Object.keys(file.value.greetings)) {
      if (!used.has(text)) issues.push({ file: file.file, path: ['greetings', text], ...file.locate(['greetings', text]), message: `"${text}" is no greeting text of data/greetings` });
    }
  }
  if (issues.length > before) return;
  // t(a0, a1 = a0, a2 = a1, …): each locale's text defaults to the one before (most greetings read the same).
  const params = LOCALES.map((_, i) => (i === 0 ? 'a0: T' : `a${i}: T = a${i - 1}`)).join(', ');
  const fields = LOCALES.map((l, i) => `'${l}': a${i}`).join(', ');
  const lines = [
    banner('data/greetings'),
    "import type { TemplatePart } from '../template/index.js';",
    "import type { Locale } from '../vocab/index.js';",
    "import type { CompiledGreetings } from '../greetings/index.js';",
    '',
    `/** A text or parsed template in every locale (${LOCALES.join(', ')}): each defaults to the one before (most greetings read the same). */`,
    `const t = <T extends string | readonly TemplatePart[]>(${params}): Readonly<Record<Locale, T>> => ({ ${fields} });`,
    '',
    '/** The built-in greeting data, validated and compiled at build time. */',
    `export const greetingsData: CompiledGreetings = /* @__PURE__ */ (() => (${compact(compiled)}))();`,
  ];
  writeGenerated('greetings.ts', lines.join('\n') + '\n');
}

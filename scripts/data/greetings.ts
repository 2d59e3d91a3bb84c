/**
 * The greetings data task: validates `data/greetings/*.yaml` with greetingsDataSchema, derives
 * the traditional-script text (opencc plus src/locales/<tag>/terms.yaml, like the catalogue) and
 * emits `src/generated/greetings.ts`.
 */
import { join } from 'node:path';
import type { PackIssue } from '../../src/schema/errors.js';
import { greetingsDataSchema, type GreetingText, type GreetingsData } from '../../src/schema/greetings.js';
import type { CompiledGreetings, GreetingWish, LocalizedTemplate } from '../../src/greetings/types.js';
import { parseTemplate } from '../../src/template/index.js';
import { deriveTexts } from './locales.js';
import { banner, writeGenerated } from './emit.js';
import { loadYaml, ROOT, yamlFiles } from './load.js';

function texts(text: GreetingText) {
  return typeof text === 'string' ? deriveTexts(text) : deriveTexts(text['zh-CN'], text);
}

/** A template text in every locale, parsed (the schema has checked what it fills): greet needs no parser. */
function template(text: GreetingText): LocalizedTemplate {
  const t = texts(text);
  return { 'zh-CN': parseTemplate(t['zh-CN']), 'zh-TW': parseTemplate(t['zh-TW']), 'zh-HK': parseTemplate(t['zh-HK']) };
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

/** A JS literal of the compiled data with every text or template in every locale written as `t(cn, tw?, hk?)`. */
function compact(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compact).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const o = value as Record<string, unknown>;
    if (keys.length === 3 && keys.every((k) => k === 'zh-CN' || k === 'zh-TW' || k === 'zh-HK')) {
      const [cn, tw, hk] = [o['zh-CN'], o['zh-TW'], o['zh-HK']].map((v) => compact(v));
      return hk !== tw ? `t(${cn},${tw},${hk})` : tw !== cn ? `t(${cn},${tw})` : `t(${cn})`;
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
  if (issues.length > before) return;
  const lines = [
    banner('data/greetings'),
    "import type { TemplatePart } from '../template/index.js';",
    "import type { Locale } from '../vocab/index.js';",
    "import type { CompiledGreetings } from '../greetings/index.js';",
    '',
    '/** A text or parsed template in every locale: zh-TW defaults to zh-CN, zh-HK to zh-TW (most greetings read the same). */',
    "const t = <T extends string | readonly TemplatePart[]>(cn: T, tw: T = cn, hk: T = tw): Readonly<Record<Locale, T>> => ({ 'zh-CN': cn, 'zh-TW': tw, 'zh-HK': hk });",
    '',
    '/** The built-in greeting data, validated and compiled at build time. */',
    `export const greetingsData: CompiledGreetings = /* @__PURE__ */ (() => (${compact(compiled)}))();`,
  ];
  writeGenerated('greetings.ts', lines.join('\n') + '\n');
}

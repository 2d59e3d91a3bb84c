/**
 * The greetings data task: validates `data/greetings/*.yaml` with greetingsDataSchema, derives
 * the traditional-script text (opencc plus data/locale-terms.yaml, like the catalogue) and
 * emits `src/generated/greetings.ts`.
 */
import { join } from 'node:path';
import type { PackIssue } from '../../src/schema/errors.js';
import { greetingsDataSchema, type GreetingText, type GreetingsData } from '../../src/schema/greetings.js';
import type { CompiledGreetings, GreetingWish } from '../../src/greetings/types.js';
import { deriveTexts } from './catalogue.js';
import { banner, literal, writeGenerated } from './emit.js';
import { loadYaml, ROOT, yamlFiles } from './load.js';

function texts(text: GreetingText) {
  return typeof text === 'string' ? deriveTexts(text) : deriveTexts(text['zh-CN'], text);
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
    channels: Object.fromEntries(
      Object.entries(data.channels).map(([c, w]) => [c, { body: texts(w.body), withBrand: texts(w.withBrand) }]),
    ) as CompiledGreetings['channels'],
    defaultChannel: data.defaultChannel,
    salutation: { plain: texts(data.salutation.plain), withCustomer: texts(data.salutation.withCustomer) },
  };
  for (const [c, w] of Object.entries(data.channels)) {
    const text = typeof w.withBrand === 'string' ? w.withBrand : w.withBrand['zh-CN'];
    if (!text.includes('{brand}')) issues.push({ file: loaded.file, path: ['channels', c, 'withBrand'], ...loaded.locate(['channels', c, 'withBrand']), message: 'must contain {brand}' });
  }
  if (issues.length > before) return;
  const lines = [
    banner('data/greetings'),
    "import type { CompiledGreetings } from '../greetings/types.js';",
    '',
    '/** The built-in greeting data, validated and compiled at build time. */',
    `export const greetingsData: CompiledGreetings = ${literal(compiled)};`,
  ];
  writeGenerated('greetings.ts', lines.join('\n') + '\n');
}

/**
 * A locale is one folder of src/locales: its `locale.yaml` (every part a locale needs, checked by
 * localeFileSchema) and `terms.yaml`. The data build lists the folders as `LOCALES` and emits
 * their definitions; nothing else names a locale (test/meta/locales.test.ts).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LOCALES_DIR, localeTags, localeTagsModule } from '../../scripts/data/locale-list.js';
import { parseYaml } from '../../src/files/index.js';
import { LOCALE_DEFINITIONS, resolveLocale } from '../../src/locales/index.js';
import { localeFileSchema } from '../../src/schema/locale.js';
import { LOCALES } from '../../src/vocab/index.js';

const folders = readdirSync(LOCALES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const read = (tag: string, file: string) => parseYaml(readFileSync(join(LOCALES_DIR, tag, file), 'utf8')).value;

describe('locale folders', () => {
  it('are the locales: LOCALES lists every folder, the source locale first', () => {
    expect([...LOCALES].sort()).toEqual([...folders].sort());
    expect(LOCALES).toEqual(localeTags());
    expect(LOCALES[0]).toBe('zh-CN');
  });

  it.each(folders.map((f) => [f]))('%s gives every part of a locale', (tag) => {
    const file = localeFileSchema.parse(read(tag, 'locale.yaml'));
    expect(z.record(z.string().min(1), z.string().min(1)).safeParse(read(tag, 'terms.yaml')).success).toBe(true);
    // What the modules read at run time is the folder's, under its name.
    expect(LOCALE_DEFINITIONS[tag as (typeof LOCALES)[number]]).toEqual({
      tag,
      script: file.script,
      regions: file.regions,
      scriptDefault: file.scriptDefault,
      femaleTitle: file.femaleTitle,
      ...(Object.keys(file.bareTitles).length > 0 ? { bareTitles: file.bareTitles } : {}),
      units: file.units,
    });
    expect(file.opencc === null).toBe(tag === 'zh-CN');
    // A derived locale carries the forms its derived text must not use (test/data/locale-forms.test.ts).
    if (tag !== 'zh-CN') expect(z.array(z.object({ form: z.string().min(1) })).min(1).safeParse(read(tag, 'checks.yaml')).success).toBe(true);
    for (const region of file.regions) expect(resolveLocale(`zh-${region}`)).toBe(tag);
  });

  it('refuses a locale.yaml that lacks a part, naming it', () => {
    const { units: _units, ...partial } = localeFileSchema.parse(read('zh-HK', 'locale.yaml'));
    const result = localeFileSchema.safeParse(partial);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['units']);
  });

  it('a new folder is a new locale: the list takes it without another edit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'huashu-locales-'));
    try {
      for (const tag of folders) cpSync(join(LOCALES_DIR, tag), join(dir, tag), { recursive: true });
      cpSync(join(LOCALES_DIR, 'zh-HK'), join(dir, 'zh-MO'), { recursive: true });
      const yaml = readFileSync(join(dir, 'zh-MO', 'locale.yaml'), 'utf8').replace('regions: [HK, MO]', 'regions: [MO]');
      writeFileSync(join(dir, 'zh-MO', 'locale.yaml'), yaml);
      expect(localeFileSchema.parse(parseYaml(yaml).value).regions).toEqual(['MO']);
      expect(localeTags(dir)).toEqual(['zh-CN', 'zh-TW', 'zh-HK', 'zh-MO']);
      expect(localeTagsModule(localeTags(dir))).toContain('export const LOCALE_TAGS = ["zh-CN", "zh-TW", "zh-HK", "zh-MO"] as const;');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

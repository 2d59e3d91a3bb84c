import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYaml } from '../../src/files/index.js';
import { deriveTexts } from '../../scripts/data/locales.js';
import { corePack } from '../../src/generated/catalogue.js';
import { domainPacks } from '../../src/generated/packs/index.js';
import { greetingsData } from '../../src/generated/greetings.js';
import { DERIVED_LOCALES, type DerivedLocale } from '../../src/vocab/index.js';

const entry = z.strictObject({ form: z.string().min(1), use: z.string().min(1), why: z.string().min(1), unless: z.array(z.string()).optional() });
/** Each derived locale's checks: `src/locales/<tag>/checks.yaml`. */
const checks = Object.fromEntries(
  DERIVED_LOCALES.map((locale) => [locale, z.array(entry).min(1).parse(parseYaml(readFileSync(new URL(`../../src/locales/${locale}/checks.yaml`, import.meta.url), 'utf8')).value)]),
) as Record<DerivedLocale, Array<z.output<typeof entry>>>;

/** Forbidden forms in a text of a locale, as `form (use …: why)`, ignoring the words where the form is right. */
function wrongForms(text: string, locale: DerivedLocale): string[] {
  const out: string[] = [];
  for (const c of checks[locale]) {
    let masked = text;
    for (const word of c.unless ?? []) masked = masked.split(word).join('□'.repeat(word.length));
    if (masked.includes(c.form)) out.push(`${c.form} (use ${c.use}: ${c.why})`);
  }
  return out;
}

/** Every derived traditional text of the bundled packs (phrases, titles, step texts) and the greetings, by path. */
function derived(): Array<[string, DerivedLocale, string]> {
  const out: Array<[string, DerivedLocale, string]> = [];
  const stack: Array<[unknown, string]> = [...[corePack, ...domainPacks].map((p): [unknown, string] => [p, p.id]), [greetingsData, 'greetings']];
  while (stack.length > 0) {
    const [v, at] = stack.pop()!;
    if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, `${at}[${i}]`]));
    else if (typeof v === 'object' && v !== null) {
      for (const locale of DERIVED_LOCALES) {
        const t = (v as Record<string, unknown>)[locale];
        if (typeof t === 'string') out.push([at, locale, t]);
      }
      for (const [k, x] of Object.entries(v)) stack.push([x, `${at}.${k}`]);
    }
  }
  return out;
}

describe('the traditional texts derived from the data', () => {
  it("use none of the forms their locale's checks.yaml forbids", () => {
    const texts = derived();
    expect(texts.length).toBeGreaterThanOrEqual(700);
    const found = texts.flatMap(([at, locale, text]) => wrongForms(text, locale).map((w) => `${at} ${locale} "${text}": ${w}`));
    expect(found).toEqual([]);
  });

  it.each([
    ['您别着急', 'zh-TW', '您別著急'],
    ['您别着急', 'zh-HK', '您別着急'],
    ['建议您先尝试重启设备', 'zh-TW', '建議您先嘗試重啟裝置'],
    ['我们会尽快回复您', 'zh-TW', '我們會儘快回覆您'],
    ['我们会尽快回复您', 'zh-HK', '我們會盡快回覆您'],
    ['这里是客服热线', 'zh-TW', '這裡是客服熱線'],
    ['这里是客服热线', 'zh-HK', '這裏是客服熱線'],
  ] as const)('derives %s as %s %s', (cn, locale, expected) => {
    const text = deriveTexts(cn)[locale];
    expect(text).toBe(expected);
    expect(wrongForms(text, locale)).toEqual([]);
  });

  it('flags the pitfalls opencc falls into without the regional terms', () => {
    expect(wrongForms('您彆著急', 'zh-TW')).toEqual(["彆 (use 別: 别 meaning don't is 別; 彆 is only 彆扭 (awkward))"]);
    expect(wrongForms('先嚐試重啟', 'zh-HK')).toEqual(['嚐 (use 嘗: 嚐 is to taste; 尝试 (try) is 嘗試)']);
    expect(wrongForms('這裏很彆扭', 'zh-TW')).toEqual(['裏 (use 裡: Taiwan writes 裡 (這裡))']);
  });
});

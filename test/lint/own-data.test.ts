import { describe, expect, it } from 'vitest';
import { corePack } from '../../src/generated/catalogue.js';
import { greetingsData } from '../../src/generated/greetings.js';
import { domainPacks } from '../../src/generated/packs/index.js';
import { createPhrasebook } from '../../src/phrasebook/index.js';
import { lint } from '../../src/lint/index.js';

/** Every string holding Chinese text anywhere inside a value, with where it was found. */
function chineseStrings(value: unknown, at: string, out: Array<[string, string]> = []): Array<[string, string]> {
  if (typeof value === 'string') {
    if (/[\u4e00-\u9fff]/.test(value)) out.push([at, value]);
  } else if (Array.isArray(value)) value.forEach((v, i) => chineseStrings(v, `${at}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) chineseStrings(v, `${at}.${k}`, out);
  return out;
}

/** Error findings over every text found, as `path: ruleId "text"` lines (empty when clean). */
function errorsIn(texts: Array<[string, string]>): string[] {
  return texts.flatMap(([at, text]) => lint(text).filter((f) => f.severity === 'error').map((f) => `${at}: ${f.ruleId} "${f.text}"`));
}

describe("the library's own words pass its own linter", () => {
  it('the core procedures: inline text and notes of every step', () => {
    const steps = corePack.scenarios.flatMap((s) => chineseStrings(s.steps ?? [], `${s.id}.steps`));
    expect(steps.length).toBeGreaterThan(0);
    expect(errorsIn(steps)).toEqual([]);
  });

  it('every bundled domain pack: scenarios, patches and steps', () => {
    for (const pack of domainPacks) {
      const texts = chineseStrings({ scenarios: pack.scenarios, patches: pack.patches ?? [] }, pack.id).filter(([at]) => !/\.(title|when|notes)/.test(at));
      expect(texts.length).toBeGreaterThan(0);
      expect(errorsIn(texts)).toEqual([]);
    }
  });

  it('every greeting: wishes, bodies and time-of-day salutations in every locale', () => {
    const texts = chineseStrings(greetingsData, 'greetings');
    expect(texts.length).toBeGreaterThan(10);
    expect(errorsIn(texts)).toEqual([]);
  });

  it('what a phrasebook says with every bundled pack, in zh-CN and zh-TW', () => {
    for (const locale of ['zh-CN', 'zh-TW'] as const) {
      const book = createPhrasebook({ packs: domainPacks, locale });
      const said = book.scenarios().flatMap((s) => s.phrases.map((p): [string, string] => [`${s.id}#${p.id}`, p.texts[locale]]));
      expect(errorsIn(said)).toEqual([]);
    }
  });
});

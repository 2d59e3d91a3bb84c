import { describe, expect, it } from 'vitest';
import { createGreeter, createPhrasebook, fill, greet, honorific, isHuashuError, phrasesOf, resolveLocale, say } from '../../src/index.js';
import { LOCALE_DEFINITIONS } from '../../src/locales/index.js';
import { LOCALES } from '../../src/vocab/index.js';

/** The error a call throws, or a failure when it throws none. */
function errorOf(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    if (!isHuashuError(error)) throw error;
    return { code: error.code, message: error.message };
  }
  throw new Error('expected a HuashuError');
}

describe('resolveLocale', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-HK'],
    ['zh', 'zh-CN'],
    ['ZH', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans-SG', 'zh-CN'],
    ['zh-MY', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-TW', 'zh-TW'],
    ['zh_hant_tw', 'zh-TW'],
    ['zh-tw', 'zh-TW'],
    ['zh-HK', 'zh-HK'],
    ['zh-MO', 'zh-HK'],
    ['zh-Hant-HK', 'zh-HK'],
    ['zh-Hant-MO', 'zh-HK'],
    ['zh-hk', 'zh-HK'],
    // Script first: simplified text asked for in Hong Kong is simplified text.
    ['zh-Hans-HK', 'zh-CN'],
    // A region without a locale of its own takes the script's default.
    ['zh-Hant-US', 'zh-TW'],
    ['zh-US', 'zh-CN'],
    // Extended language and extension subtags do not change the script.
    ['zh-cmn-Hant-TW', 'zh-TW'],
    ['zh-yue-HK', 'zh-HK'],
    ['zh-Hant-TW-u-ca-chinese', 'zh-TW'],
    ['zh-CN-x-private', 'zh-CN'],
  ])('%s → %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });

  it.each([['en'], ['en-US'], [''], ['zh-'], ['zh-Latn'], ['zh-Hant-TW!'], ['toString'], ['constructor'], ['chinese'], ['zh-' + 'a'.repeat(100)]])('refuses %j naming the accepted forms', (tag) => {
    expect(errorOf(() => resolveLocale(tag))).toEqual({
      code: 'INVALID_ARGUMENT',
      message: `Unknown locale ${JSON.stringify(tag.length > 64 ? `${tag.slice(0, 64)}…` : tag)}: huashu speaks zh-CN, zh-TW, zh-HK, and resolves language tags to them (zh, zh-Hans*, zh-CN, zh-SG, zh-MY → zh-CN; zh-Hant*, zh-TW → zh-TW; zh-HK, zh-MO → zh-HK)`,
    });
  });

  it.each([[undefined], [null], [42], [{}]])('refuses %j, which is not a tag', (value) => {
    expect(errorOf(() => resolveLocale(value as unknown as string)).code).toBe('INVALID_ARGUMENT');
  });

  it('has one folder per locale, each resolving its own region tags', () => {
    for (const locale of LOCALES) {
      const definition = LOCALE_DEFINITIONS[locale];
      expect(definition.tag).toBe(locale);
      for (const region of definition.regions) expect(resolveLocale(`zh-${region}`)).toBe(locale);
    }
    // Each script has exactly one default.
    expect(LOCALES.filter((l) => LOCALE_DEFINITIONS[l].scriptDefault).map((l) => LOCALE_DEFINITIONS[l].script).sort()).toEqual(['Hans', 'Hant']);
  });
});

describe('every entry point takes a language tag and refuses what is not one', () => {
  it('say', () => {
    expect(say('hold.explain', {}, { locale: 'zh-Hant' as 'zh-TW' })).toBe(say('hold.explain', {}, { locale: 'zh-TW' }));
    expect(say('hold.explain', {}, { locale: 'zh-MO' as 'zh-HK' })).toBe(say('hold.explain', {}, { locale: 'zh-HK' }));
    expect(errorOf(() => say('hold.explain', {}, { locale: 'en' as 'zh-CN' })).code).toBe('INVALID_ARGUMENT');
  });

  it('say with no id is a typed error', () => {
    expect(errorOf(() => (say as (id?: unknown) => string)(undefined))).toEqual({ code: 'INVALID_ARGUMENT', message: 'A scenario id is a string such as "hold.explain" (got undefined)' });
    expect(errorOf(() => (say as (id?: unknown) => string)(null)).code).toBe('INVALID_ARGUMENT');
  });

  it('phrasesOf', () => {
    expect(phrasesOf('hold.explain', { locale: 'zh-Hant-TW' as 'zh-TW' })[0]!.locale).toBe('zh-TW');
    expect(errorOf(() => phrasesOf('hold.explain', { locale: 'en' as 'zh-CN' })).code).toBe('INVALID_ARGUMENT');
  });

  it('createPhrasebook refuses an unknown locale when it is created', () => {
    expect(errorOf(() => createPhrasebook({ locale: 'en' as 'zh-CN' })).code).toBe('INVALID_ARGUMENT');
    expect(errorOf(() => createPhrasebook({ locales: ['fr' as 'zh-CN'] })).code).toBe('INVALID_ARGUMENT');
    const book = createPhrasebook({ locale: 'zh-Hant-HK' as 'zh-HK' });
    expect(book.locale).toBe('zh-HK');
    expect(book.say('hold.explain')).toBe(say('hold.explain', {}, { locale: 'zh-HK' }));
    expect(errorOf(() => book.say('hold.explain', {}, { locale: 'en' as 'zh-CN' })).code).toBe('INVALID_ARGUMENT');
  });

  it('greet and createGreeter', () => {
    const at = '2026-03-02T01:00:00Z';
    expect(greet({ at, locale: 'zh-Hant' as 'zh-TW' }).text).toBe(greet({ at, locale: 'zh-TW' }).text);
    expect(errorOf(() => greet({ at, locale: 'en' as 'zh-CN' })).code).toBe('INVALID_ARGUMENT');
    expect(errorOf(() => createGreeter()({ at, locale: 'ja' as 'zh-CN' })).code).toBe('INVALID_ARGUMENT');
  });

  it('honorific and fill', () => {
    expect(honorific({ surname: '欧阳', gender: 'female' }, { locale: 'zh-Hant-TW' as 'zh-TW' })).toBe('歐陽小姐');
    expect(errorOf(() => honorific({ surname: '王' }, { locale: 'en' as 'zh-CN' })).code).toBe('INVALID_ARGUMENT');
    expect(fill('{customer}您好', { customer: { surname: '王', gender: 'female' } }, { locale: 'zh-SG' as 'zh-CN' })).toBe('王女士您好');
  });
});

import { HuashuError } from '../errors/index.js';
import { LOCALES, type Locale } from '../vocab/index.js';
import { LOCALE_DEFINITIONS, LOCALE_RESOLUTION } from './definitions.generated.js';

export { LOCALE_DEFINITIONS };

/** Only what tags resolve by (not the titles and unit words): what greet bundles of the locales. */
const definitions = LOCALE_RESOLUTION;
const TAGS: readonly string[] = LOCALES;
/** Longer input is not a language tag (BCP 47 tags in practice stay under 35 characters). */
const MAX_TAG_LENGTH = 64;
const SUBTAG = /^[a-z0-9]{1,8}$/;

/** The accepted forms, as the error names them: `zh-Hant*, zh-TW → zh-TW; …`. */
function acceptedForms(): string {
  return definitions
    .map((d) => {
      const forms = [...(d.scriptDefault ? (d.script === 'Hans' ? ['zh', 'zh-Hans*'] : ['zh-Hant*']) : []), ...d.regions.map((r) => `zh-${r}`)];
      return `${forms.join(', ')} → ${d.tag}`;
    })
    .join('; ');
}

/**
 * Resolves a BCP 47 language tag (as an `Accept-Language` header or a browser gives it) to one of
 * huashu's locales: `zh-Hant`, `zh-Hant-TW` and `zh-TW` → zh-TW; `zh-HK`, `zh-MO`, `zh-Hant-HK` →
 * zh-HK; `zh`, `zh-Hans`, `zh-CN`, `zh-SG`, `zh-MY` → zh-CN. Case does not matter and `_` may
 * stand for `-` (`zh_hant_tw`); extensions after the region (`-u-…`, `-x-…`) are ignored. An
 * explicit script wins over the region (`zh-Hans-HK` → zh-CN); a region huashu has no locale for
 * takes the script's default (`zh-Hant-US` → zh-TW, `zh-US` → zh-CN).
 *
 * @param tag - a language tag such as `zh-Hant-TW`
 * @returns `'zh-CN'`, `'zh-TW'` or `'zh-HK'`
 * @throws HuashuError `INVALID_ARGUMENT` for anything that is not a Chinese language tag (`en`,
 *   `''`, `undefined`), naming the accepted forms
 * @example
 * ```ts
 * resolveLocale('zh-Hant-TW'); //=> 'zh-TW'
 * resolveLocale('zh_MO'); //=> 'zh-HK'
 * resolveLocale('zh-SG'); //=> 'zh-CN'
 * resolveLocale('zh'); //=> 'zh-CN'
 * ```
 */
export function resolveLocale(tag: string): Locale {
  if (TAGS.includes(tag)) return tag as Locale;
  const fail = (): never => {
    const shown = typeof tag === 'string' ? JSON.stringify(tag.length > MAX_TAG_LENGTH ? `${tag.slice(0, MAX_TAG_LENGTH)}…` : tag) : String(tag);
    throw new HuashuError('INVALID_ARGUMENT', `Unknown locale ${shown}: huashu speaks ${LOCALES.join(', ')}, and resolves language tags to them (${acceptedForms()})`);
  };
  if (typeof tag !== 'string' || tag.length > MAX_TAG_LENGTH) return fail();
  const subtags = tag.toLowerCase().replaceAll('_', '-').split('-');
  if (subtags[0] !== 'zh' || !subtags.every((s) => SUBTAG.test(s))) return fail();
  let i = 1;
  // An extended language subtag (zh-cmn, zh-yue) names the spoken language, not the script.
  if (subtags[i]?.length === 3 && /^[a-z]{3}$/.test(subtags[i]!)) i += 1;
  let script: string | undefined;
  if (subtags[i]?.length === 4 && /^[a-z]{4}$/.test(subtags[i]!)) script = subtags[i++];
  const next = subtags[i];
  const region = next !== undefined && (/^[a-z]{2}$/.test(next) || /^\d{3}$/.test(next)) ? next.toUpperCase() : undefined;
  if (script !== undefined && script !== 'hans' && script !== 'hant') return fail();
  const candidates = script === undefined ? definitions : definitions.filter((d) => d.script.toLowerCase() === script);
  const byRegion = region === undefined ? undefined : candidates.find((d) => d.regions.includes(region));
  if (byRegion !== undefined) return byRegion.tag;
  const byScript = candidates.find((d) => d.scriptDefault && (script !== undefined || d.script === 'Hans'));
  return byScript === undefined ? fail() : byScript.tag;
}

/**
 * The locale of an entry point's options: `undefined` gives `fallback`; anything else goes
 * through {@link resolveLocale}, so `'zh-Hant'` works and `'en'` is a typed error.
 */
export function localeOf(value: unknown, fallback: Locale = 'zh-CN'): Locale {
  return value === undefined ? fallback : resolveLocale(value as string);
}

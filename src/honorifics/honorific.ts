import { createLru } from '../cache/index.js';
import { LOCALE_DEFINITIONS, localeOf } from '../locales/index.js';
import { parseName, InvalidNameError } from './names.js';
import { getTables, inScript } from './tables.js';
import type { Customer, HonorificOptions } from './types.js';

const HAN = /^\p{Script=Han}{1,4}$/u;
/** Surnames and titles checked against HAN (the regex is the slow part of a call). */
const checked = createLru<string, boolean>({ maxEntries: 1000, maxEntryWeight: 16 });
const isHan = (text: string): boolean => checked.get(text, (t) => HAN.test(t));

/**
 * Addresses a customer: surname and title in the locale's script (王女士, 王先生, 歐陽小姐,
 * 王总). Unknown gender says 王先生/女士 (or 您, by option); no surname says 先生/女士 (or 您);
 * a professional title replaces 先生/女士; the mainland never says a bare 小姐.
 *
 * @param customer - `{ surname?, fullName?, gender?, title? }` (the surname wins over the full name)
 * @param options - locale, the title for women, and the fallbacks for unknown gender or surname
 * @returns the address, e.g. `王女士`
 * @throws {@link InvalidNameError} (code `INVALID_NAME`) for an invalid surname, full name or title
 * @example
 * ```ts
 * honorific({ fullName: '欧阳娜娜', gender: 'female' }); //=> '欧阳女士'
 * honorific({ fullName: '欧阳娜娜', gender: 'female' }, { locale: 'zh-TW' }); //=> '歐陽小姐'
 * honorific({ surname: '王' }); //=> '王先生/女士'
 * honorific({ surname: '王', title: '总' }); //=> '王总'
 * honorific({}, { noSurname: 'you' }); //=> '您'
 * ```
 */
export function honorific(customer: Customer, options: HonorificOptions = {}): string {
  const locale = localeOf(options.locale);
  let surname = customer.surname?.trim();
  if (surname === '') surname = undefined;
  if (surname !== undefined && !isHan(surname)) throw new InvalidNameError(surname, 'a surname is one to four Chinese characters');
  let married = false;
  if (surname === undefined && customer.fullName !== undefined) {
    const parsed = parseName(customer.fullName);
    if (parsed.surname !== '') surname = parsed.surname;
    married = [...parsed.surname].length === 2 && !getTables().compound.has(inScript(parsed.surname, 'zh-CN'));
  } else if (surname !== undefined && [...surname].length === 2) married = !getTables().compound.has(inScript(surname, 'zh-CN'));
  const gender = customer.gender ?? 'unknown';
  const title = customer.title?.trim();
  if (title !== undefined && title !== '' && !isHan(title)) throw new InvalidNameError(title, 'a title is one to four Chinese characters');

  if (title !== undefined && title !== '') {
    if (surname !== undefined) return inScript(surname, locale) + inScript(title, locale);
    const bare = getTables().bare.get(inScript(title, 'zh-CN'));
    if (bare !== undefined) return inScript(bare, locale);
  }
  // A married woman (陈王美玲) is 女士, never 小姐.
  const female = married ? '女士' : (options.femaleTitle ?? LOCALE_DEFINITIONS[locale].femaleTitle);
  if (surname === undefined) {
    if (options.noSurname === 'you') return '您';
    if (gender === 'male') return inScript('先生', locale);
    if (gender === 'female') return inScript(locale === 'zh-CN' && female === '小姐' ? '女士' : female, locale);
    return options.unknownGender === 'you' ? '您' : inScript(`先生/${female === '小姐' && locale === 'zh-CN' ? '女士' : female}`, locale);
  }
  if (gender === 'male') return inScript(surname, locale) + inScript('先生', locale);
  if (gender === 'female') return inScript(surname, locale) + inScript(female, locale);
  const unknown = options.unknownGender ?? 'both';
  if (unknown === 'you') return '您';
  if (unknown === 'both') return `${inScript(surname, locale)}${inScript('先生', locale)}/${inScript(female, locale)}`;
  return inScript(surname, locale) + unknown;
}

import { createLru } from '../cache/index.js';
import { LOCALE_DEFINITIONS, localeOf } from '../locales/index.js';
import { HuashuError } from '../errors/index.js';
import { GENDERS } from '../vocab/index.js';
import { parseName, InvalidNameError, type NameConfidence } from './names.js';
import { getTables, inScript, toSimplified } from './tables.js';
import type { Customer, HonorificOptions } from './types.js';

const HAN = /^\p{Script=Han}{1,4}$/u;
const CONFIDENCE_RANK: ReadonlyMap<unknown, number> = new Map<NameConfidence, number>([
  ['none', 0],
  ['low', 1],
  ['medium', 2],
  ['high', 3],
]);
/** The values `minConfidence` accepts. */
const MIN_CONFIDENCE: ReadonlyMap<unknown, number> = new Map([...CONFIDENCE_RANK].filter(([k]) => k !== 'none'));
/** Surnames and titles checked against HAN (the regex is the slow part of a call). */
const checked = createLru<string, boolean>({ maxEntries: 1000, maxEntryWeight: 16 });
const isHan = (text: string): boolean => checked.get(text, (t) => HAN.test(t));

/** The genders a customer may carry ({@link GENDERS}; `null`/`undefined`/'' read as unknown). */
const CUSTOMER_GENDERS: ReadonlySet<unknown> = new Set([...GENDERS, undefined, null, '']);

/**
 * What a customer object must not carry silently: a gender other than male/female/unknown (a
 * CRM's 女, F, Female would otherwise be read as unknown), and a `name` with no `fullName` or
 * `surname` (the name would otherwise be dropped and the customer addressed without it).
 */
function checkCustomer(customer: Customer): void {
  if (typeof customer !== 'object' || customer === null) throw new HuashuError('INVALID_ARGUMENT', `honorific: a customer is an object { surname?, fullName?, gender?, title? } (got ${customer === null ? 'null' : typeof customer})`);
  const gender: unknown = customer.gender;
  if (!CUSTOMER_GENDERS.has(gender)) {
    throw new HuashuError('INVALID_ARGUMENT', `honorific: customer.gender must be one of ${GENDERS.join(', ')} (got ${JSON.stringify(String(gender)).slice(0, 40)}); map your data's values (男/女, M/F) to these`);
  }
  if (Object.hasOwn(customer, 'name') && customer.fullName === undefined && customer.surname === undefined) {
    throw new HuashuError('INVALID_ARGUMENT', 'honorific: customer.name is not read — pass the name as fullName (or the surname as surname)');
  }
}

/**
 * Addresses a customer: surname and title in the locale's script (王女士, 王先生, 歐陽小姐,
 * 王总). Unknown gender says 王先生/女士 (or 您, by option); no surname says 先生/女士 (or 您);
 * a professional title replaces 先生/女士; the mainland never says a bare 小姐.
 *
 * @param customer - `{ surname?, fullName?, gender?, title? }` (the surname wins over the full name)
 * A `fullName` may also be how a CRM writes a customer it knows: 老李/小王 (the surname 李/王),
 * 王总/李经理 (the surname and a title), 李哥/张姐 (the surname; 哥 says a man, 姐 a woman); an
 * organisation's name (…公司, …银行, …店) and a surname guessed below `minConfidence` are
 * addressed as a customer without a surname.
 *
 * @param options - locale, the title for women, the fallbacks for unknown gender or surname,
 *   the least surname confidence to use
 * @returns the address, e.g. `王女士`
 * @throws {@link InvalidNameError} (code `INVALID_NAME`) for an invalid surname, full name or title
 * @throws HuashuError `INVALID_ARGUMENT` for a gender other than male, female or unknown (a CRM's 女 or F), or a `name` with no `fullName` or `surname`
 * @example
 * ```ts
 * honorific({ fullName: '欧阳娜娜', gender: 'female' }); //=> '欧阳女士'
 * honorific({ fullName: '欧阳娜娜', gender: 'female' }, { locale: 'zh-TW' }); //=> '歐陽小姐'
 * honorific({ surname: '王' }); //=> '王先生/女士'
 * honorific({ surname: '王', title: '总' }); //=> '王总'
 * honorific({}, { noSurname: 'you' }); //=> '您'
 * honorific({ fullName: '老李' }); //=> '李先生/女士'
 * honorific({ fullName: '张姐' }); //=> '张女士'
 * honorific({ fullName: '王总' }); //=> '王总'
 * honorific({ fullName: '阳光物业有限公司' }); //=> '先生/女士'
 * ```
 */
export function honorific(customer: Customer, options: HonorificOptions = {}): string {
  checkCustomer(customer);
  const locale = localeOf(options.locale);
  let surname = customer.surname?.trim();
  if (surname === '') surname = undefined;
  if (surname !== undefined && !isHan(surname)) throw new InvalidNameError(surname, 'a surname is one to four Chinese characters');
  const min = MIN_CONFIDENCE.get(options.minConfidence ?? 'medium');
  if (min === undefined) throw new HuashuError('INVALID_ARGUMENT', `honorific: minConfidence must be high, medium or low (got ${JSON.stringify(String(options.minConfidence)).slice(0, 40)})`);
  let married = false;
  let gender = customer.gender || 'unknown';
  let formTitle: string | undefined;
  if (surname === undefined && customer.fullName !== undefined) {
    const parsed = parseName(customer.fullName);
    // A surname guessed with less confidence than asked for is not said to the customer.
    if (parsed.surname !== '' && CONFIDENCE_RANK.get(parsed.confidence)! >= min) {
      surname = parsed.surname;
      married = parsed.form === undefined && [...parsed.surname].length === 2 && !getTables().compound.has(toSimplified(parsed.surname));
      // 李哥 says a man, 张姐 a woman; 王总 carries its title.
      if (parsed.form?.kind === 'kinship' && gender === 'unknown') gender = parsed.form.gender;
      if (parsed.form?.kind === 'title') formTitle = parsed.form.title;
    }
  } else if (surname !== undefined && [...surname].length === 2) married = !getTables().compound.has(toSimplified(surname));
  const title = customer.title?.trim() || formTitle;
  if (title !== undefined && title !== '' && !isHan(title)) throw new InvalidNameError(title, 'a title is one to four Chinese characters');

  if (title !== undefined && title !== '') {
    if (surname !== undefined) return inScript(surname, locale) + inScript(title, locale);
    const bare = getTables().bare.get(toSimplified(title));
    if (bare !== undefined) return inScript(bare, locale);
  }
  // A married woman (陈王美玲) is 女士, never 小姐.
  const { femaleTitle, bareTitles = {} } = LOCALE_DEFINITIONS[locale];
  const female = married ? '女士' : (options.femaleTitle ?? femaleTitle);
  if (surname === undefined) {
    if (options.noSurname === 'you') return '您';
    if (gender === 'male') return inScript('先生', locale);
    // Without a surname, what the locale says instead of a title it does not say bare (zh-CN: 女士 for 小姐).
    const bareFemale = Object.hasOwn(bareTitles, female) ? bareTitles[female]! : female;
    if (gender === 'female') return inScript(bareFemale, locale);
    return options.unknownGender === 'you' ? '您' : inScript(`先生/${bareFemale}`, locale);
  }
  if (gender === 'male') return inScript(surname, locale) + inScript('先生', locale);
  if (gender === 'female') return inScript(surname, locale) + inScript(female, locale);
  const unknown = options.unknownGender ?? 'both';
  if (unknown === 'you') return '您';
  if (unknown === 'both') return `${inScript(surname, locale)}${inScript('先生', locale)}/${inScript(female, locale)}`;
  return inScript(surname, locale) + unknown;
}

import { createLru } from '../cache/index.js';
import { HuashuError } from '../errors/index.js';
import { getTables, toSimplified } from './tables.js';

/** How sure {@link parseName} is of the split. */
export type NameConfidence = 'high' | 'medium' | 'low' | 'none';

/** One way to split a name. */
export interface NameSplit {
  /** The surname as written (歐陽 stays traditional); `''` when none can be derived. */
  readonly surname: string;
  readonly givenName: string;
}

/**
 * How a CRM "name" that is not a full name was written: `老李`/`小王` (a familiar prefix before the
 * surname), `王总`/`李经理`/`张老师` (the surname and a title), `李哥`/`张姐` (the surname and a
 * kinship term, which says the gender), or an organisation (`阳光物业有限公司`, `工商银行`).
 */
export type NameForm =
  | { readonly kind: 'familiar'; readonly prefix: '老' | '小' }
  | { readonly kind: 'title'; readonly title: string }
  | { readonly kind: 'kinship'; readonly term: string; readonly gender: 'male' | 'female' }
  | { readonly kind: 'organisation' };

/** The result of {@link parseName}: the likeliest split, how sure it is, and the other readings. */
export interface ParsedName extends NameSplit {
  /**
   * `high`: a listed surname with a given name, or a split the input spelled out with a space;
   * `medium`: a plausible reading with another one possible (a lone surname, 陈王美玲);
   * `low`: a guess (an ambiguous compound such as 单于飞, or an unlisted surname);
   * `none`: no Han surname to derive (买买提·艾力, Latin letters): `surname` is `''`.
   */
  readonly confidence: NameConfidence;
  /** Other plausible splits, likeliest first (empty when there is none). */
  readonly alternatives: readonly NameSplit[];
  /** Present when the input is not a plain name: a familiar, titled or kinship form, or an organisation. */
  readonly form?: NameForm;
}

/** Words that make a name an organisation's, wherever they stand (simplified and traditional). */
const ORGANISATION_WORDS = [
  '公司', '有限', '集团', '集團', '银行', '銀行', '中心', '医院', '醫院', '学校', '學校', '大学', '大學', '学院', '學院', '协会', '協會',
  '委员会', '委員會', '事务所', '事務所', '工作室', '科技', '超市', '酒店', '饭店', '飯店', '餐厅', '餐廳', '药房', '藥房', '药店', '藥店',
  '物业', '物業', '实业', '實業', '贸易', '貿易', '商贸', '商貿', '商行', '政府', '街道', '社区', '社區', '居委会', '居委會', '村委会', '村委會',
  '股份', '控股', '门市', '門市', '分店', '专卖', '專賣', '旗舰', '旗艦', '工厂', '工廠', '合作社', '基金会', '基金會', '研究所', '研究院',
  '幼儿园', '幼兒園', '诊所', '診所', '门诊', '門診', '批发', '批發', '连锁', '連鎖', '经营部', '經營部', '营业部', '營業部',
];
/** Last characters that make a name of four or more characters an organisation's (…店, …局, …厂). */
const ORGANISATION_ENDINGS = new Set(['店', '局', '厂', '廠', '所', '院', '社', '馆', '館', '部', '站', '坊', '铺', '鋪']);
/** Words that make even a three-character name an organisation's (the others need four: 陈大学 is a person). */
const STRONG_ORGANISATION_WORDS = ['公司', '有限', '集团', '集團', '银行', '銀行', '医院', '醫院'];
/** Titles after a surname (王总, 李经理); 总 and 经理 in either script. */
const SUFFIX_TITLES = ['总', '總', '经理', '經理', '老师', '老師', '医生', '醫生', '律师', '律師', '师傅', '師傅', '主任', '教授', '博士', '老板', '老闆'];
/** Kinship terms after a surname, with the gender they say. */
const KINSHIP: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['哥', 'male'], ['大哥', 'male'], ['叔', 'male'], ['伯', 'male'], ['爷', 'male'], ['爺', 'male'],
  ['姐', 'female'], ['大姐', 'female'], ['姨', 'female'], ['阿姨', 'female'], ['婶', 'female'], ['嬸', 'female'], ['奶奶', 'female'],
]);

/**
 * The commonest surnames (the Ministry of Public Security's 2020 ranking, top 100): after 老 or
 * 小 only these are taken for a surname (小王 is Wang; 小明 is a given name).
 */
const COMMON_SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文',
);

/** Whether a (Han) name is an organisation's rather than a person's. */
function isOrganisation(chars: readonly string[], joined: string): boolean {
  if (chars.length < 3) return false;
  if (STRONG_ORGANISATION_WORDS.some((w) => joined.includes(w))) return true;
  return chars.length >= 4 && (ORGANISATION_WORDS.some((w) => joined.includes(w)) || ORGANISATION_ENDINGS.has(chars[chars.length - 1]!));
}

/** Thrown for a name that cannot be a person's name: empty, digits, emoji, over-long… */
export class InvalidNameError extends HuashuError {
  /** The input, cut to 50 characters. */
  readonly input: string;
  constructor(input: string, reason: string) {
    const shown = input.length > 50 ? `${input.slice(0, 50)}…` : input;
    super('INVALID_NAME', `Invalid name ${JSON.stringify(shown)}: ${reason}`);
    this.input = shown;
  }
}

/** The longest name accepted, in characters (long transliterated names stay well under it). */
export const MAX_NAME_LENGTH = 40;

// Han characters, letters (transliterated and Latin names), marks, the middle dots used in
// transliterated names (· • ‧ ・ ･ ‧), spaces, hyphens and apostrophes.
const NAME_CHARS = /^[\p{L}\p{M}·•‧・･\s'’-]+$/u;
const HAN = /^\p{Script=Han}+$/u;
const DOTS = /[·•‧・･]/;

/**
 * Splits a full name into surname and given name. Knows the compound surnames of 百家姓
 * (欧阳, 司马, 诸葛…, in either script), married double surnames (陈王美玲), names with `·`
 * (买买提·艾力 has no Han surname) and a space the writer put between the two; says how sure it
 * is and lists the other readings instead of guessing silently.
 *
 * @param fullName - the name as the customer or the CRM wrote it
 * @returns `{ surname, givenName, confidence, alternatives }`
 * @throws {@link InvalidNameError} (code `INVALID_NAME`) for an empty or blank string, digits,
 *   emoji or symbols, or more than {@link MAX_NAME_LENGTH} characters
 * @example
 * ```ts
 * parseName('欧阳娜娜'); //=> { surname: '欧阳', givenName: '娜娜', confidence: 'high', alternatives: [] }
 * parseName('单于飞').alternatives; //=> [{ surname: '单', givenName: '于飞' }]
 * parseName('买买提·艾力').confidence; //=> 'none'
 * ```
 */
export function parseName(fullName: string): ParsedName {
  if (typeof fullName !== 'string') throw new InvalidNameError(String(fullName), 'a name must be a string');
  return parsedNames.get(fullName, (name) => {
    const parsed = parse(name);
    Object.freeze(parsed.alternatives);
    return Object.freeze(parsed);
  });
}

/** Names parsed before (a conversation says the same customer's name many times); a key longer than a name is never kept. */
const parsedNames = createLru<string, ParsedName>({ maxEntries: 1000, maxWeight: 64 * 1024, maxEntryWeight: 256 });

function parse(fullName: string): ParsedName {
  if (typeof fullName !== 'string') throw new InvalidNameError(String(fullName), 'a name must be a string');
  const name = fullName.trim();
  if (name === '') throw new InvalidNameError(fullName, 'the name is empty');
  if ([...name].length > MAX_NAME_LENGTH) throw new InvalidNameError(fullName, `longer than ${MAX_NAME_LENGTH} characters`);
  if (!NAME_CHARS.test(name)) throw new InvalidNameError(fullName, 'a name has only letters (no digits, emoji or symbols)');

  const none = (): ParsedName => ({ surname: '', givenName: name, confidence: 'none', alternatives: [] });
  if (DOTS.test(name)) return none();
  const words = name.split(/\s+/);
  if (!words.every((w) => HAN.test(w))) return none();
  const { single, compound, ambiguous } = getTables();
  const isSingle = (ch: string) => single.has(toSimplified(ch));
  const isCompound = (s: string) => compound.has(toSimplified(s));

  // The writer split it: 单 于飞, 欧阳 娜娜.
  if (words.length === 2 && [...words[0]!].length <= 2) {
    const [surname, givenName] = words as [string, string];
    const known = [...surname].length === 1 ? isSingle(surname) : isCompound(surname) || [...surname].every(isSingle);
    return { surname, givenName, confidence: known ? 'high' : 'medium', alternatives: [] };
  }
  const chars = [...words.join('')];
  const joined = chars.join('');
  if (isOrganisation(chars, joined)) return { surname: '', givenName: name, confidence: 'none', alternatives: [], form: { kind: 'organisation' } };
  // 老李, 小王: a familiar prefix before a common surname (老 and 小 are rare surnames).
  if (chars.length === 2 && (chars[0] === '老' || chars[0] === '小') && COMMON_SURNAMES.has(toSimplified(chars[1]!))) {
    return { surname: chars[1]!, givenName: '', confidence: 'medium', alternatives: [{ surname: chars[0], givenName: chars[1]! }], form: { kind: 'familiar', prefix: chars[0] } };
  }
  // 王总, 李经理, 欧阳老师, 李哥, 张姐: a listed surname, then a title or a kinship term.
  for (const n of [2, 1]) {
    const surname = chars.slice(0, n).join('');
    if (!(n === 1 ? isSingle(surname) : isCompound(surname))) continue;
    const rest = chars.slice(n).join('');
    if (rest === '') continue;
    const gender = KINSHIP.get(rest);
    if (gender !== undefined) return { surname, givenName: '', confidence: 'medium', alternatives: [{ surname, givenName: rest }], form: { kind: 'kinship', term: rest, gender } };
    if (SUFFIX_TITLES.includes(rest) && chars.length <= n + 2) {
      return { surname, givenName: '', confidence: 'medium', alternatives: [{ surname, givenName: rest }], form: { kind: 'title', title: toSimplified(rest) } };
    }
  }
  const split = (n: number): NameSplit => ({ surname: chars.slice(0, n).join(''), givenName: chars.slice(n).join('') });
  const first = chars[0]!;
  const two = chars.slice(0, 2).join('');

  if (chars.length === 1) return { surname: first, givenName: '', confidence: isSingle(first) ? 'medium' : 'low', alternatives: [] };
  if (isCompound(two)) {
    if (chars.length === 2) return { ...split(2), confidence: 'medium', alternatives: [split(1)] };
    if (ambiguous.has(toSimplified(two))) return { ...split(2), confidence: 'low', alternatives: [split(1)] };
    return { ...split(2), confidence: 'high', alternatives: [] };
  }
  // 陈王美玲: a husband's surname before the wife's own (冠夫姓), four characters.
  if (chars.length === 4 && isSingle(first) && isSingle(chars[1]!)) {
    return { ...split(2), confidence: 'medium', alternatives: [split(1)] };
  }
  if (!isSingle(first)) return { ...split(1), confidence: 'low', alternatives: [] };
  return { ...split(1), confidence: chars.length <= 3 ? 'high' : 'medium', alternatives: [] };
}

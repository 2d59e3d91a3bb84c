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

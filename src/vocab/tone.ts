/**
 * The rising-tone mark of the sources' scripts (000: 请问还需要其它帮助吗?↑): kept in data, stripped
 * from what is shown or sent, turned into a pitch rise in SSML. Every module reads it from here.
 */

/** The mark the sources put after a clause said with a rising tone. */
export const RISING_TONE = '↑';

/**
 * The text without its rising-tone marks.
 *
 * @param text - a phrase as authored
 * @returns the same text without `↑`
 * @example
 * ```ts
 * stripTone('请问还需要其它帮助吗?↑'); //=> '请问还需要其它帮助吗?'
 * ```
 */
export function stripTone(text: string): string {
  return text.includes(RISING_TONE) ? text.replaceAll(RISING_TONE, '') : text;
}

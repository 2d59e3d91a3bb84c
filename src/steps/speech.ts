/** Characters XML 1.0 does not allow (controls, lone surrogates, U+FFFE/U+FFFF). */
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Escapes text for XML character data and attribute values, dropping characters XML 1.0 does
 * not allow (control characters, lone surrogates, U+FFFE and U+FFFF).
 *
 * @param text - any text
 * @returns the text with `& < > " '` escaped and only XML 1.0 characters
 * @example
 * ```ts
 * escapeXml('A&B <C>'); //=> 'A&amp;B &lt;C&gt;'
 * escapeXml('a\u0000b'); //=> 'ab'
 * ```
 */
export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/**
 * Surnames whose surname reading differs from the character's common reading, with that reading
 * in the SAPI Chinese phoneme set (pinyin syllables with tone numbers, `shan 4`), as Azure and
 * other SAPI-based voices take it in `<phoneme alphabet="sapi">`. Simplified and traditional.
 */
export const SURNAME_READINGS: Readonly<Record<string, string>> = {
  单: 'shan 4', 單: 'shan 4', 仇: 'qiu 2', 区: 'ou 1', 區: 'ou 1', 解: 'xie 4', 曾: 'zeng 1', 查: 'zha 1',
  朴: 'piao 2', 樸: 'piao 2', 盖: 'ge 3', 蓋: 'ge 3', 乐: 'yue 4', 樂: 'yue 4', 缪: 'miao 4', 繆: 'miao 4',
  覃: 'qin 2', 翟: 'zhai 2', 种: 'chong 2', 種: 'chong 2', 秘: 'bi 4', 繁: 'po 2', 召: 'shao 4', 句: 'gou 1',
  隗: 'wei 3', 任: 'ren 2', 华: 'hua 4', 華: 'hua 4', 纪: 'ji 3', 紀: 'ji 3', 宁: 'ning 4', 寧: 'ning 4',
  燕: 'yan 1', 葛: 'ge 3', 褚: 'chu 3', 折: 'she 2', 尉迟: 'yu 4 - chi 2', 尉遲: 'yu 4 - chi 2', 万俟: 'mo 4 - qi 2', 萬俟: 'mo 4 - qi 2',
};

/** Titles after a surname (单先生, 曾女士…): what marks the character as a surname. */
const TITLE = '(?:先生|女士|小姐|老师|老師|总|總|经理|經理|师傅|師傅|阿姨|同学|同學|太太|律师|律師|医生|醫生)';

/** How each digit is read in a phone number: 1 as 幺, 0 as 零. */
const PHONE_DIGITS = '零幺二三四五六七八九';

/**
 * Numbers read the Chinese way, found in one linear scan (each alternative starts only where a
 * digit run starts, so long digit runs cannot make it quadratic): mobile, 400/800 and landline
 * numbers; dates (2024年3月14日, 2024-03-14, 3月14日); amounts (¥20.5, 20元).
 */
const NUMBERS =
  /(?<![0-9])(?:(?<phone>(?:\+?86[-\s]?)?(?:1[3-9][0-9]{9}|[48]00[-\s]?[0-9]{3}[-\s]?[0-9]{4}|0[0-9]{2,3}-[0-9]{7,8}))(?![0-9])|(?<ymd>([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})[日号號])|(?<iso>([0-9]{4})-([0-9]{2})-([0-9]{2}))(?![0-9])|(?<md>([0-9]{1,2})月([0-9]{1,2})[日号號])|(?<amount>[0-9]+(?:\.[0-9]{1,2})?)(?=\s?(?:元|块|塊|圆|圓)))|(?<yuan>[¥￥]\s?[0-9]+(?:\.[0-9]{1,2})?)/gu;

/**
 * Text as SSML character data for a Chinese voice: XML-escaped (only XML 1.0 characters), phone
 * numbers digit by digit with 1 read as 幺 (`<sub alias>`), dates and amounts as `<say-as>`,
 * and a surname with more than one reading before a title (单先生, 曾女士: the customer's
 * address as `honorific()` and `{customer}` fill it) with its surname reading
 * (`<phoneme alphabet="sapi">`). Linear in the text.
 *
 * @param text - a clause of a sentence
 * @returns SSML character data
 * @example
 * ```ts
 * speakable('请拨4008288888'); //=> '请拨<sub alias="四零零八二八八八八八">4008288888</sub>'
 * speakable('单先生，2024年3月14日到账20元');
 * //=> '<phoneme alphabet="sapi" ph="shan 4">单</phoneme>先生，<say-as interpret-as="date" format="ymd">2024-03-14</say-as>到账<say-as interpret-as="cardinal">20</say-as>元'
 * ```
 */
export function speakable(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(NUMBERS)) {
    out += surnames(text.slice(last, m.index));
    const g = m.groups ?? {};
    const pad = (n: string | undefined) => (n ?? '').padStart(2, '0');
    if (g['phone'] !== undefined) {
      const alias = [...g['phone']].filter((c) => /[0-9]/.test(c)).map((d) => PHONE_DIGITS[Number(d)]).join('');
      out += `<sub alias="${alias}">${escapeXml(g['phone'])}</sub>`;
    } else if (g['ymd'] !== undefined) out += `<say-as interpret-as="date" format="ymd">${m[3]}-${pad(m[4])}-${pad(m[5])}</say-as>`;
    else if (g['iso'] !== undefined) out += `<say-as interpret-as="date" format="ymd">${g['iso']}</say-as>`;
    else if (g['md'] !== undefined) out += `<say-as interpret-as="date" format="md">${pad(m[11])}-${pad(m[12])}</say-as>`;
    else if (g['amount'] !== undefined) out += `<say-as interpret-as="cardinal">${g['amount']}</say-as>`;
    else if (g['yuan'] !== undefined) out += `<say-as interpret-as="currency">${escapeXml(g['yuan'].replace(/\s/g, '').replace('￥', '¥'))}</say-as>`;
    last = m.index + m[0].length;
  }
  return out + surnames(text.slice(last));
}

let surnamePattern: RegExp | undefined;

/** Escapes text, giving polyphonic surnames before a title their surname reading. */
function surnames(text: string): string {
  surnamePattern ??= new RegExp(`(${Object.keys(SURNAME_READINGS).sort((a, b) => b.length - a.length).join('|')})(?=${TITLE})`, 'gu');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(surnamePattern)) {
    const name = m[1] ?? '';
    out += escapeXml(text.slice(last, m.index));
    out += `<phoneme alphabet="sapi" ph="${SURNAME_READINGS[name] ?? ''}">${escapeXml(name)}</phoneme>`;
    last = m.index + m[0].length;
  }
  return out + escapeXml(text.slice(last));
}

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
 * Text as SSML character data for a Chinese voice: XML-escaped, only XML 1.0 characters.
 *
 * @param text - a clause of a sentence
 * @returns SSML character data
 */
export function speakable(text: string): string {
  return escapeXml(text);
}

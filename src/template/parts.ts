import { HuashuError } from '../errors/index.js';
import type { TemplatePart } from './parse.js';

/**
 * Fills parts parsed ahead of time (at build time, or once when a greeter is made) with text
 * values: no parser and no cache, for callers whose templates are checked where they are written
 * (`templateProblem`), so that every placeholder has a value or a fallback. `greet` fills its
 * salutation and opening line with it.
 *
 * @throws HuashuError `MISSING_VARIABLE` for a placeholder without value or fallback
 */
export function fillParts(parts: readonly TemplatePart[], values: Readonly<Record<string, string | undefined>>): string {
  let out = '';
  for (const part of parts) out += typeof part === 'string' ? part : values[part.name] || (part.fallback ?? missing(part.name));
  return out;
}

const missing = (name: string): never => {
  throw new HuashuError('MISSING_VARIABLE', `Missing variable {${name}}`);
};

/**
 * The template text of parsed parts, braces in literals written `{{` / `}}`: the inverse of
 * `parseTemplate`, for messages and dumps that show a template as it is written.
 */
export function templateText(parts: readonly TemplatePart[]): string {
  let out = '';
  for (const part of parts) out += typeof part === 'string' ? part.replace(/[{}]/g, '$&$&') : `{${part.name}${part.fallback === undefined ? '' : `|${part.fallback}`}}`;
  return out;
}

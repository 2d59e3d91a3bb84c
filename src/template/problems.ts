import { isHuashuError } from '../errors/index.js';
import { placeholdersOf } from './parse.js';

/**
 * What is wrong with a template that may fill only `allowed` and must fill `required`, or
 * `undefined` when nothing is: `'欢迎来到{company}'` with `['brand']` gives
 * `'{company} cannot be filled here (only {brand})'`, `'欢迎光临'` gives `'must contain {brand}'`,
 * and a template that does not parse gives the parser's reason. Shared by the pack schema, the
 * data build and createGreeter, so that a template a call would fail on is refused where it is
 * written.
 */
export function templateProblem(template: string, allowed: readonly string[], required: readonly string[] = allowed): string | undefined {
  let used: string[];
  try {
    used = placeholdersOf(template);
  } catch (error) {
    if (isHuashuError(error)) return error.message;
    throw error;
  }
  const wrong = used.find((name) => !allowed.includes(name));
  if (wrong !== undefined) return `{${wrong}} cannot be filled here (${allowed.length === 0 ? 'no placeholders' : `only ${allowed.map((a) => `{${a}}`).join(', ')}`})`;
  const missing = required.find((name) => !used.includes(name));
  return missing === undefined ? undefined : `must contain {${missing}}`;
}

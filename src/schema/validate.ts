import { PackValidationError, toPackIssues } from './errors.js';
import { packSchema, type Pack } from './pack.js';
import { DEFAULT_PACK_LIMITS, scanUntrusted } from './guard.js';
import { PARSE_OPTIONS } from './messages.js';

export { toPackIssues };

/**
 * Validates an untrusted value as a phrase pack with the same schema the built-in data is built
 * with.
 *
 * @param input - a parsed JSON/YAML value or an object literal
 * @returns the validated pack
 * @throws {@link PackValidationError} listing every problem with its path
 * @example
 * ```ts
 * validatePack({ id: 'acme' }).id; //=> 'acme'
 * ```
 */
export function validatePack(input: unknown): Pack {
  // The same guard as loadPack first: forbidden keys, non-plain objects, depth and size limits
  // (a deeply nested value would otherwise overflow the stack inside the schema).
  const unsafe = scanUntrusted(input, DEFAULT_PACK_LIMITS);
  if (unsafe.length > 0) throw new PackValidationError(unsafe);
  const result = packSchema.safeParse(input, PARSE_OPTIONS);
  if (result.success) return result.data;
  const id = typeof input === 'object' && input !== null && typeof (input as { id?: unknown }).id === 'string'
    ? (input as { id: string }).id
    : undefined;
  throw new PackValidationError(toPackIssues(result.error, { pack: id }));
}

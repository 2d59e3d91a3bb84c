import type { z } from 'zod';
import { PackValidationError, type PackIssue } from './errors.js';
import { packSchema, type Pack } from './pack.js';

/** Converts Zod issues to pack issues. */
export function toPackIssues(error: z.ZodError, context: { pack?: string | undefined; file?: string | undefined } = {}): PackIssue[] {
  return error.issues.map((issue) => ({
    pack: context.pack,
    file: context.file,
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: issue.message,
  }));
}

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
  const result = packSchema.safeParse(input);
  if (result.success) return result.data;
  const id = typeof input === 'object' && input !== null && typeof (input as { id?: unknown }).id === 'string'
    ? (input as { id: string }).id
    : undefined;
  throw new PackValidationError(toPackIssues(result.error, { pack: id }));
}

import { checkPackReferences } from './check.js';
import type { PackLimits } from '../schema/index.js';
import { resolveLimits, scanUntrusted } from '../schema/internal.js';
import { PackValidationError, type PackIssue } from '../schema/index.js';
import { packSchema, PARSE_OPTIONS, type Pack } from '../schema/index.js';
import { toPackIssues } from '../schema/internal.js';

/** Options of {@link loadPack}. */
export interface LoadPackOptions {
  /** The file the pack was read from, named in every issue. */
  file?: string | undefined;
  /** Tighter or looser limits on untrusted input. */
  limits?: Partial<PackLimits> | undefined;
  /**
   * Maps an issue's path to a 1-based line and column in the file (the CLI passes one for YAML
   * and JSON files), so that issues read `file:line:col path — reason`.
   */
  locate?: ((path: ReadonlyArray<string | number>) => { line: number; column: number } | undefined) | undefined;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/**
 * Loads a phrase pack from untrusted input (parsed JSON/YAML, or JSON text) and validates it with
 * the same Zod schema and cross-checks the built-in packs are built with. Forbidden keys
 * (`__proto__`, `constructor`, `prototype`), non-plain objects and inputs beyond the limits are
 * rejected before validation. References to other packs' scenarios are checked later, by
 * `createPhrasebook`, which knows the packs before it.
 *
 * @param input - JSON text or an already parsed value
 * @param options - the file name for messages, limits, a locator for line numbers
 * @returns the validated pack (a new object; the input is not modified)
 * @throws {@link PackValidationError} listing every problem with its path
 * @throws {@link HuashuError} `INVALID_ARGUMENT` when a limit is not a positive whole number
 * @example
 * ```ts
 * loadPack('{"id":"acme","defaults":{"brand":"阿克米"}}').defaults; //=> { brand: '阿克米' }
 * ```
 */
export function loadPack(input: unknown, options: LoadPackOptions = {}): Pack {
  const limits = resolveLimits(options.limits, 'loadPack: limits');
  const file = options.file;
  const locate = options.locate;
  let value = input;
  if (typeof input === 'string') {
    if (input.length > limits.maxInputLength) {
      throw new PackValidationError([{ file, path: [], message: `the pack text is ${input.length} characters long, over the limit of ${limits.maxInputLength} (maxInputLength)` }]);
    }
    try {
      value = JSON.parse(input) as unknown;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const at = /position (\d+)/.exec(message);
      const pos = at === null ? undefined : lineColumn(input, Number(at[1]));
      throw new PackValidationError([{ file, path: [], line: pos?.line, column: pos?.column, message: `not valid JSON: ${message}` }]);
    }
  }
  const position = (issue: PackIssue): PackIssue => {
    const pos = locate?.(issue.path);
    return { ...issue, file, pack: issue.pack ?? packId(value), line: pos?.line, column: pos?.column };
  };
  const unsafe = scanUntrusted(value, limits);
  if (unsafe.length > 0) throw new PackValidationError(unsafe.map(position));
  const parsed = packSchema.safeParse(value, PARSE_OPTIONS);
  if (!parsed.success) throw new PackValidationError(toPackIssues(parsed.error).map(position));
  const problems = checkPackReferences(parsed.data, new Map(), { external: true });
  if (problems.length > 0) throw new PackValidationError(problems.map((p) => position({ path: p.path, message: p.message })));
  return parsed.data;
}

function packId(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : undefined;
}

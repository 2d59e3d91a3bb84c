import type { core } from 'zod/mini';
import { HuashuError } from '../errors/index.js';

/** One problem found in a pack. */
export interface PackIssue {
  /** The pack's id, when known. */
  pack?: string | undefined;
  /** The file it was read from, when read from a file. */
  file?: string | undefined;
  /** Where in the pack: keys and array indices, e.g. `['scenarios', 3, 'phrases', 0, 'text']`. */
  path: ReadonlyArray<string | number>;
  /** 1-based line and column in the file, when known. */
  line?: number | undefined;
  column?: number | undefined;
  /** What is wrong, in English. */
  message: string;
}

/** Formats a path as `scenarios[3].phrases[0].text`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? '(root)' : out;
}

/** Formats one issue as `file:line:col path — message` (the parts that are known). */
export function formatIssue(issue: PackIssue): string {
  const where = [issue.file ?? (issue.pack !== undefined ? `pack "${issue.pack}"` : undefined)];
  if (issue.file !== undefined && issue.line !== undefined) where.push(String(issue.line), String(issue.column ?? 1));
  const head = where.filter((part) => part !== undefined).join(':');
  return `${head === '' ? '' : `${head} `}${formatPath(issue.path)} — ${issue.message}`;
}

/**
 * Thrown when a pack (the built-in data at build time, or a user's pack at runtime) does not
 * match the schema or its cross-references do not resolve. Lists every problem, not just the
 * first.
 */
export class PackValidationError extends HuashuError {
  /** Every problem found, in document order. */
  readonly issues: readonly PackIssue[];

  constructor(issues: readonly PackIssue[]) {
    const lines = issues.slice(0, 20).map((issue) => `  ${formatIssue(issue)}`);
    if (issues.length > 20) lines.push(`  … and ${issues.length - 20} more`);
    super('PACK_INVALID', `Invalid phrase pack (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    this.issues = issues;
  }
}

/** Converts Zod issues to pack issues. */
export function toPackIssues(error: core.$ZodError, context: { pack?: string | undefined; file?: string | undefined } = {}): PackIssue[] {
  return error.issues.map((issue) => ({
    pack: context.pack,
    file: context.file,
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: issue.message,
  }));
}

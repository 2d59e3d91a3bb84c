/**
 * Reads YAML data files, keeping line/column positions so that every problem can be reported
 * as `file:line:col path — reason`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { parseYaml } from '../../src/cli/yaml.js';
import type { PackIssue } from '../../src/schema/errors.js';

export interface LoadedFile<T> {
  /** Path relative to the repository root, e.g. `data/core/03-hold.yaml`. */
  file: string;
  value: T;
  /** Finds the 1-based line and column of a path inside the file. */
  locate(path: ReadonlyArray<string | number>): { line: number; column: number } | undefined;
}

export const ROOT = new URL('../../', import.meta.url).pathname;

/** Lists the `.yaml` files under a folder, sorted, recursively. */
export function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...yamlFiles(full));
    else if (name.endsWith('.yaml') || name.endsWith('.yml')) out.push(full);
  }
  return out;
}

/**
 * Parses and validates one YAML file with a Zod schema. Pushes every problem (YAML syntax or
 * schema) to `issues` with its position and returns `undefined` when there was any.
 */
export function loadYaml<S extends z.ZodType>(path: string, schema: S, issues: PackIssue[]): LoadedFile<z.output<S>> | undefined {
  const file = relative(ROOT, path);
  const doc = parseYaml(readFileSync(path, 'utf8'));
  if (doc.errors.length > 0) {
    for (const error of doc.errors) issues.push({ file, path: [], line: error.line, column: error.column, message: error.message });
    return undefined;
  }
  const locate = doc.locate;
  const result = schema.safeParse(doc.value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
      const pos = locate(path);
      issues.push({ file, path, line: pos?.line, column: pos?.column, message: issue.message });
    }
    return undefined;
  }
  return { file, value: result.data, locate };
}

/**
 * Reads YAML files (data, packs) keeping line/column positions, so that every problem can be
 * reported as `file:line:col path — reason`. Node only: used by the CLI and the data build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { safeParse, type core } from 'zod/mini';
import { PARSE_OPTIONS, type PackIssue } from '../schema/index.js';
import { parseYaml } from './yaml.js';

export interface LoadedFile<T> {
  /** The path, relative to the root given (the repository's: `data/core/03-hold.yaml`). */
  file: string;
  value: T;
  /** Finds the 1-based line and column of a path inside the file. */
  locate(path: ReadonlyArray<string | number>): { line: number; column: number } | undefined;
}

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
 * schema) to `issues` with its position (the file named relative to `root`, when given) and
 * returns `undefined` when there was any.
 */
export function loadYaml<S extends core.$ZodType>(path: string, schema: S, issues: PackIssue[], root = ''): LoadedFile<core.output<S>> | undefined {
  const file = root === '' ? path : relative(root, path);
  const doc = parseYaml(readFileSync(path, 'utf8'));
  if (doc.errors.length > 0) {
    for (const error of doc.errors) issues.push({ file, path: [], line: error.line, column: error.column, message: error.message });
    return undefined;
  }
  const locate = doc.locate;
  const result = safeParse(schema, doc.value, PARSE_OPTIONS);
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

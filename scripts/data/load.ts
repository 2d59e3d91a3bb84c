/**
 * The repository root, and the file readers of src/files (shared with the CLI) as the data tasks
 * use them: files named relative to the root.
 */
import type { core } from 'zod/mini';
import { loadYaml as load, type LoadedFile } from '../../src/files/index.js';
import type { PackIssue } from '../../src/schema/index.js';

export { yamlFiles, type LoadedFile } from '../../src/files/index.js';

/** The repository root: data files are named relative to it. */
export const ROOT = new URL('../../', import.meta.url).pathname;

/** Parses and validates one YAML file of the repository (see src/files' loadYaml). */
export function loadYaml<S extends core.$ZodType>(path: string, schema: S, issues: PackIssue[]): LoadedFile<core.output<S>> | undefined {
  return load(path, schema, issues, ROOT);
}

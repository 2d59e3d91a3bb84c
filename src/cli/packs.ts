import { createPhrasebook, type Phrasebook } from '../phrasebook/index.js';
import { loadPack } from '../phrasebook/index.js';
import { PackValidationError, type PackIssue } from '../schema/index.js';
import type { Pack } from '../schema/index.js';
import { CliUsageError, type CliIo } from './io.js';
import { parseYaml } from '../files/index.js';

/**
 * Reads and validates pack files (YAML or JSON). Every problem of every file is collected and
 * thrown together, each as `file:line:col path — reason`.
 */
export async function readPackFiles(paths: readonly string[], io: CliIo): Promise<Pack[]> {
  const packs: Pack[] = [];
  const issues: PackIssue[] = [];
  for (const file of paths) {
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (error) {
      throw new CliUsageError(`cannot read pack file "${file}": ${error instanceof Error ? error.message : String(error)}`);
    }
    const doc = parseYaml(text);
    if (doc.errors.length > 0) {
      issues.push(...doc.errors.map((e) => ({ file, path: [], line: e.line, column: e.column, message: e.message })));
      continue;
    }
    try {
      packs.push(loadPack(doc.value, { file, locate: doc.locate }));
    } catch (error) {
      if (error instanceof PackValidationError) issues.push(...error.issues);
      else throw error;
    }
  }
  if (issues.length > 0) throw new PackValidationError(issues);
  return packs;
}

/** The phrasebook a verb works on: the core pack plus any `--pack` files. */
export async function phrasebookFor(paths: readonly string[] | undefined, io: CliIo): Promise<Phrasebook<string>> {
  const packs = paths === undefined || paths.length === 0 ? [] : await readPackFiles(paths, io);
  return createPhrasebook({ packs }) as Phrasebook<string>;
}

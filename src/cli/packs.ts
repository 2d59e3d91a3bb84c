import { createPhrasebook, type Phrasebook } from '../phrasebook/phrasebook.js';
import { loadPack } from '../phrasebook/load-pack.js';
import { isHuashuError } from '../errors/huashu-error.js';
import { PackValidationError, type PackIssue } from '../schema/errors.js';
import type { Pack } from '../schema/pack.js';
import { CliUsageError, type CliIo } from './io.js';
import { parseYaml } from './yaml.js';

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

/**
 * The phrasebook a verb works on: the core pack plus the config file's packs and any `--pack`
 * files, with the config's locale and disabled rules (and `disable`, e.g. from `--disable`).
 */
export async function phrasebookFor(paths: readonly string[] | undefined, io: CliIo, options: { disable?: readonly string[] | undefined } = {}): Promise<Phrasebook<string>> {
  const files = [...(io.config?.packs ?? []), ...(paths ?? [])];
  const packs = files.length === 0 ? [] : await readPackFiles(files, io);
  const disable = [...new Set([...(io.config?.disable ?? []), ...(options.disable ?? [])])];
  try {
    return createPhrasebook({ packs, locale: io.config?.locale, disable }) as Phrasebook<string>;
  } catch (error) {
    // An unknown rule id names the config file or the flag it came from.
    if (isHuashuError(error) && error.code === 'INVALID_ARGUMENT' && /disable names no rule/.test(error.message)) {
      throw new CliUsageError(`${error.message.replace('createPhrasebook: disable', '--disable (or the config file\'s disable)')}`);
    }
    throw error;
  }
}

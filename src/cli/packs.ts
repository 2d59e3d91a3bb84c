import { isHuashuError } from '../errors/index.js';
import { createPhrasebook, type Phrasebook } from '../phrasebook/index.js';
import { loadPack } from '../phrasebook/index.js';
import { PackValidationError, type PackIssue } from '../schema/index.js';
import type { Pack } from '../schema/index.js';
import type { LinterModel } from '../lint/index.js';
import { CliUsageError, type CliIo } from './io.js';
import { escapeControls } from './output.js';
import { parseYaml, type ParsedDocument } from '../files/index.js';

/** A pack file read and validated on its own, with its problems. */
export interface PackFile {
  file: string;
  pack: Pack | undefined;
  locate: ParsedDocument['locate'] | undefined;
  issues: PackIssue[];
}

/**
 * Reads and validates one pack file: size and encoding, YAML/JSON syntax, the guard (keys,
 * depth, limits), the schema and the pack's own references. Problems are returned, not thrown;
 * an unreadable file is a usage error.
 */
export async function readPackFile(file: string, io: CliIo): Promise<PackFile> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    if (error instanceof CliUsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliUsageError(`cannot read pack file "${escapeControls(file, { line: true })}": ${code ?? (error instanceof Error ? error.message : String(error))}`);
  }
  const doc = parseYaml(text);
  if (doc.errors.length > 0) {
    return { file, pack: undefined, locate: undefined, issues: doc.errors.map((e) => ({ file, path: [], line: e.line, column: e.column, message: e.message })) };
  }
  if (typeof doc.value !== 'object' || doc.value === null || Array.isArray(doc.value)) {
    // Never quote the file: it may be anything (a script, a key, a binary that decoded).
    const kind = doc.value === null || doc.value === undefined ? 'empty' : Array.isArray(doc.value) ? 'a list' : `a ${typeof doc.value}`;
    return { file, pack: undefined, locate: undefined, issues: [{ file, path: [], line: 1, column: 1, message: `not a phrase pack: the document is ${kind}, not a mapping with an id (see docs/packs.md)` }] };
  }
  try {
    return { file, pack: loadPack(doc.value, { file, locate: doc.locate }), locate: doc.locate, issues: [] };
  } catch (error) {
    if (error instanceof PackValidationError) return { file, pack: undefined, locate: doc.locate, issues: [...error.issues] };
    throw error;
  }
}

/**
 * Validates pack files all the way — each file on its own, then the valid ones merged after the
 * core pack with every cross-reference checked and their rules and greetings compiled — and
 * returns every problem of every stage at once, each with its file, line and column.
 */
export async function checkPackFiles(paths: readonly string[], io: CliIo): Promise<{ packs: Pack[]; applied: string[]; issues: PackIssue[] }> {
  const files: PackFile[] = [];
  for (const file of paths) files.push(await readPackFile(file, io));
  const issues = files.flatMap((f) => f.issues);
  const valid = files.filter((f): f is PackFile & { pack: Pack } => f.pack !== undefined);
  const packs = valid.map((f) => f.pack);
  let applied: string[] = [];
  try {
    applied = createPhrasebook({ packs }).packs.slice();
  } catch (error) {
    if (!(error instanceof PackValidationError)) throw error;
    const byId = new Map(valid.map((f) => [f.pack.id, f]));
    for (const issue of error.issues) {
      const from = issue.pack === undefined ? undefined : byId.get(issue.pack);
      const pos = issue.line === undefined ? from?.locate?.(issue.path) : undefined;
      issues.push({ ...issue, file: issue.file ?? from?.file, ...(pos === undefined ? {} : { line: pos.line, column: pos.column }) });
    }
  }
  return { packs, applied, issues };
}

/** Reads and validates pack files (YAML or JSON); every problem of every stage is thrown together. */
export async function readPackFiles(paths: readonly string[], io: CliIo): Promise<Pack[]> {
  const { packs, issues } = await checkPackFiles(paths, io);
  if (issues.length > 0) throw new PackValidationError(issues);
  return packs;
}

/**
 * The phrasebook a verb works on: the core pack plus the config file's packs and any `--pack`
 * files, with the config's locale and disabled rules (and `disable`, e.g. from `--disable`).
 */
export async function phrasebookFor(paths: readonly string[] | undefined, io: CliIo, options: { disable?: readonly string[] | undefined; model?: LinterModel | undefined } = {}): Promise<Phrasebook<string>> {
  const files = [...(io.config?.packs ?? []), ...(paths ?? [])];
  const packs = files.length === 0 ? [] : await readPackFiles(files, io);
  const disable = [...new Set([...(io.config?.disable ?? []), ...(options.disable ?? [])])];
  try {
    return createPhrasebook({ packs, locale: io.config?.locale, disable, model: options.model }) as Phrasebook<string>;
  } catch (error) {
    // An unknown rule id names the config file or the flag it came from.
    if (isHuashuError(error) && error.code === 'INVALID_ARGUMENT' && /disable names no rule/.test(error.message)) {
      throw new CliUsageError(`${error.message.replace('createPhrasebook: disable', "--disable (or the config file's disable)")}`);
    }
    throw error;
  }
}

import { dirname, isAbsolute, join } from 'node:path';
import { LOCALES, type Locale } from '../schema/index.js';
import { SEVERITIES, type Severity } from '../schema/index.js';
import { CliUsageError } from './io.js';
import { escapeControls } from './output.js';
import { parseYaml } from '../files/index.js';

/** A `huashu.config.{json,yaml,yml}` file: what every verb applies by default. */
export interface CliConfig {
  /** The file it came from. */
  file: string;
  /** Pack files (relative to the config file), applied before `--pack` files. */
  packs: string[];
  /** Lint rule ids to leave out (as `--disable`). */
  disable: string[];
  /** Default output locale. */
  locale?: Locale | undefined;
  /** Default `--min-severity` of `huashu lint`. */
  minSeverity?: Severity | undefined;
  /** Default `--language` of lint messages. */
  language?: 'zh' | 'en' | undefined;
}

/** Names looked for in the working directory, in order. */
export const CONFIG_FILES = ['huashu.config.json', 'huashu.config.yaml', 'huashu.config.yml'] as const;

const KEYS = ['packs', 'disable', 'locale', 'minSeverity', 'language'] as const;

/** The largest config file read (it names files; it holds no packs itself). */
const MAX_CONFIG_BYTES = 64 * 1024;

function stringList(file: string, key: string, value: unknown, problems: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v !== '')) {
    problems.push(`${key} must be a list of non-empty strings`);
    return [];
  }
  return value as string[];
}

/**
 * Validates a parsed config document; every problem is reported at once, as one usage error
 * naming the file. Unknown keys are errors (a misspelt `disabled` must not be ignored).
 */
export function validateConfig(file: string, value: unknown): CliConfig {
  const name = escapeControls(file, { line: true });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliUsageError(`${name}: a config file holds an object with ${KEYS.join(', ')}`);
  }
  const problems: string[] = [];
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(KEYS as readonly string[]).includes(key)) problems.push(`unknown key "${escapeControls(key, { line: true }).slice(0, 40)}" (keys: ${KEYS.join(', ')})`);
  }
  const base = dirname(file);
  const config: CliConfig = {
    file,
    packs: stringList(file, 'packs', record['packs'], problems).map((p) => (isAbsolute(p) ? p : join(base, p))),
    disable: stringList(file, 'disable', record['disable'], problems),
  };
  const { locale, minSeverity, language } = record;
  if (locale !== undefined) {
    if ((LOCALES as readonly unknown[]).includes(locale)) config.locale = locale as Locale;
    else problems.push(`locale must be one of ${LOCALES.join(', ')}`);
  }
  if (minSeverity !== undefined) {
    if ((SEVERITIES as readonly unknown[]).includes(minSeverity)) config.minSeverity = minSeverity as Severity;
    else problems.push(`minSeverity must be one of ${SEVERITIES.join(', ')}`);
  }
  if (language !== undefined) {
    if (language === 'zh' || language === 'en') config.language = language;
    else problems.push('language must be zh or en');
  }
  if (problems.length > 0) throw new CliUsageError(`${name}: ${problems.join('; ')}`);
  return config;
}

/** Parses config text (JSON is YAML) and validates it. */
export function parseConfig(file: string, text: string): CliConfig {
  if (text.length > MAX_CONFIG_BYTES) throw new CliUsageError(`${escapeControls(file, { line: true })}: a config file is at most ${MAX_CONFIG_BYTES / 1024} KB`);
  const doc = parseYaml(text);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new CliUsageError(`${escapeControls(file, { line: true })}${e.line === undefined ? '' : `:${e.line}:${e.column ?? 1}`}: ${e.message}`);
  }
  return validateConfig(file, doc.value ?? {});
}

/**
 * Takes `--config FILE` (or `--config=FILE`) and `--no-config` out of a verb's arguments and
 * loads the config: the file named, else the first of {@link CONFIG_FILES} in the working
 * directory, else none. A file named but missing is an error; a default one missing is not.
 */
export async function loadConfig(args: readonly string[], readFile: (path: string) => Promise<string>): Promise<{ args: string[]; config: CliConfig | undefined }> {
  const rest: string[] = [];
  let explicit: string | undefined;
  let none = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (arg === '--no-config') none = true;
    else if (arg === '--config') {
      explicit = args[++i];
      if (explicit === undefined || explicit === '') throw new CliUsageError('--config takes a file name');
    } else if (arg.startsWith('--config=')) explicit = arg.slice('--config='.length);
    else rest.push(arg);
  }
  if (none) return { args: rest, config: undefined };
  if (explicit !== undefined) {
    let text: string;
    try {
      text = await readFile(explicit);
    } catch (error) {
      if (error instanceof CliUsageError) throw error;
      throw new CliUsageError(`cannot read config file "${escapeControls(explicit, { line: true })}": ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    }
    return { args: rest, config: parseConfig(explicit, text) };
  }
  for (const file of CONFIG_FILES) {
    let text: string;
    try {
      text = await readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error instanceof CliUsageError ? error : new CliUsageError(`cannot read config file "${file}": ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    }
    return { args: rest, config: parseConfig(file, text) };
  }
  return { args: rest, config: undefined };
}

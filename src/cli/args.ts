import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliUsageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Verbs whose output no pack can change (names, the calendar, free-text parsing, the demo of the
 * built-in data): they refuse `--pack` rather than ignore it.
 */
const PACKLESS = new Set(['demo', 'name', 'lunar', 'holiday', 'parse-steps']);

/**
 * Parses a verb's arguments strictly; unknown flags become a usage error naming the verb. Every
 * verb accepts `--help` and `--json`; every verb that packs can change accepts `--pack FILE`
 * (repeatable).
 */
export function parse<O extends Options>(verb: string, args: string[], options: O, allowPositionals = true) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' }, json: { type: 'boolean' }, pack: { type: 'string', multiple: true } }, allowPositionals, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CliUsageError(`huashu ${verb}: ${message} (see "huashu ${verb} --help")`);
  }
  if (PACKLESS.has(verb) && (parsed.values as { pack?: unknown }).pack !== undefined) {
    throw new CliUsageError(`huashu ${verb}: --pack does not apply here (packs change what say, scenarios, catalogue, greet, lint and steps produce)`);
  }
  return parsed;
}

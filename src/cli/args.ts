import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliUsageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a verb's arguments strictly; unknown flags become a usage error naming the verb. Every
 * verb accepts `--help`, `--json` and `--pack FILE` (repeatable).
 */
export function parse<O extends Options>(verb: string, args: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' }, json: { type: 'boolean' }, pack: { type: 'string', multiple: true } }, allowPositionals, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CliUsageError(`huashu ${verb}: ${message} (see "huashu ${verb} --help")`);
  }
}

import { HuashuError } from '../errors/index.js';
import type { CliConfig } from './config.js';
import type { InputData } from './input.js';

/** Where a command reads and writes; injected so that tests run commands in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads standard input whole as text (UTF-8 checked: other encodings are a usage error). */
  readStdin: () => Promise<string>;
  /** Reads a file as text (UTF-8 checked: other encodings are a usage error). */
  readFile: (path: string) => Promise<string>;
  /** Current time in epoch ms (injectable for tests). */
  now: () => number;
  /** Environment variables (NO_COLOR, FORCE_COLOR, TERM). */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal (colours by default). */
  stdoutIsTTY: boolean;
  /** The config file in force (`--config FILE`, or huashu.config.* in the working directory). */
  config?: CliConfig | undefined;
}

/**
 * What the CLI is run with: like {@link CliIo}, but reads may hand back bytes, which `main`
 * decodes (and rejects when they are not UTF-8) before any command sees them.
 */
export interface CliHost extends Omit<CliIo, 'readStdin' | 'readFile' | 'env' | 'stdoutIsTTY' | 'config'> {
  readStdin: () => Promise<InputData>;
  readFile: (path: string) => Promise<InputData>;
  env?: Readonly<Record<string, string | undefined>> | undefined;
  stdoutIsTTY?: boolean | undefined;
}

/** Exit codes: 0 success, 1 a finding (e.g. lint errors), 2 bad usage, input or output. */
export const EXIT = { ok: 0, finding: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A usage or input error: printed as one line on stderr, exit code 2. */
export class CliUsageError extends HuashuError {
  constructor(message: string) {
    super('INVALID_ARGUMENT', message);
  }
}

/** A CLI verb. */
export interface Command {
  name: string;
  /** One line for `huashu --help`. */
  summary: string;
  /** Full help text for `huashu <verb> --help`. */
  help: string;
  run: (args: string[], io: CliIo) => Promise<number> | number;
}

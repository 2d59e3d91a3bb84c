import { HuashuError } from '../errors/index.js';

/** Where a command reads and writes; injected so that tests run commands in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads standard input whole (for verbs that accept piped text). */
  readStdin: () => Promise<string>;
  /** Reads a file as UTF-8. */
  readFile: (path: string) => Promise<string>;
  /** Current time in epoch ms (injectable for tests). */
  now: () => number;
}

/** Exit codes: 0 success, 1 a finding (e.g. lint errors), 2 bad usage or input. */
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

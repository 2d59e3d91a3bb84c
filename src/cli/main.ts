import { isHuashuError } from '../errors/index.js';
import { commands } from './commands/index.js';
import { loadConfig } from './config.js';
import { decodeInput } from './input.js';
import { CliUsageError, EXIT, type CliHost, type CliIo } from './io.js';
import { escapeControls } from './output.js';

declare const __HUASHU_VERSION__: string;

/** The package version, injected at build time. */
export const VERSION: string = typeof __HUASHU_VERSION__ === 'string' ? __HUASHU_VERSION__ : '0.0.0-dev';

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `huashu ${VERSION} — Chinese customer-service phrases: catalogue, greetings, honorifics, lint, steps

Usage: huashu <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     Show help (also after a command: huashu <command> --help)
  -v, --version  Print the version
  --json         Machine-readable output (every command)
  --pack FILE    Apply a phrase pack (YAML/JSON; repeatable) to say, scenarios, catalogue,
                 greet, lint and steps
  --config FILE  Read defaults (packs, disabled rules, locale) from FILE instead of
                 huashu.config.json / .yaml / .yml in the working directory; --no-config: none

Exit codes: 0 success, 1 a finding (e.g. lint errors), 2 bad usage, input (not UTF-8, not a
pack, too large or too deep) or output (a write that failed).
`;
}

/** The io commands see: reads decoded from UTF-8 (other encodings are a usage error). */
function textIo(host: CliHost): CliIo {
  return {
    stdout: host.stdout,
    stderr: host.stderr,
    now: host.now,
    env: host.env ?? {},
    stdoutIsTTY: host.stdoutIsTTY ?? false,
    readStdin: async () => decodeInput('<stdin>', await host.readStdin()),
    readFile: async (path) => decodeInput(escapeControls(path, { line: true }), await host.readFile(path)),
  };
}

/** Whether an error is the engine's stack overflow (input nested too deep for a recursive walk). */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/**
 * Runs the CLI with arguments (without `node` and the script) and returns the exit code.
 * Errors in usage or input print one line on stderr and return 2; control characters in
 * messages are escaped.
 */
export async function main(argv: readonly string[], host: CliHost): Promise<number> {
  const io = textIo(host);
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      const topic = first === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
      io.stdout(topic !== undefined ? `${topic.help}\n` : usage());
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    if (first === '--version' || first === '-v') {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    const command = commands.find((c) => c.name === first);
    if (command === undefined) {
      throw new CliUsageError(`huashu: unknown command "${first}" (commands: ${commands.map((c) => c.name).join(', ')})`);
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${command.help}\n`);
      return EXIT.ok;
    }
    const { args, config } = await loadConfig(rest, io.readFile);
    return await command.run(args, { ...io, config });
  } catch (error) {
    const verb = escapeControls(first ?? '', { line: true });
    if (error instanceof CliUsageError) {
      io.stderr(`${/^huashu[ :]/.test(error.message) ? '' : `huashu ${verb}: `}${escapeControls(error.message)}\n`);
      return EXIT.usage;
    }
    if (isHuashuError(error)) {
      io.stderr(`huashu ${verb}: ${escapeControls(error.message).split('\n').join('\n  ')}\n`);
      return EXIT.usage;
    }
    if (isStackOverflow(error)) {
      io.stderr(`huashu ${verb}: the input is nested too deeply to process\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

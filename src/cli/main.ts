import { isHuashuError } from '../errors/index.js';
import { commands } from './commands/index.js';
import { CliUsageError, EXIT, type CliIo } from './io.js';

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

Exit codes: 0 success, 1 a finding (e.g. lint errors), 2 bad usage or input.
`;
}

/**
 * Runs the CLI with arguments (without `node` and the script) and returns the exit code.
 * Errors in usage or input print one line on stderr and return 2.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
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
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.stderr(`${error.message.startsWith('huashu') ? '' : `huashu ${first}: `}${error.message}\n`);
      return EXIT.usage;
    }
    if (isHuashuError(error)) {
      io.stderr(`huashu ${first}: ${error.message.split('\n').join('\n  ')}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

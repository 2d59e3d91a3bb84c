/**
 * The CLI reference: `huashu --help` and every verb's `--help`, captured from the CLI itself so
 * that it lists each verb as it is registered.
 */
import { readFileSync } from 'node:fs';
import { frontMatter } from '../markdown.js';
import type { GeneratedPage, Generator } from './types.js';

async function helpOf(args: string[]): Promise<string> {
  const { main } = await import('../../../src/cli/main.js');
  let out = '';
  await main(args, {
    stdout: (text) => (out += text),
    stderr: () => {},
    readStdin: async () => '',
    readFile: async () => '',
    now: () => Date.now(),
  });
  return out.trimEnd();
}

function fence(text: string): string {
  return ['```text', text.replaceAll('```', "'''"), '```'].join('\n');
}

/** Generates `cli-reference.md`. */
export const cliGenerator: Generator = {
  name: 'cli',
  async generate(): Promise<readonly GeneratedPage[]> {
    // The version is injected at build time in the bundle; give the sources the same value.
    const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    (globalThis as { __HUASHU_VERSION__?: string }).__HUASHU_VERSION__ = version;
    const { commands } = await import('../../../src/cli/commands/index.js');
    const lines = [
      frontMatter({ title: 'CLI reference', group: 'Reference' }),
      '# CLI reference',
      '',
      'The help text of `huashu` and of each command, as printed by the CLI. See the [CLI guide](../cli.md) for examples.',
      '',
      '## huashu --help',
      '',
      fence(await helpOf(['--help'])),
      '',
    ];
    for (const command of commands) {
      lines.push(`## huashu ${command.name}`, '', command.summary, '', fence(await helpOf([command.name, '--help'])), '');
    }
    return [{ file: 'cli-reference.md', content: lines.join('\n') }];
  },
};

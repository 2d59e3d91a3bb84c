import { describe, expect, it } from 'vitest';
import { cli } from './run.js';

describe('the huashu command', () => {
  it('prints usage listing every command with --help and exits 0', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^huashu \S+ — /);
    expect(stdout).toContain('  demo ');
    expect(stdout).toContain('Exit codes: 0 success, 1 a finding (e.g. lint errors), 2 bad usage, input (not UTF-8, not a\npack, too large or too deep) or output (a write that failed).');
  });

  it('prints usage on stdout and exits 2 when no command is given', async () => {
    const { code, stdout } = await cli([]);
    expect(code).toBe(2);
    expect(stdout).toContain('Usage: huashu <command>');
  });

  it('prints the version with --version and -v', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    for (const flag of ['--version', '-v']) {
      const { code, stdout } = await cli([flag]);
      expect(code).toBe(0);
      expect(stdout).toBe(`${version}\n`);
    }
  });

  it('rejects an unknown command with one line on stderr and exit 2', async () => {
    const { code, stderr } = await cli(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('unknown command "frobnicate"');
  });

  it('rejects an unknown flag of a verb, naming the verb', async () => {
    const { code, stderr } = await cli(['demo', '--frob']);
    expect(code).toBe(2);
    expect(stderr).toContain('huashu demo:');
    expect(stderr).toContain('--frob');
  });

  it('gives every verb a --help', async () => {
    const { commands } = await import('../../src/cli/commands/index.js');
    for (const command of commands) {
      const { code, stdout } = await cli([command.name, '--help']);
      expect(code, command.name).toBe(0);
      expect(stdout, command.name).toMatch(/^Usage: huashu /);
    }
  });

  it('runs the demo, as text and as JSON', async () => {
    const text = await cli(['demo']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('── Catalogue');
    // A branch's condition reads field by field: its reply intent, then its words.
    expect(text.stdout).toContain('if reply silent, text 还是无声: [');
    const json = await cli(['demo', '--json']);
    expect(json.code).toBe(0);
    const sections = JSON.parse(json.stdout) as Array<{ title: string; lines: string[] }>;
    expect(sections.map((s) => s.title)).toContain('Catalogue');
  });
});

describe('--pack', () => {
  it.each([['lunar', '2026-01-01'], ['holiday', '2026-01-01'], ['name', '王五'], ['parse-steps', 'x.txt'], ['demo']])('is refused, not ignored, by huashu %s', async (verb, ...rest) => {
    const { code, stderr } = await cli([verb, ...rest.filter((r): r is string => r !== undefined), '--pack', 'docs/examples/acme-bank.pack.yaml']);
    expect(code).toBe(2);
    expect(stderr).toBe(`huashu ${verb}: --pack does not apply here (packs change what say, scenarios, catalogue, greet, lint and steps produce)\n`);
  });
});

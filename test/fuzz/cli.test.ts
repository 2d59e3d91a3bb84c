import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/files/index.js';
import { cli } from '../cli/run.js';
import { fuzzRuns, growth, LINEAR } from './fuzz.js';

/** Raw control characters other than newline: what the CLI must never send to a terminal. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const chatText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'喂您好这不是我们的事大概可能不知道你过两天再打来，。！？\n\r\t 　'),
    fc.constantFrom('\u001b', '\u0007', '\u009b', '\u0000', '\u202e', '\ufeff', '\u200b', '不', '\uf967'),
    fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' }),
  ),
  maxLength: 200,
});

describe('huashu lint on arbitrary input', () => {
  it('exits 0, 1 or 2, and shows nothing raw from the input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(chatText, fc.uint8Array({ maxLength: 200 })), fc.boolean(), async (input, asJson) => {
        const { code, stdout, stderr } = await cli(['lint', ...(asJson ? ['--json'] : [])], { stdin: input });
        expect([0, 1, 2]).toContain(code);
        expect(stdout).not.toMatch(RAW_CONTROL);
        expect(stderr).not.toMatch(RAW_CONTROL);
      }),
      { numRuns: fuzzRuns() },
    );
  });

  it('gives line, column and end positions that agree with the offsets', async () => {
    await fc.assert(
      fc.asyncProperty(chatText, async (text) => {
        const { code, stdout } = await cli(['lint', '--json', '--no-config'], { stdin: text });
        if (code === 2) return; // NUL characters: refused as binary
        const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        const [{ findings }] = JSON.parse(stdout) as [{ findings: Array<{ start: number; end: number; text: string; line: number; column: number; endLine: number; endColumn: number }> }];
        const position = (offset: number) => {
          const before = input.slice(0, offset);
          const line = before.split('\n').length;
          return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
        };
        for (const f of findings) {
          expect(input.slice(f.start, f.end)).toBe(f.text);
          expect({ line: f.line, column: f.column }).toEqual(position(f.start));
          const last = position(f.end - 1);
          expect({ endLine: f.endLine, endColumn: f.endColumn }).toEqual({ endLine: last.line, endColumn: last.column + 1 });
        }
      }),
      { numRuns: fuzzRuns() },
    );
  });

  it('reports in time linear in the findings and lines (text report)', async () => {
    const text = (n: number) => '您好\n喂\n'.repeat(n);
    let pending: Promise<unknown> = Promise.resolve();
    const ratio = growth((n) => {
      // cli() is async but does its work synchronously for stdin given as a string.
      pending = cli(['lint', '--no-config'], { stdin: text(n) });
    }, 2_000);
    await pending;
    expect(ratio).toBeLessThan(LINEAR);
  });
});

describe('huashu validate on arbitrary files', () => {
  it('exits 0, 1 or 2 with a typed report, never an internal error, never raw control characters', async () => {
    const yamlish = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'id: acme\n-[]{}"\'#&*!|>%@`,?:scenarios rules greetings 喂\u001b\t '), maxLength: 300 }),
      fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
      fc.uint8Array({ maxLength: 100 }),
    );
    await fc.assert(
      fc.asyncProperty(yamlish, async (file) => {
        const { code, stdout, stderr } = await cli(['validate', 'p.yaml'], { files: { 'p.yaml': file } });
        expect([0, 1, 2]).toContain(code);
        expect(stdout + stderr).not.toMatch(RAW_CONTROL);
      }),
      { numRuns: fuzzRuns(0.5) },
    );
  });
});

describe('reading YAML packs', () => {
  it('takes time linear in the number of keys (duplicate keys are still found)', () => {
    const yaml = (n: number) => `id: big\ndefaults:\n${Array.from({ length: n }, (_, i) => `  k${i}: v${i}\n`).join('')}`;
    const texts = new Map([2_500, 10_000].map((n) => [n, yaml(n)]));
    expect(growth((n) => parseYaml(texts.get(n) ?? yaml(n)), 2_500)).toBeLessThan(LINEAR);
    expect(parseYaml(`${yaml(3)}  k1: again\n`).errors.map((e) => e.message)).toEqual(['YAML: map keys must be unique ("k1" is repeated)']);
  });
});

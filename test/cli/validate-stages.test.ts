import { describe, expect, it } from 'vitest';
import { MAX_YAML_CHARS } from '../../src/files/index.js';
import { cli } from './run.js';

const punct = 'id: punct\nrules:\n  - id: no-bang\n    severity: error\n    patterns: ["！！"]\n    message: { zh: 不要感叹, en: No bangs }\n';
const slot = 'id: slot\ngreetings:\n  wording:\n    slots:\n      midnight-snack: 夜宵好\n';
const badSchema = 'id: bad\nscenarios:\n  - id: x\n';

describe('huashu validate', () => {
  it('is not ok for a pack that lint --pack or greet --pack would reject', async () => {
    const files = { 'punct.yaml': punct, 'slot.yaml': slot };
    expect(await cli(['validate', 'punct.yaml'], { files })).toEqual({
      code: 1,
      stdout: 'punct.yaml:5:16 rules[0].patterns[0] — pattern 0 ("！！") is only punctuation or spaces, which matching ignores\n\n1 problem\n',
      stderr: '',
    });
    expect((await cli(['validate', 'slot.yaml'], { files })).stdout).toBe(
      'slot.yaml:3:3 greetings — createGreeter: unknown time-of-day slot "midnight-snack" (slots: morning, forenoon, noon, afternoon, evening)\n\n1 problem\n',
    );
    // The library agrees: createPhrasebook rejects them at creation, not at the first lint or greet.
    expect((await cli(['lint', '--pack', 'punct.yaml'], { stdin: '你好！！', files })).code).toBe(2);
  });

  it('reports every problem of every file and stage at once', async () => {
    const files = { 'bad.yaml': badSchema, 'punct.yaml': punct, 'slot.yaml': slot, 'broken.yaml': 'id: [' };
    const { code, stdout } = await cli(['validate', 'bad.yaml', 'broken.yaml', 'punct.yaml', 'slot.yaml', '--json'], { files });
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { ok: boolean; problems: Array<{ file: string }> };
    expect(report.ok).toBe(false);
    expect([...new Set(report.problems.map((p) => p.file))]).toEqual(['bad.yaml', 'broken.yaml', 'punct.yaml', 'slot.yaml']);
  });

  it('never quotes a file that is not a pack', async () => {
    const secret = 'ghp_ThisIsNotForTheTerminal0123456789';
    for (const text of [`export const token = "${secret}";\nconsole.log(token) {`, `${secret}\n`, `- ${secret}\n`, `{ "a": "${secret}", }`, `> ${secret}\t\n`]) {
      const { code, stdout, stderr } = await cli(['validate', 'x.yaml'], { files: { 'x.yaml': text } });
      expect(code).toBe(1);
      expect(stdout + stderr).not.toContain(secret);
    }
    expect((await cli(['validate', 'x.txt'], { files: { 'x.txt': 'hello world' } })).stdout).toBe(
      'x.txt:1:1 (root) — not a phrase pack: the document is a string, not a mapping with an id (see docs/packs.md)\n\n1 problem\n',
    );
  });

  it('refuses a file over the size limit before parsing it, naming the limit', async () => {
    const big = `id: big\ndefaults:\n  brand: "${'好'.repeat(MAX_YAML_CHARS)}"\n`;
    expect((await cli(['validate', 'big.yaml'], { files: { 'big.yaml': big } })).stdout).toBe(
      `big.yaml (root) — the file is ${big.length} characters long, over the limit of ${MAX_YAML_CHARS} for YAML/JSON packs and config files\n\n1 problem\n`,
    );
  });

  it('still rejects duplicate keys (checked in one linear pass)', async () => {
    expect((await cli(['validate', 'd.yaml'], { files: { 'd.yaml': 'id: d\ndefaults:\n  brand: a\n  brand: b\n' } })).stdout).toBe(
      'd.yaml:4:3 (root) — YAML: map keys must be unique ("brand" is repeated)\n\n1 problem\n',
    );
  });
});

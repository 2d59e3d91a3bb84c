import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './run.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf16le = (text: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
/** 喂，这不是我们的事 in GBK. */
const GBK = bytes(0xce, 0xb9, 0xa3, 0xac, 0xd5, 0xe2, 0xb2, 0xbb, 0xca, 0xc7, 0xce, 0xd2, 0xc3, 0xc7, 0xb5, 0xc4, 0xca, 0xc2);

describe('input that is not UTF-8 text', () => {
  it('is a usage error (exit 2) saying what it looks like, never a silent pass', async () => {
    expect(await cli(['lint', 'gbk.txt'], { files: { 'gbk.txt': GBK } })).toEqual({
      code: 2,
      stdout: '',
      stderr: "huashu lint: gbk.txt is not valid UTF-8 (first bad byte at offset 2); if it is GBK, GB18030 or Big5 text, convert it first, e.g. iconv -f GB18030 -t UTF-8 'gbk.txt' > out.txt\n",
    });
    expect(await cli(['lint'], { stdin: utf16le('喂') })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'huashu lint: <stdin> is UTF-16LE text (it starts with a UTF-16LE byte-order mark), not UTF-8: convert it first, e.g. iconv -f UTF-16LE -t UTF-8 > out.txt\n',
    });
    expect(await cli(['lint', 'a.bin'], { files: { 'a.bin': bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x00, 0x1b, 0x5b) } })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'huashu lint: a.bin holds a NUL byte at offset 5: it looks like a binary file (or UTF-16 without a byte-order mark), not UTF-8 text\n',
    });
  });

  it('is refused by every verb that reads files, packs included', async () => {
    const { code, stderr } = await cli(['validate', 'p.yaml'], { files: { 'p.yaml': GBK } });
    expect(code).toBe(2);
    expect(stderr).toContain('p.yaml is not valid UTF-8');
  });

  it('accepts UTF-8 with a byte-order mark, without the mark', async () => {
    const withBom = bytes(0xef, 0xbb, 0xbf, ...Buffer.from('喂'));
    const { code, stdout } = await cli(['lint', '--json', 'a.txt'], { files: { 'a.txt': withBom } });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)[0].findings[0]).toMatchObject({ start: 0, end: 1, text: '喂', line: 1, column: 1 });
  });

  it('names an unreadable file with escape codes in its name escaped', async () => {
    expect(await cli(['lint', '\u001b[2Jx.txt'])).toEqual({ code: 2, stdout: '', stderr: 'huashu lint: cannot read "\\x1b[2Jx.txt": ENOENT\n' });
  });
});

describe('a failed write', () => {
  it.runIf(existsSync('/dev/full'))('exits 2 with a message, not 1 ("findings")', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'scenarios', '--json'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    expect(run.status).toBe(0);
    const full = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx src/cli/index.ts lint --json < /dev/null > /dev/full`], { encoding: 'utf8' });
    expect({ status: full.status, stderr: full.stderr }).toEqual({ status: 2, stderr: 'huashu: cannot write the output: ENOSPC\n' });
  });
});

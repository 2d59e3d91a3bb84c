import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/run.js';

const good = ['客服：您好，阳光物业，很高兴为您服务，请问有什么可以帮助您？', '客户：查一下物业费。', '客服：已缴清。请问还有什么可以帮助您？', '客户：没有了。', '客服：感谢您的来电，再见！'].join('\n');
const bad = '客服：喂，什么事？';

describe('huashu audit', () => {
  it('prints the scorecard and exits 0 when the call passes', async () => {
    const { code, stdout, stderr } = await cli(['audit', 'call.txt', '--var', 'brand=阳光物业'], { files: { 'call.txt': good } });
    expect([code, stderr, stdout.split('\n')[0]]).toEqual([0, '', '得分 100 / 100，合格（合格线 80）']);
  });
  it('exits 1 when the call fails; --json prints the scorecard', async () => {
    const { code, stdout } = await cli(['audit', '-', '--json'], { stdin: bad });
    expect(code).toBe(1);
    const card = JSON.parse(stdout) as { passed: boolean; findings: Array<{ check: string; text: string }> };
    expect(card.passed).toBe(false);
    expect(card.findings.find((f) => f.check === 'banned-phrases')?.text).toBe('喂');
  });
  it('--markdown renders a report; --format json reads JSON', async () => {
    const { stdout } = await cli(['audit', 'c.json', '--format', 'json', '--markdown'], { files: { 'c.json': '{"id":"c9","turns":[{"role":"客服","text":"您好"}]}' } });
    expect(stdout.split('\n')[0]).toBe('### 通话 c9：得分 33.3 / 100，不合格（合格线 80）');
  });
  it('exits 2 with the line of bad input, and on bad options', async () => {
    expect(await cli(['audit', 'x.txt'], { files: { 'x.txt': '客服：您好\n[00:00:05] 没有角色' } })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'huashu audit: line 2:12: a timestamped line needs a role: "[00:01:02] 客服：…"\n',
    });
    expect((await cli(['audit', 'x.txt', '--format', 'xml'], { files: { 'x.txt': '' } })).stderr).toBe('huashu audit: --format must be one of auto, json, ndjson, text (got "xml")\n');
    expect((await cli(['audit'])).code).toBe(2);
  });
  it('audits NDJSON in-process with --workers 0, one line per call, in order', async () => {
    const ndjson = [JSON.stringify({ id: 'a', turns: [{ role: '客服', text: '喂' }] }), '', JSON.stringify({ id: 'b', turns: [{ role: '客服', text: '您好，请问还有什么可以帮您？再见' }] })].join('\n');
    const { code, stdout, stderr } = await cli(['audit', 'calls.ndjson', '--workers', '0'], { files: { 'calls.ndjson': ndjson } });
    expect(code).toBe(1);
    expect(stdout).toBe('a\t0\tFAIL\topening-greeting,closing-anything-else,closing-farewell,banned-phrases\nb\t100\tpass\n');
    expect(stderr).toBe('huashu audit: 2 calls audited\n');
  });
  it('streams a batch through worker threads, in input order, naming bad lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huashu-audit-'));
    const file = join(dir, 'calls.jsonl');
    const lines = Array.from({ length: 150 }, (_, i) => JSON.stringify({ id: `c${i}`, turns: [{ role: '客服', text: i % 2 === 0 ? '您好，请问还有什么可以帮您？再见' : '喂' }] }));
    lines.splice(70, 0, '{"turns": [}');
    writeFileSync(file, lines.join('\n') + '\n');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'audit', file, '--workers', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const ids = stdout.trim().split('\n').map((l) => l.split('\t')[0]);
    expect(ids).toEqual(Array.from({ length: 150 }, (_, i) => `c${i}`));
    const [first, second, rest] = stderr.split('\n');
    expect([first!.startsWith('huashu audit: line 71:12: invalid JSON: '), second, rest]).toEqual([true, 'huashu audit: 150 calls audited', '']);
    expect(code).toBe(2);
  }, 60_000);
});

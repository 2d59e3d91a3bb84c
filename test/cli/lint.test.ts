import { describe, expect, it } from 'vitest';
import { cli } from './run.js';

describe('huashu lint', () => {
  it('prints findings with line, column, caret and suggestion; exit 1 on an error', async () => {
    const { code, stdout } = await cli(['lint'], { stdin: '您好。\n喂，大声一点！' });
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        '<stdin>',
        '  2:1  error    避免用“喂”开口或催促客户；接听请说“您好”。  no-wei',
        '    喂，大声一点！',
        '    ^^',
        '    say instead: greeting.answer — 您好，很高兴为您服务，请说。',
        '  2:3  error    命令客户大声说话不礼貌；应说“对不起，您的声音有点太小，请您拿起话筒说话好吗？”  no-speak-up',
        '    喂，大声一点！',
        '        ^^^^^^^^',
        '    say instead: call.hands-free — 很抱歉，您的声音太小，请您拿起话筒说话好吗？',
        '    say instead: call.low-volume — 对不起！请您大声一点，好吗？',
        '',
        '✖ 2 problems (2 errors, 0 warnings, 0 info)',
        '',
      ].join('\n'),
    );
  });

  it('names the variables a suggestion needs instead of its text, and gives the objects in JSON', async () => {
    const { stdout } = await cli(['lint'], { stdin: '公司规定就是这样' });
    expect(stdout.split('\n').filter((l) => l.includes('say instead'))).toEqual(['    say instead: decline.tactfully#explain (needs {rule})']);
    const json = await cli(['lint', '--json'], { stdin: '公司规定就是这样' });
    expect((JSON.parse(json.stdout) as Array<{ findings: Array<{ suggestions: unknown }> }>)[0]!.findings[0]!.suggestions).toEqual([{ scenario: 'decline.tactfully', phrase: 'explain', needs: ['rule'] }]);
  });

  it('adds the learned model’s warnings with --model, and accepts ignore comments naming them', async () => {
    const text = '我们这边管不到这块。';
    expect(await cli(['lint', '--json'], { stdin: text })).toEqual({ code: 0, stdout: '[\n  {\n    "file": "<stdin>",\n    "findings": []\n  }\n]\n', stderr: '' });
    const { code, stdout } = await cli(['lint', '--json', '--model'], { stdin: text });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Array<{ findings: Array<{ ruleId: string; severity: string; start: number; end: number }> }>)[0]!.findings.map((f) => [f.ruleId, f.severity, f.start, f.end])).toEqual([['model-deflection', 'warning', 0, 10]]);
    expect(await cli(['lint', '--model'], { stdin: `huashu-disable-next-line model-deflection\n${text}` })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await cli(['lint'], { stdin: `huashu-disable-next-line model-deflection\n${text}` })).code).toBe(2);
  });

  it('exits 0 on polite text and on warnings only', async () => {
    expect(await cli(['lint'], { stdin: '对不起，请您大声一点，好吗？' })).toEqual({ code: 0, stdout: '', stderr: '' });
    const warned = await cli(['lint'], { stdin: '大概明天到。' });
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('warning');
  });

  it('prints JSON findings with offsets into the input', async () => {
    const { code, stdout } = await cli(['lint', '--json', '--language', 'en'], { stdin: '這不是我們的事' });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([
      {
        file: '<stdin>',
        findings: [
          {
            ruleId: 'no-not-our-business',
            severity: 'error',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 8,
            start: 0,
            end: 7,
            text: '這不是我們的事',
            message: 'Shifts responsibility away; a banned complaint phrase.',
            suggestions: [{ scenario: 'complaint.receive', needs: [], text: '很抱歉，给您添麻烦了！请问怎么称呼您？' }],
          },
        ],
      },
    ]);
  });

  it('lints several files, JSON per file', async () => {
    const { code, stdout } = await cli(['lint', 'a.txt', 'b.txt', '--json'], { files: { 'a.txt': '您好', 'b.txt': '喂' } });
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as Array<{ file: string; findings: unknown[] }>).map((r) => [r.file, r.findings.length])).toEqual([
      ['a.txt', 0],
      ['b.txt', 1],
    ]);
  });

  it('lints the agent turns of a transcript', async () => {
    const stdin = JSON.stringify([
      { role: 'customer', text: '喂？' },
      { role: 'agent', text: '您好，请问有什么可以帮助您？喂？' },
    ]);
    const { code, stdout } = await cli(['lint', '--transcript', '--json'], { stdin });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([{ file: '<stdin>', findings: [expect.objectContaining({ ruleId: 'no-wei', turn: 1, start: 14, end: 15, line: 1, column: 15 })] }]);
  });

  it('filters by severity and disables rules', async () => {
    expect((await cli(['lint', '--min-severity', 'error'], { stdin: '大概吧' })).stdout).toBe('');
    expect((await cli(['lint', '--disable', 'no-wei'], { stdin: '喂' })).code).toBe(0);
  });

  it('rejects bad options and unreadable files with exit 2', async () => {
    expect(await cli(['lint', '--language', 'fr'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--language must be zh or en') });
    expect(await cli(['lint', '--min-severity', 'fatal'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--min-severity must be one of') });
    expect(await cli(['lint', 'missing.txt'])).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot read "missing.txt"') });
    expect(await cli(['lint', '--transcript'], { stdin: 'not json' })).toMatchObject({ code: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/lint/index.js';
import { cli } from './run.js';

const json = (stdout: string) => JSON.parse(stdout) as Array<{ file: string; findings: Array<Record<string, unknown>> }>;
const ids = (stdout: string) => json(stdout).map((r) => [r.file, r.findings.map((f) => `${String(f['ruleId'])}@${String(f['line'])}:${String(f['column'])}`)]);

describe('huashu lint --json', () => {
  it('has one shape, [{ file, findings }], for one file, for stdin and for several', async () => {
    const one = await cli(['lint', 'a.txt', '--json'], { files: { 'a.txt': '您好\n\n喂' } });
    expect(json(one.stdout)).toEqual([
      {
        file: 'a.txt',
        findings: [expect.objectContaining({ ruleId: 'no-wei', line: 3, column: 1, endLine: 3, endColumn: 2, start: 4, end: 5, text: '喂' })],
      },
    ]);
    expect(ids((await cli(['lint', '--json'], { stdin: '' })).stdout)).toEqual([['<stdin>', []]]);
    expect(ids((await cli(['lint', 'a', 'b', '--json'], { files: { a: '喂', b: 'x\r\n  喂' } })).stdout)).toEqual([
      ['a', ['no-wei@1:1']],
      ['b', ['no-wei@2:3']],
    ]);
  });
});

describe('huashu lint --disable', () => {
  it('leaves the rule out before matching, as createLinter({ disable }) does, so it hides no other rule', async () => {
    const text = '你过两天再打来';
    const expected = createLinter({ disable: ['no-call-back-later'] }).lint(text).map((f) => f.ruleId);
    expect(expected).toEqual(['prefer-nin', 'no-come-back-later']); // the round-6 rule's 过两天…来 still fires
    const { stdout } = await cli(['lint', '--json', '--disable', 'no-call-back-later'], { stdin: text });
    expect(json(stdout)[0]!.findings.map((f) => f['ruleId'])).toEqual(expected);
  });

  it('rejects a rule id that no rule has', async () => {
    const { code, stdout, stderr } = await cli(['lint', '--disable', 'no-such-rule'], { stdin: '喂' });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^huashu lint: --disable \(or the config file's disable\) names no rule: "no-such-rule" \(rules: .*no-wei/);
  });
});

describe('ignore comments', () => {
  it('silences the next line, its own line, or a region, for the rules named or all', async () => {
    const text = [
      '喂 huashu-disable-line no-wei',
      '# huashu-disable-next-line',
      '喂，这不是我们的事',
      '# huashu-disable-next-line no-wei -- quoting a customer',
      '喂，这不是我们的事',
      '喂',
    ].join('\n');
    expect(ids((await cli(['lint', '--json', 'f'], { files: { f: text } })).stdout)).toEqual([['f', ['no-not-our-business@5:3', 'no-wei@6:1']]]);
  });

  it('silences from huashu-disable to huashu-enable, or to the end of the file', async () => {
    const text = ['喂', '<!-- huashu-disable no-wei -->', '喂，这不是我们的事', '<!-- huashu-enable no-wei -->', '喂', '/* huashu-disable */', '喂，这不是我们的事'].join('\n');
    expect(ids((await cli(['lint', '--json', 'f'], { files: { f: text } })).stdout)).toEqual([['f', ['no-wei@1:1', 'no-not-our-business@3:3', 'no-wei@5:1']]]);
  });

  it('turns one rule back on inside a region that silences all', async () => {
    const text = ['huashu-disable', '喂，这不是我们的事', 'huashu-enable no-wei', '喂，这不是我们的事'].join('\n');
    expect(ids((await cli(['lint', '--json', 'f'], { files: { f: text } })).stdout)).toEqual([['f', ['no-wei@4:1']]]);
  });

  it('applies inside transcript turns, each turn its own text', async () => {
    const stdin = JSON.stringify([
      { role: 'agent', text: '喂？ huashu-disable-line no-wei -- the line is bad' },
      { role: 'customer', text: '喂？' },
      { role: 'agent', text: 'huashu-disable-next-line no-not-our-business\n喂，这不是我们的事\n喂，这不是我们的事' },
      { role: 'agent', text: '<!-- huashu-disable -->\n这不是我们的事' },
      { role: 'agent', text: '喂' },
    ]);
    const { stdout } = await cli(['lint', '--transcript', '--json'], { stdin });
    const turns = (JSON.parse(stdout) as Array<{ findings: Array<{ ruleId: string; turn: number; line: number; column: number }> }>)[0]!.findings.map(
      (f) => `${f.ruleId}@turn ${f.turn} ${f.line}:${f.column}`,
    );
    expect(turns).toEqual(['no-wei@turn 2 2:1', 'no-wei@turn 2 3:1', 'no-not-our-business@turn 2 3:3', 'no-wei@turn 4 1:1']);
    expect(await cli(['lint', '--transcript'], { stdin: JSON.stringify([{ role: 'agent', text: '您好 huashu-disable-line no-wie' }]) })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'huashu lint: <stdin> turn 0:1: huashu-disable-line names no rule: "no-wie"\n',
    });
  });

  it('rejects an unknown rule id in a comment, naming the file and line', async () => {
    expect(await cli(['lint', 'f'], { files: { f: '您好\n# huashu-disable-next-line no-wie\n喂' } })).toEqual({ code: 2, stdout: '', stderr: 'huashu lint: f:2: huashu-disable-next-line names no rule: "no-wie"\n' });
  });
});

describe('a config file', () => {
  it('is read from huashu.config.json in the working directory: packs, disabled rules', async () => {
    const files = {
      'huashu.config.json': JSON.stringify({ disable: ['no-wei'], packs: ['packs/acme.yaml'] }),
      'packs/acme.yaml': 'id: acme\nrules:\n  - id: no-competitor\n    severity: error\n    patterns: [别家]\n    message: { zh: 不提竞争对手, en: No competitors }\n',
    };
    const { code, stdout } = await cli(['lint', '--json'], { stdin: '喂，别家更便宜', files });
    expect(code).toBe(1);
    expect(json(stdout)[0]!.findings.map((f) => f['ruleId'])).toEqual(['no-competitor']);
    // --no-config ignores it; --config names another file.
    expect(json((await cli(['lint', '--json', '--no-config'], { stdin: '喂，别家更便宜', files })).stdout)[0]!.findings.map((f) => f['ruleId'])).toEqual(['no-wei']);
    const other = { 'team.yaml': 'minSeverity: error\nlanguage: en\n' };
    expect(json((await cli(['lint', '--json', '--config', 'team.yaml'], { stdin: '大概吧，喂', files: other })).stdout)[0]!.findings.map((f) => [f['ruleId'], f['message']])).toEqual([
      ['no-wei', expect.stringMatching(/^[A-Z]/)],
    ]);
  });

  it('is validated: unknown keys, wrong values and unknown rule ids are errors, all named at once', async () => {
    const files = { 'huashu.config.yaml': 'disabled: [no-wei]\nlocale: en\nminSeverity: fatal\n' };
    expect(await cli(['lint'], { stdin: '喂', files })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'huashu lint: huashu.config.yaml: unknown key "disabled" (keys: packs, disable, locale, minSeverity, language); locale must be one of zh-CN, zh-TW, zh-HK; minSeverity must be one of error, warning, info\n',
    });
    expect((await cli(['lint'], { stdin: '喂', files: { 'huashu.config.json': '{"disable":["nope"]}' } })).code).toBe(2);
    expect((await cli(['lint', '--config', 'missing.json'], { stdin: '喂' })).stderr).toBe('huashu lint: cannot read config file "missing.json": ENOENT\n');
  });
});

describe('overlapping findings of one rule', () => {
  it('are merged into one covering both', async () => {
    const files = { 'p.yaml': 'id: p\nrules:\n  - id: no-blame\n    severity: error\n    patterns: [不是我们, 我们的事]\n    message: { zh: 推卸责任, en: Blame }\n' };
    const { stdout } = await cli(['lint', '--json', '--pack', 'p.yaml', '--disable', 'no-not-our-business'], { stdin: '这不是我们的事', files });
    expect(json(stdout)[0]!.findings.filter((f) => f['ruleId'] === 'no-blame').map((f) => [f['start'], f['end'], f['text']])).toEqual([[1, 7, '不是我们的事']]);
  });
});

describe('the text report', () => {
  const ESC = '\u001b';
  it('is coloured on a terminal, unless NO_COLOR is set; FORCE_COLOR colours a pipe', async () => {
    expect((await cli(['lint'], { stdin: '喂', tty: true })).stdout).toContain(`${ESC}[31merror  ${ESC}[39m`);
    expect((await cli(['lint'], { stdin: '喂', tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await cli(['lint', '--no-color'], { stdin: '喂', tty: true })).stdout).not.toContain(ESC);
    expect((await cli(['lint'], { stdin: '喂', env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await cli(['lint'], { stdin: '喂' })).stdout).not.toContain(ESC);
  });

  it('never echoes terminal escape codes from the input raw', async () => {
    const { stdout } = await cli(['lint'], { stdin: `${ESC}]0;pwned\u0007${ESC}[2J喂\u009b31m` });
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(stdout).toContain('\\x1b]0;pwned\\x07\\x1b[2J喂\\x9b31m');
    const asJson = await cli(['lint', '--json'], { stdin: `喂\u009b` });
    expect(asJson.stdout).not.toMatch(/[\u007f-\u009f]/);
  });

  it('shows a window of a long line, not the whole line', async () => {
    const { stdout } = await cli(['lint'], { stdin: `${'您好'.repeat(5000)}喂${'您好'.repeat(5000)}` });
    const excerpt = stdout.split('\n')[2]!;
    expect(excerpt.length).toBeLessThan(200);
    expect(excerpt).toMatch(/^ {4}…(您好)+喂(您好)+…$/);
  });
});

describe('transcripts', () => {
  it('lint the turns of Agent, 客服, 坐席 or seller as the agent, and name the unknown roles skipped', async () => {
    const stdin = JSON.stringify([
      { role: 'Agent', text: '喂' },
      { role: '客服', text: '喂' },
      { role: '坐席', text: '喂' },
      { role: 'seller', text: '喂' },
      { role: 'Customer', text: '喂' },
      { role: 'bot', text: '喂' },
    ]);
    const { code, stdout, stderr } = await cli(['lint', '--transcript', '--json'], { stdin });
    expect(code).toBe(1);
    expect(json(stdout)[0]!.findings.map((f) => f['turn'])).toEqual([0, 1, 2, 3]);
    expect(stderr).toBe("huashu lint: linted the agent's turns; skipped turns of unknown roles: bot (1 turn)\n");
  });
});

describe('the config file locale', () => {
  it('is the default locale of say', async () => {
    const files = { 'huashu.config.json': '{ "locale": "zh-TW" }' };
    expect((await cli(['say', 'hold.explain', '--customer', '王小姐'], { files })).stdout).toBe('很抱歉，王小姐，我幫您查詢一下，請您稍等片刻，謝謝！\n');
    expect((await cli(['say', 'hold.explain', '--customer', '王小姐', '--locale', 'zh-CN'], { files })).stdout).toBe('很抱歉，王小姐，我帮您查询一下，请您稍等片刻，谢谢！\n');
  });
});

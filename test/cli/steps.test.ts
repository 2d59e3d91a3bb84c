import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './run.js';

const silentCall = readFileSync(new URL('../fixtures/steps/scripts/silent-call.zh-hans.txt', import.meta.url), 'utf8');

describe('huashu steps', () => {
  it('prints a scenario’s steps as numbered text', async () => {
    // Exact while hold.explain has no procedure of its own (then it is one say step).
    const { code, stdout, stderr } = await cli(['steps', 'hold.explain', '--customer', '王女士']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^1\. (\S+ )?说:“很抱歉，王女士，我帮您查询一下，请您稍等片刻，谢谢！”$/m);
  });

  it('prints JSON, Markdown, SSML and chat messages', async () => {
    const json = await cli(['steps', 'hold.explain', '--json', '--locale', 'zh-TW']);
    expect(JSON.parse(json.stdout)).toContainEqual(expect.objectContaining({ kind: 'say', ref: 'hold.explain#default', text: expect.stringContaining('請您稍等片刻') }));
    expect((await cli(['steps', 'hold.explain', '--markdown'])).stdout).toMatch(/^- \[ \] (\*\*\S+\*\* )?说:“很抱歉，先生\/女士，我帮您查询一下，请您稍等片刻，谢谢！”$/m);
    expect((await cli(['steps', 'hold.explain', '--ssml'])).stdout).toMatch(/^<speak xml:lang="zh-CN"><s>很抱歉，先生\/女士，我帮您查询一下，请您稍等片刻，谢谢！<\/s>.*<\/speak>\n$/);
    const chat = await cli(['steps', 'hold.explain', '--chat', '--channel', 'chat']);
    expect(chat.code).toBe(0);
    expect(chat.stdout.split('\n').filter(Boolean).every((l) => /\(\d+(\.\d)?s\)$/.test(l))).toBe(true);
  });

  it('prints one run along --path: what happens at each decision', async () => {
    expect(await cli(['steps', 'call.silent', '--ssml', '--path', 'silent,silent'])).toEqual({
      code: 0,
      stderr: '',
      stdout:
        '<speak xml:lang="zh-CN"><s>您好！请问有什么可以帮助您？</s><break time="5s"/><s>您好！请问有什么可以帮助您？</s><break time="5s"/><s>对不起，您的电话没有声音，请您换一部电话？再见！</s><break time="5s"/></speak>\n',
    });
    expect((await cli(['steps', 'call.silent', '--path', 'silent'])).stdout).toBe('1. 说:“您好！请问有什么可以帮助您？”\n2. 停顿5秒\n3. 说:“您好！请问有什么可以帮助您？”\n4. 停顿5秒\n');
    expect((await cli(['steps', 'hold.explain', '--path', 'flag:customer-anxious,over:120'])).code).toBe(0);
    expect(await cli(['steps', 'call.silent', '--path', 'quiet'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--path entry "quiet" is not a reply intent') });
  });

  it('rejects two formats, a missing id and an unknown id', async () => {
    expect(await cli(['steps', 'hold.explain', '--ssml', '--chat'])).toMatchObject({ code: 2, stderr: expect.stringContaining('choose one of') });
    expect(await cli(['steps'])).toMatchObject({ code: 2, stderr: expect.stringContaining('give a scenario id') });
    expect(await cli(['steps', 'hold.nope'])).toMatchObject({ code: 2, stderr: expect.stringContaining('hold.explain') });
  });
});

describe('huashu parse-steps', () => {
  it('parses stdin into numbered steps', async () => {
    const { code, stdout } = await cli(['parse-steps'], { stdin: silentCall });
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        '1. 说:“您好!请问有什么可以帮助您?”',
        '2. 停顿5秒',
        '3. 视情况:',
        '   若客户没有回应:',
        '      3.1. 说:“您好!请问有什么可以帮助您?”',
        '      3.2. 停顿5秒',
        '      3.3. 视情况:',
        '         若客户没有回应:',
        '            3.3.1. 说:“对不起,您的电话没有声音,请您换一部电话?再见!”',
        '            3.3.2. 停顿5秒',
        '            3.3.3. 挂机',
        '',
      ].join('\n'),
    );
  });

  it('reads a file and prints JSON; text with braces is shown as written', async () => {
    const { code, stdout } = await cli(['parse-steps', 'script.txt', '--json'], { files: { 'script.txt': '第一步:“{customer}您好!”' } });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      { kind: 'group', label: '第一步', source: '第一步:', steps: [{ kind: 'say', text: '{customer}您好!', source: '“{customer}您好!”' }] },
    ]);
    expect((await cli(['parse-steps'], { stdin: '“{您好”' })).stdout).toBe('1. 说:“{您好”\n');
  });

  it('reports an unreadable file with exit 2', async () => {
    expect(await cli(['parse-steps', 'missing.txt'])).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot read "missing.txt"') });
  });
});

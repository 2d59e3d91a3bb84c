import { describe, expect, it } from 'vitest';
import { cli } from './run.js';

describe('huashu say with a customer', () => {
  it('addresses 欧阳娜娜 (female) in the locale’s script', async () => {
    expect(await cli(['say', 'hold.explain', '--name', '欧阳娜娜', '--gender', 'female'])).toMatchObject({
      code: 0,
      stdout: '很抱歉，欧阳女士，我帮您查询一下，请您稍等片刻，谢谢！\n',
    });
    expect((await cli(['say', 'hold.explain', '--name', '欧阳娜娜', '--gender', 'female', '--locale', 'zh-TW'])).stdout).toBe(
      '很抱歉，歐陽小姐，我幫您查詢一下，請您稍等片刻，謝謝！\n',
    );
  });

  it('says 王先生/女士 for an unknown gender, or 您 by option', async () => {
    expect((await cli(['say', 'hold.explain', '--surname', '王', '--gender', 'unknown'])).stdout).toBe('很抱歉，王先生/女士，我帮您查询一下，请您稍等片刻，谢谢！\n');
    expect((await cli(['say', 'hold.explain', '--surname', '王', '--unknown-gender', 'you'])).stdout).toBe('很抱歉，您，我帮您查询一下，请您稍等片刻，谢谢！\n');
  });

  it('uses a professional title and the female title option', async () => {
    expect((await cli(['say', 'hold.explain', '--surname', '王', '--title', '总'])).stdout).toBe('很抱歉，王总，我帮您查询一下，请您稍等片刻，谢谢！\n');
    expect((await cli(['say', 'hold.explain', '--surname', '王', '--gender', 'female', '--locale', 'zh-TW', '--female-title', '女士'])).stdout).toContain('王女士');
  });

  it('exits 2 with one line for an invalid name or option value', async () => {
    for (const args of [
      ['say', 'hold.explain', '--name', '王123'],
      ['say', 'hold.explain', '--name', '李'.repeat(200)],
      ['say', 'hold.explain', '--surname', '王', '--unknown-gender', 'maybe'],
      ['say', 'hold.explain', '--no-surname', 'x'],
      ['say', 'hold.explain', '--female-title', '太太'],
    ]) {
      const { code, stderr } = await cli(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect((await cli(['say', 'hold.explain', '--name', '😀'])).stderr).toMatch(/^huashu say: Invalid name "😀"/);
  });
});

describe('huashu name', () => {
  it('prints the split and the other readings', async () => {
    expect(await cli(['name', '欧阳娜娜'])).toMatchObject({ code: 0, stdout: '欧阳 + 娜娜  [high]\n' });
    expect((await cli(['name', '单于飞'])).stdout).toBe('单于 + 飞  [low]\n  or 单 + 于飞\n');
    expect((await cli(['name', '买买提·艾力'])).stdout).toBe('(no surname) 买买提·艾力  [none]\n');
  });

  it('prints JSON with --json, and reads a name given in two words', async () => {
    const { code, stdout } = await cli(['name', '陈王美玲', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      surname: '陈王',
      givenName: '美玲',
      confidence: 'medium',
      alternatives: [{ surname: '陈', givenName: '王美玲' }],
    });
    expect(JSON.parse((await cli(['name', '单', '于飞', '--json'])).stdout)).toMatchObject({ surname: '单', givenName: '于飞', confidence: 'high' });
  });

  it('exits 2 for no name or an invalid one', async () => {
    expect((await cli(['name'])).code).toBe(2);
    const { code, stderr } = await cli(['name', '12345']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/INVALID_NAME|Invalid name "12345"/);
  });
});

describe('huashu demo', () => {
  it('shows the honorifics section', async () => {
    const { stdout } = await cli(['demo']);
    expect(stdout).toContain('── Honorifics');
    expect(stdout).toContain('歐陽小姐');
    expect(stdout).toContain('王先生/女士');
  });
});

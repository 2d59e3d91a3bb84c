import { describe, expect, it } from 'vitest';
import { cli } from './run.js';

describe('huashu scenarios', () => {
  it('lists ids with titles and a count', async () => {
    const { code, stdout } = await cli(['scenarios', '--category', 'hold']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^hold\.explain +请客户稍等 — Asking the customer to hold \[phone, chat\]$/m);
    expect(stdout).toMatch(/^\d+ scenarios?$/m);
  });

  it('prints JSON in the requested locale', async () => {
    const { code, stdout } = await cli(['scenarios', '--category', 'hold', '--locale', 'zh-TW', '--json']);
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as Array<{ id: string; title: string; phrases: Array<{ id: string; text: string }> }>;
    const hold = list.find((s) => s.id === 'hold.explain');
    expect(hold?.title).toBe('請客戶稍等');
    expect(hold?.phrases[0]?.text).toContain('請您稍等片刻');
  });

  it('rejects an unknown locale or channel with exit 2', async () => {
    expect(await cli(['scenarios', '--locale', 'en'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--locale must be one of zh-CN, zh-TW, zh-HK') });
    expect(await cli(['scenarios', '--channel', 'fax'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--channel must be one of') });
  });
});

describe('huashu say', () => {
  it('fills a ready-made address', async () => {
    const { code, stdout } = await cli(['say', 'hold.explain', '--customer', '王女士']);
    expect(code).toBe(0);
    expect(stdout).toBe('很抱歉，王女士，我帮您查询一下，请您稍等片刻，谢谢！\n');
  });

  it('prints JSON with the phrase, locale and text', async () => {
    const { stdout } = await cli(['say', 'hold.explain', '--customer', '王女士', '--locale', 'zh-HK', '--json']);
    expect(JSON.parse(stdout)).toEqual({
      id: 'hold.explain',
      phrase: 'default',
      locale: 'zh-HK',
      channel: null,
      text: '很抱歉，王女士，我幫您查詢一下，請您稍等片刻，謝謝！',
    });
  });

  it('exits 2 with one line for an unknown id, a bad --var or a bad --gender', async () => {
    for (const args of [['say', 'nope.nope'], ['say', 'hold.explain', '--var', 'novalue'], ['say', 'hold.explain', '--gender', 'x'], ['say']]) {
      const { code, stderr } = await cli(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});

describe('huashu catalogue', () => {
  it('dumps the core pack as JSON with every locale', async () => {
    const { code, stdout } = await cli(['catalogue', '--json']);
    expect(code).toBe(0);
    const { packs } = JSON.parse(stdout) as { packs: Array<{ id: string; scenarios: Array<{ id: string; phrases: Array<{ texts: Record<string, string> }> }> }> };
    expect(packs.map((p) => p.id)).toEqual(['core']);
    const hold = packs[0]?.scenarios.find((s) => s.id === 'hold.explain');
    expect(Object.keys(hold?.phrases[0]?.texts ?? {})).toEqual(['zh-CN', 'zh-TW', 'zh-HK']);
  });

  it.each(['请报您的贵宾卡号', '请您查证后再拨', '让您久等了', '请稍后挂机对我本次服务进行评价'])('has the seed fragment %s verbatim in the JSON', async (fragment) => {
    const { stdout } = await cli(['catalogue', '--json']);
    expect(stdout).toContain(fragment);
  });

  it('summarises each pack without --json and rejects an unknown pack', async () => {
    expect((await cli(['catalogue'])).stdout).toMatch(/^core — 通用客服话术 \(General customer-service phrases\): \d+ scenarios, \d+ phrases, \d+ standards, \d+ lint rules$/m);
    expect((await cli(['catalogue', '--pack', 'nope'])).code).toBe(2);
  });

  it('dumps the built-in lint rules and greetings with the core pack', async () => {
    const { packs } = JSON.parse((await cli(['catalogue', '--json'])).stdout) as {
      packs: Array<{ rules: Array<{ id: string; patterns: string[] }>; greetings: { slots: unknown[] } }>;
    };
    expect(packs[0]?.rules.find((r) => r.id === 'no-wei')?.patterns).toContain('喂');
    expect(packs[0]?.greetings.slots.length).toBeGreaterThanOrEqual(5);
  });
});

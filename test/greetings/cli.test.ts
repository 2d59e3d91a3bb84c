import { describe, expect, it } from 'vitest';
import { cli } from '../cli/run.js';

describe('huashu greet', () => {
  it('greets for an instant in a zone', async () => {
    expect(await cli(['greet', '--at', '2026-02-16T16:30:00Z'])).toEqual({ code: 0, stdout: '新年好！很高兴为您服务，请说。\n', stderr: '' });
    expect((await cli(['greet', '--at', '2026-03-09T23:30:00Z', '--tz', 'UTC'])).stdout).toBe('晚上好！很高兴为您服务，请说。\n');
  });

  it('uses the injected clock when --at is absent', async () => {
    // run.ts's clock: 2026-11-22T02:00Z, 10:00 in Beijing.
    expect((await cli(['greet', '--channel', 'chat'])).stdout).toBe('上午好！有什么可以帮到您？\n');
  });

  it('addresses the customer, in traditional script', async () => {
    const { stdout } = await cli(['greet', '--at', '2026-09-25T02:00:00Z', '--surname', '王', '--gender', 'female', '--locale', 'zh-TW']);
    expect(stdout).toBe('王小姐，中秋快樂！很高興為您服務，請說。\n');
  });

  it('prints JSON with the reason', async () => {
    const { code, stdout } = await cli(['greet', '--at', '2026-04-05T02:00:00Z', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ wish: '上午好', reason: { kind: 'time-of-day', slot: 'forenoon' }, at: '2026-04-05T02:00:00Z', timeZone: 'Asia/Shanghai' });
  });

  it('takes occasions and a brand from --pack', async () => {
    const pack = 'id: acme\ndefaults: { brand: 阿克米 }\ngreetings:\n  occasions:\n    - { id: double-eleven, name: 双十一, date: "11-11", salutation: 双十一快乐 }\n';
    const { stdout } = await cli(['greet', '--at', '2026-11-11T02:00:00Z', '--pack', 'acme.yaml'], { files: { 'acme.yaml': pack } });
    expect(stdout).toBe('双十一快乐！阿克米很高兴为您服务，请说。\n');
  });

  it('rejects a bad zone, instant, gender or region with exit 2 and one line', async () => {
    for (const args of [['--tz', 'Mars/Olympus'], ['--at', 'yesterday'], ['--gender', 'x'], ['--region', 'EU'], ['--birthday', '1-1']]) {
      const { code, stderr } = await cli(['greet', ...args]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^huashu greet: .+\n$/);
    }
  });
});

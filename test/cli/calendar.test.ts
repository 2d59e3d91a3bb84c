import { describe, expect, it } from 'vitest';
import { cli } from './run.js';

describe('huashu lunar / holiday', () => {
  it('prints the lunar date', async () => {
    expect(await cli(['lunar', '2026-02-17'])).toEqual({ code: 0, stdout: '农历2026年正月初一\n', stderr: '' });
  });

  it('prints JSON', async () => {
    const { code, stdout } = await cli(['lunar', '2023-03-22', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ year: 2023, month: 2, day: 1, leap: true, monthName: '闰二月', dayName: '初一' });
  });

  it('uses today in --tz when no date is given', async () => {
    // 2026-11-22T02:00Z: Nov 22 in Beijing, Nov 21 in Los Angeles
    expect((await cli(['holiday', '--json'])).stdout).toContain('"date": "2026-11-22"');
    expect((await cli(['holiday', '--tz', 'America/Los_Angeles', '--json'])).stdout).toContain('"date": "2026-11-21"');
  });

  it('prints a 调休 Saturday', async () => {
    expect((await cli(['holiday', '2026-02-14'])).stdout).toBe('2026-02-14 星期六 · 工作日 · 春节调休上班 · 加班工资1倍\n');
  });

  it('says when a holiday is derived from the rules', async () => {
    expect((await cli(['holiday', '2027-10-01'])).stdout).toBe('2027-10-01 星期五 · 休息日 · 国庆节假期第1天（共7天）·法定节假日（按放假办法推算，通知未公布） · 加班工资3倍 · 国庆节\n');
  });

  it('exits 2 with one line on bad input', async () => {
    expect(await cli(['holiday', '1899-12-31'])).toEqual({ code: 2, stdout: '', stderr: 'huashu holiday: 1899-12-31 is outside the supported range 1900-01-31 … 2100-12-31.\n' });
    expect((await cli(['lunar', 'tomorrow'])).code).toBe(2);
    expect((await cli(['lunar', '2026-01-01', '--tz', 'Nowhere/City'])).code).toBe(2);
  });
});

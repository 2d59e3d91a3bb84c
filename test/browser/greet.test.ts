import { describe, expect, it } from 'vitest';
import { greet } from '../../src/greetings/index.js';
import { honorific } from '../../src/honorifics/index.js';
import { openPlayground, useSite } from './site.js';

const site = useSite();

describe('the playground greeting section', () => {
  it('greets by the date and time zone picked', async () => {
    const { page, errors } = await openPlayground(site);
    await page.fill('#greet-surname', '王');
    await page.selectOption('#greet-gender', 'female');
    for (const [at, timeZone] of [
      ['2026-02-17T09:00', 'Asia/Shanghai'],
      ['2026-03-10T07:30', 'Asia/Shanghai'],
      ['2026-03-10T21:00', 'America/New_York'],
    ] as const) {
      await page.selectOption('#greet-zone', timeZone);
      await page.fill('#greet-at', at);
      const expected = greet({ at, timeZone, channel: 'phone', locale: 'zh-CN', customer: honorific({ surname: '王', gender: 'female' }), gender: 'female' }).text;
      await expect.poll(() => page.textContent('#greet-output')).toBe(expected);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

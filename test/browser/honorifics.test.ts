import { describe, expect, it } from 'vitest';
import { honorific } from '../../src/honorifics/index.js';
import { openPlayground, useSite } from './site.js';

const site = useSite();

describe('the playground honorifics section', () => {
  it('addresses a customer by a full name', async () => {
    const { page, errors } = await openPlayground(site);
    for (const [fullName, gender, locale] of [
      ['欧阳娜娜', 'female', 'zh-CN'],
      ['司马光', 'male', 'zh-TW'],
    ] as const) {
      await page.fill('#honorific-name', fullName);
      await page.selectOption('#honorific-gender', gender);
      await page.selectOption('#honorific-locale', locale);
      await expect.poll(() => page.textContent('#honorific-output')).toBe(honorific({ fullName, gender }, { locale }));
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/template/index.js';
import { openPlayground, useSite } from './site.js';

const site = useSite();

describe('the playground template section', () => {
  it('fills a template with the values typed, and shows what fillTemplate throws', async () => {
    const { page, errors } = await openPlayground(site);
    const template = '很抱歉，{customer|先生/女士}，{system}正在维护，预计{minutes}分钟后恢复。';
    await page.fill('#template-input', template);
    await page.fill('#template-vars', 'system=网上银行\nminutes=30');
    await expect.poll(() => page.textContent('#template-output')).toBe(fillTemplate(template, { system: '网上银行', minutes: '30' }));
    expect(await page.textContent('#template-output')).toBe('很抱歉，先生/女士，网上银行正在维护，预计30分钟后恢复。');

    // A missing value: an error naming the variable, or a visible mark.
    await page.fill('#template-vars', 'system=网上银行');
    await expect.poll(() => page.textContent('#template-output')).toMatch(/^MISSING_VARIABLE: Missing variable \{minutes\}/);
    await page.selectOption('#template-missing', 'mark');
    await expect.poll(() => page.textContent('#template-output')).toBe(fillTemplate(template as string, { system: '网上银行' }, { missing: 'mark' }));

    // An unused value, rejected on request.
    await page.fill('#template-vars', 'system=网上银行\nminutes=30\nbrand=阿克米');
    await page.selectOption('#template-extra', 'reject');
    await expect.poll(() => page.textContent('#template-output')).toMatch(/^UNKNOWN_VARIABLE: Unknown variable "brand"/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import { scenarios } from '../../src/catalogue/index.js';
import { stepsOf, toSsml, toText } from '../../src/steps/index.js';
import { openPlayground, useSite } from './site.js';

const site = useSite();

describe('the playground steps section', () => {
  it('renders a scenario’s procedure for the customer', async () => {
    const scenario = scenarios().find((s) => (s.steps ?? []).length > 0)!;
    const { page, errors } = await openPlayground(site);
    await page.selectOption('#steps-source', scenario.id);
    await page.fill('#steps-surname', '李');
    await page.selectOption('#steps-gender', 'male');
    await page.selectOption('#steps-format', 'text');
    const expected = toText(stepsOf(scenario.id as Parameters<typeof stepsOf>[0], { customer: { surname: '李', gender: 'male' } }));
    await expect.poll(() => page.textContent('#steps-output')).toBe(expected);

    // One run of the silent call, for a voice bot.
    await page.selectOption('#steps-source', 'call.silent');
    await page.selectOption('#steps-format', 'ssml');
    await page.fill('#steps-path', 'silent, silent');
    const ssml = toSsml(stepsOf('call.silent', { customer: { surname: '李', gender: 'male' } }), { path: [{ reply: 'silent' }, { reply: 'silent' }] });
    await expect.poll(() => page.textContent('#steps-output')).toBe(ssml);
    expect(ssml).toContain('再见！');
    expect(errors).toEqual([]);
    await page.close();
  });
});

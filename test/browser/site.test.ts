import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getScenario, say, scenarios } from '../../src/catalogue/index.js';
import { representativePages } from '../../scripts/lib/site-links.js';
import { openPlayground, SITE, useSite } from './site.js';

const site = useSite();

/** Loads a page, collecting console errors, uncaught exceptions and failed requests. */
async function visit(page: Page, url: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`exception: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    // Requests still in flight (the favicon) are aborted when the page closes: not a fault.
    const reason = r.failure()?.errorText ?? '?';
    if (reason !== 'net::ERR_ABORTED') errors.push(`request failed: ${r.url()} (${reason})`);
  });
  await page.goto(url, { waitUntil: 'load' });
  // Let scripts that run after load (typedoc's navigation and search) report their errors.
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 50)));
  return errors;
}

describe('the docs site', () => {
  // Every internal link of every page is checked from the HTML files by scripts/test-browser.ts
  // (scripts/lib/site-links.ts), without a browser. The browser loads one page of each kind.
  it('loads one page of each kind (home, guides, API pages, playground) without errors', async () => {
    const { browser, origin } = site;
    const pages = representativePages(SITE);
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'modules.html', 'playground/index.html']));
    expect(pages.some((p) => p.startsWith('documents/'))).toBe(true);
    expect(pages.some((p) => p.startsWith('functions/'))).toBe(true);
    const context = await browser.newContext();
    const problems = (
      await Promise.all(
        pages.map(async (path) => {
          const page = await context.newPage();
          try {
            return (await visit(page, `${origin}/${path}`)).map((e) => `/${path}: ${e}`);
          } finally {
            await page.close();
          }
        }),
      )
    ).flat();
    await context.close();
    expect(problems).toEqual([]);
  });

  it('lists every scenario id on the catalogue page, each on its category page', async () => {
    const { browser, origin } = site;
    const page = await browser.newPage();
    await page.goto(`${origin}/documents/Catalogue.html`);
    const text = await page.locator('.tsd-typography').first().innerText();
    for (const s of scenarios()) expect(text).toContain(s.id);
    const categories = [...new Set(scenarios().map((s) => s.category))];
    const links = await page.$$eval('.tsd-typography table a', (as) => as.map((a) => [a.textContent?.trim() ?? '', String(Reflect.get(a, 'href'))] as const));
    for (const category of categories) {
      const link = links.find(([label]) => label === category);
      expect(link, `a link to the page of category ${category}`).toBeDefined();
      await page.goto(link![1]);
      const headings = await page.locator('.tsd-typography h2').allInnerTexts();
      expect(headings.map((h) => h.trim())).toEqual(scenarios({ category }).map((s) => s.id));
    }
    await page.close();
  });
});

describe('the playground', () => {
  it('fills a phrase with the customer and the locale picked', async () => {
    const { page, errors } = await openPlayground(site);

    const id = 'hold.explain';
    const phrase = 'default';
    expect(getScenario(id).phrases[0]!.id).toBe(phrase);
    await page.selectOption('#phrase-scenario', id);
    await page.fill('#customer-surname', '李');
    await page.selectOption('#customer-gender', 'male');
    await expect.poll(() => page.textContent('#phrase-output')).toBe(say(id, { customer: { surname: '李', gender: 'male' } }, { phrase }));

    await page.selectOption('#phrase-locale', 'zh-TW');
    await page.fill('#customer-title', '经理');
    await expect
      .poll(() => page.textContent('#phrase-output'))
      .toBe(say(id, { customer: { surname: '李', gender: 'male', title: '经理' } }, { phrase, locale: 'zh-TW' }));
    expect(await page.textContent('#phrase-gloss')).toBe(getScenario(id).phrases[0]!.gloss);

    // Every scenario and phrase of the catalogue is offered.
    const offered = await page.$$eval('#phrase-scenario option', (os) => os.map((o) => String(Reflect.get(o, 'value'))));
    expect(offered).toEqual(scenarios().map((s) => s.id));
    expect(errors).toEqual([]);
    await page.close();
  });
});

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getScenario, say, scenarios } from '../../src/catalogue/index.js';
import { fileFor } from './server.js';
import { openPlayground, SITE, useSite } from './site.js';

const site = useSite();

interface Visit {
  errors: string[];
  links: string[];
}

/** Loads a page, collecting console errors, uncaught exceptions, failed requests and the links of its final DOM. */
async function visit(page: Page, url: string, withSidebar: boolean): Promise<Visit> {
  const errors: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  };
  const onError = (e: Error) => errors.push(`exception: ${e.message}`);
  const onResponse = (r: { status(): number; url(): string }) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  };
  const onFailed = (r: { url(): string; failure(): { errorText: string } | null }) => {
    // Requests still in flight (the favicon) are aborted when the crawl moves on: not a fault.
    const reason = r.failure()?.errorText ?? '?';
    if (reason !== 'net::ERR_ABORTED') errors.push(`request failed: ${r.url()} (${reason})`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('response', onResponse);
  page.on('requestfailed', onFailed);
  try {
    await page.goto(url, { waitUntil: 'load' });
    // Let scripts that run after load (typedoc's navigation and search) report their errors.
    await page.evaluate(() => new Promise((ok) => setTimeout(ok, 20)));
    // typedoc's sidebar (.site-menu) is the same on every page: its links are read on the first.
    const selector = withSidebar ? 'a[href]' : 'a[href]:not(.site-menu a)';
    const links = await page.$$eval(selector, (as) => as.map((a) => String(Reflect.get(a, 'href'))));
    return { errors, links };
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
    page.off('response', onResponse);
    page.off('requestfailed', onFailed);
  }
}

/** Whether an internal link's target exists: the file, and the anchor in it when there is one. */
function brokenReason(link: URL): string | undefined {
  const file = fileFor(SITE, link.pathname);
  if (file === undefined) return 'no such file';
  const hash = decodeURIComponent(link.hash.slice(1));
  if (hash === '' || !file.endsWith('.html')) return undefined;
  const html = readFileSync(file, 'utf8');
  const escaped = hash.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b(?:id|name)="${escaped}"`).test(html) ? undefined : `no anchor #${hash}`;
}

describe('the docs site', () => {
  it('loads every page without console errors and has no broken internal links', async () => {
    const { browser, origin } = site;
    const start = `${origin}/index.html`;
    const queue = [start, `${origin}/playground/index.html`];
    const seen = new Set(queue);
    const problems: string[] = [];
    const checked = new Set<string>();
    const context = await browser.newContext();
    const workers = await Promise.all([1, 2, 3, 4].map(() => context.newPage()));
    await Promise.all(
      workers.map(async (page) => {
        for (;;) {
          const url = queue.shift();
          if (url === undefined) {
            // Another worker may still add pages: wait for them before giving up.
            if (workers.every((w) => (w as Page & { busy?: boolean }).busy !== true)) return;
            await new Promise((ok) => setTimeout(ok, 20));
            continue;
          }
          (page as Page & { busy?: boolean }).busy = true;
          try {
            const { errors, links } = await visit(page, url, url === start);
            for (const e of errors) problems.push(`${url.slice(origin.length)}: ${e}`);
            for (const href of links) {
              const link = new URL(href);
              if (link.origin !== origin) continue;
              const key = `${link.pathname}${link.hash}`;
              if (!checked.has(key)) {
                checked.add(key);
                const reason = brokenReason(link);
                if (reason !== undefined) problems.push(`${url.slice(origin.length)}: broken link ${key} (${reason})`);
              }
              const target = `${origin}${link.pathname}`;
              if (link.pathname.endsWith('.html') && !seen.has(target) && fileFor(SITE, link.pathname) !== undefined) {
                seen.add(target);
                queue.push(target);
              }
            }
          } finally {
            (page as Page & { busy?: boolean }).busy = false;
          }
        }
      }),
    );
    await context.close();
    expect(problems).toEqual([]);
    // The crawl reached the API reference, the guides, the generated pages and the playground.
    const paths = [...seen].map((u) => u.slice(origin.length));
    expect(paths).toEqual(
      expect.arrayContaining([
        '/index.html',
        '/modules.html',
        '/documents/Getting_started.html',
        '/documents/CLI_reference.html',
        '/documents/Catalogue.html',
        '/documents/Catalogue.hold.html',
        '/playground/index.html',
      ]),
    );
    expect(paths.length).toBeGreaterThan(50);
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

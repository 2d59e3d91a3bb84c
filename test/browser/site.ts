import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.js';
import { serve } from './server.js';

import { SITE } from './paths.js';

export { SITE };

export interface SiteHandle {
  browser: Browser;
  origin: string;
}

/** Serves docs/site and launches chromium for the tests of one file. */
export function useSite(): SiteHandle {
  const handle = {} as SiteHandle;
  let server: Server | undefined;
  beforeAll(async () => {
    if (!existsSync(`${SITE}/index.html`)) throw new Error('docs/site is not built: run `npm run docs` (or `npm run docs:site` after `npm run build`)');
    const served = await serve(SITE);
    server = served.server;
    handle.origin = served.origin;
    handle.browser = await launch();
  });
  afterAll(async () => {
    await handle.browser?.close();
    await new Promise((ok) => (server === undefined ? ok(undefined) : server.close(ok)));
  });
  return handle;
}

/** Opens the playground and waits until every section is mounted; uncaught errors land in `errors`. */
export async function openPlayground(site: SiteHandle): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${site.origin}/playground/index.html`);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, errors };
}

/**
 * The docs site's checks, run after `npm run docs:site`:
 * 1. every internal link of every page, checked from the HTML files in Node (no browser);
 * 2. the browser tests (test/browser, vitest.browser.config.ts) with a Chromium found by
 *    scripts/lib/chromium.ts. Without one they are skipped with one line saying how to install
 *    it — except under CI (the CI environment variable set), where a missing browser fails.
 *
 * Usage: tsx scripts/test-browser.ts [vitest args…]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SITE } from '../test/browser/paths.js';
import { findChromium, INSTALL_HINT } from './lib/chromium.js';
import { checkSiteLinks } from './lib/site-links.js';

if (!existsSync(`${SITE}/index.html`)) {
  console.error('test:browser: docs/site is not built (npm run docs:site)');
  process.exit(1);
}
const links = checkSiteLinks(SITE);
for (const b of links.broken) console.error(`docs/site/${b.page}: broken link ${b.href} (${b.reason})`);
if (links.broken.length > 0) {
  console.error(`test:browser: ${links.broken.length} broken internal link${links.broken.length === 1 ? '' : 's'} in ${links.pages} pages`);
  process.exit(1);
}
console.log(`test:browser: ${links.links} internal links of ${links.pages} pages resolve`);

const chromium = findChromium();
const ci = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false' && process.env.CI !== '0';
if (!chromium.found) {
  if (ci) {
    console.error(`test:browser: FAILED under CI — ${chromium.reason}; ${INSTALL_HINT}`);
    process.exit(1);
  }
  console.log(`test:browser: SKIPPED the browser tests — ${chromium.reason}; ${INSTALL_HINT}`);
  process.exit(0);
}
console.log(`test:browser: ${chromium.path} (from ${chromium.via})`);
const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '-c', 'vitest.browser.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium.path },
});
process.exit(run.status ?? 1);

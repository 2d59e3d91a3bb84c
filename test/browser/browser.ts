import { chromium, type Browser } from 'playwright-core';
import { findChromium, INSTALL_HINT } from '../../scripts/lib/chromium.js';

/**
 * Launches the Chromium that scripts/lib/chromium.ts finds (CHROMIUM_PATH, PATH, the usual
 * install paths); never a browser a tool downloads. `npm run test:browser` skips these tests
 * before they start when there is none (outside CI).
 */
export async function launch(): Promise<Browser> {
  const found = findChromium();
  if (!found.found) throw new Error(`${found.reason}: ${INSTALL_HINT}`);
  return chromium.launch({
    executablePath: found.path,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

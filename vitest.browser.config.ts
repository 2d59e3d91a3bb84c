// The docs site's browser tests: playwright-core drives Debian's chromium against docs/site,
// served by a tiny static server. Run by `npm run test:browser` after the site is built.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    // Sized for a loaded 2-core machine; the site test loads one page of each kind, not all ~310.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

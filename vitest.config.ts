import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __HUASHU_VERSION__: JSON.stringify(version) },
  test: {
    include: ['test/**/*.test.ts'],
    // Sized for a loaded 2-core machine (test/lint/automaton.test.ts alone takes ~9 s there), so
    // that no test's outcome depends on machine load. Property tests bound their runs instead
    // of their time (test/fuzz reads FUZZ_RUNS, small by default; \`npm run fuzz\` raises it).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    exclude: ['test/consumer/**', 'test/browser/**', 'node_modules/**'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});

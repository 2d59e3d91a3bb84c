import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { tsupEntries } from './scripts/entries.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const define = { __HUASHU_VERSION__: JSON.stringify(version) };

export default defineConfig([
  {
    // The library: one entry per public module, ESM and CJS, with declarations. Shared code
    // (errors, schema) lands in chunks so that `instanceof` and tree-shaking work across entries.
    // `schema/holiday` and `schema/messages` are no package entries (package.json's exports do not
    // name them): they give what addHolidaySchedule uses of the schema module (the holiday-year
    // schema, the parse options) chunks of their own. esbuild groups files by the entries that
    // reach them, and huashu/calendar reaches the pack schemas through schema/index.ts, so without
    // them these files shared the pack schemas' chunk and `huashu/calendar` bundled the pack schemas.
    entry: { ...tsupEntries(), 'schema/holiday': 'src/schema/holiday.ts', 'schema/messages': 'src/schema/messages.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    treeshake: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
    define,
  },
  {
    // The CLI: one ESM file with a shebang, run by Node. `yaml` (a devDependency) is bundled
    // into it so that reading YAML packs adds no runtime dependency to the library.
    // The audit command's batch mode runs its worker threads from their own file.
    entry: { 'cli/index': 'src/cli/index.ts', 'cli/audit-worker': 'src/cli/commands/audit-worker.ts' },
    noExternal: ['yaml'],
    format: ['esm'],
    dts: false,
    splitting: false,
    sourcemap: true,
    target: 'node20',
    // 'neutral' resolves yaml's ESM build (its 'node' build is CommonJS and would need require()).
    platform: 'neutral',
    external: [/^node:/],
    outDir: 'dist',
    define,
  },
]);

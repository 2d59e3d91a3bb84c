/**
 * Regenerates package.json's `exports` and `typesVersions` from the module folders (see
 * scripts/entries.ts). `--check` fails instead of writing, for CI.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { publicModules } from './entries.js';

const path = new URL('../package.json', import.meta.url);
const pkg = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

const entry = (base: string) => ({
  import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
  require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
});
const exportsMap: Record<string, unknown> = { '.': entry('index') };
const typesVersions: Record<string, string[]> = {};
for (const name of publicModules()) {
  exportsMap[`./${name}`] = entry(`${name}/index`);
  typesVersions[name] = [`./dist/${name}/index.d.ts`];
}
exportsMap['./pack.schema.json'] = './pack.schema.json';
exportsMap['./package.json'] = './package.json';

const next = { ...pkg, exports: exportsMap, typesVersions: { '*': typesVersions } };
const before = JSON.stringify(pkg, null, 2) + '\n';
const after = JSON.stringify(next, null, 2) + '\n';
if (process.argv.includes('--check')) {
  if (before !== after) {
    console.error('package.json exports are out of date with src/*/index.ts: run `npm run sync-package`');
    process.exit(1);
  }
} else if (before !== after) {
  writeFileSync(path, after);
  console.log('package.json: exports updated');
}

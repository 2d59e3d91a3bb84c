/**
 * The package's entry points, derived from the folder tree: every `src/<module>/index.ts` is a
 * public subpath `huashu/<module>` (except the private folders below), `src/index.ts` is `huashu`,
 * and `src/cli/index.ts` is the `huashu` binary. tsup, package.json's `exports` and the size
 * budgets are all generated from this one list.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../', import.meta.url).pathname;
// Internal modules: shared code reached through the public entries (errors, the vocabulary, locales,
// the cache) or Node-only readers (files); generated data.
const PRIVATE = new Set(['cli', 'generated', 'errors', 'vocab', 'locales', 'cache', 'files']);

/** Public module names (subpaths), sorted. */
export function publicModules(): string[] {
  const src = join(ROOT, 'src');
  return readdirSync(src)
    .filter((name) => !PRIVATE.has(name) && statSync(join(src, name)).isDirectory() && existsSync(join(src, name, 'index.ts')))
    .sort();
}

/** tsup entry map: output path (without extension) → source file. */
export function tsupEntries(): Record<string, string> {
  const entries: Record<string, string> = { index: 'src/index.ts' };
  for (const name of publicModules()) entries[`${name}/index`] = `src/${name}/index.ts`;
  return entries;
}

import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
// Imports nothing from src/: the locale list is written with it before any module that reads it loads.
const SRC = join(new URL('../../', import.meta.url).pathname, 'src');
export const GENERATED_DIR = join(SRC, 'generated');

/** The header every generated file starts with. */
export function banner(from: string): string {
  return `// This file is generated from ${from} by scripts/build-data.ts. Do not edit it by hand:\n// edit the data and run \`npm run data\`.\n/* eslint-disable */`;
}

/** A JSON literal (valid TypeScript) for emitted data. */
export function literal(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v === undefined ? undefined : v), 2);
}

/** Writes a file under src/generated/ only when its content changed (keeps watchers quiet). */
export function writeGenerated(relativePath: string, content: string): void {
  writeGeneratedIn(join(GENERATED_DIR, relativePath), content);
}

/**
 * Writes a generated file of a module's own (`src/<module>/<name>.generated.ts`, git-ignored)
 * only when its content changed: the locale list and definitions, which src/vocab and
 * src/locales own and read without depending on src/generated.
 */
export function writeGeneratedIn(path: string, content: string): void {
  if (!path.startsWith(GENERATED_DIR) && !path.endsWith('.generated.ts')) throw new Error(`${path}: a generated file outside src/generated/ is named *.generated.ts`);
  mkdirSync(dirname(path), { recursive: true });
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return;
  writeFileSync(path, content);
}

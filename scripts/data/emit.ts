import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './load.js';

export const GENERATED_DIR = join(ROOT, 'src/generated');

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
  const path = join(GENERATED_DIR, relativePath);
  mkdirSync(dirname(path), { recursive: true });
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return;
  writeFileSync(path, content);
}

/**
 * What the example tests share (TSDoc examples, README and guide examples): every public name of
 * the package in one scope, and running instrumented example code in it.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { expect } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;

/** Every public name: each module's index (not cli or generated), then the package's root. */
export async function publicScope(): Promise<Record<string, unknown>> {
  const scope: Record<string, unknown> = {};
  for (const dir of readdirSync(SRC)) {
    const index = join(SRC, dir, 'index.ts');
    if (dir === 'cli' || dir === 'generated') continue;
    try {
      statSync(index);
    } catch {
      continue;
    }
    Object.assign(scope, await import(index));
  }
  Object.assign(scope, await import(join(SRC, 'index.ts')));
  return scope;
}

/** Runs instrumented TypeScript (`__check(actual, expected)` calls) in `scope`, then asserts each check. */
export async function runChecked(code: string, scope: Record<string, unknown>): Promise<void> {
  const js = transformSync(code, { loader: 'ts', format: 'esm' }).code;
  const checks: Array<[unknown, unknown]> = [];
  const run = new Function('__check', ...Object.keys(scope), `return (async () => {\n${js}\n})();`) as (...args: unknown[]) => Promise<void>;
  await run((actual: unknown, expected: unknown) => checks.push([actual, expected]), ...Object.values(scope));
  for (const [actual, expected] of checks) expect(actual).toEqual(expected);
}

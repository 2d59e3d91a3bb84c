import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;
const NODE_ONLY = new Set(['cli', 'files']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

const BUILTIN = /from\s+['"](node:[^'"]+|fs|path|os|util|crypto|child_process|url|buffer|stream)['"]/;

describe('core code', () => {
  const core = readdirSync(SRC).filter((name) => !NODE_ONLY.has(name));
  it.each(core.flatMap((dir) => (statSync(join(SRC, dir)).isDirectory() ? files(join(SRC, dir)) : [join(SRC, dir)])).map((f) => [f.slice(SRC.length)]))(
    '%s imports no Node built-in (it runs in browsers and edge runtimes)',
    (file) => {
      expect(readFileSync(join(SRC, file), 'utf8')).not.toMatch(BUILTIN);
    },
  );

  it('has no default exports (named exports keep the CJS build clean)', () => {
    for (const file of files(SRC)) expect(readFileSync(file, 'utf8'), file).not.toMatch(/export default/);
  });
});

import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The source files an app's bundler keeps when it imports `names` from `module`. */
async function inputsOf(module: string, names: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: `import ${names} from './src/${module}/index.ts'; export const used = [${names.slice(1, -1)}];`, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return Object.entries(output.inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k)
    .sort();
}

describe('bundles', () => {
  it('fillTemplate carries the template engine only, no surname tables', async () => {
    expect(await inputsOf('template', '{ fillTemplate }')).toEqual([
      '<stdin>',
      'src/cache/lru.ts',
      'src/errors/huashu-error.ts',
      'src/template/fill-template.ts',
      'src/template/fill.ts',
      'src/template/parse.ts',
    ]);
  });
  it('fill still carries them (customer objects are addressed)', async () => {
    expect(await inputsOf('honorifics', '{ fill }')).toContain('src/generated/honorifics.ts');
  });
});

import { describe, expect, it } from 'vitest';
import { bundleOf } from '../bundle.js';

/** The source files an app's bundler keeps when it imports `names` from `module`. */
const inputsOf = async (module: string, names: string): Promise<string[]> =>
  (await bundleOf(`import ${names} from './src/${module}/index.ts'; export const used = [${names.slice(1, -1)}];`)).inputs;

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

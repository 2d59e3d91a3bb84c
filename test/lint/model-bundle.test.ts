import { describe, expect, it } from 'vitest';
import { bundleOf } from '../bundle.js';

/** The source files an app's bundler keeps for `code` (imports from the sources). */
const inputsOf = async (code: string): Promise<string[]> => (await bundleOf(code)).inputs;

describe('the learned lint model in bundles', () => {
  it('stays out of a bundle that only lints, and out of the root', async () => {
    const lintOnly = await inputsOf(`import { createLinter } from './src/lint/index.ts'; export const used = [createLinter];`);
    expect(lintOnly).toContain('src/lint/linter.ts');
    expect(lintOnly.filter((f) => f.includes('lint-model'))).toEqual([]);
    const root = await inputsOf(`export * from './src/index.ts';`);
    expect(root.filter((f) => f.includes('lint-model'))).toEqual([]);
  });

  it('comes with learnedModel', async () => {
    const both = await inputsOf(
      `import { createLinter } from './src/lint/index.ts'; import { learnedModel } from './src/lint-model/index.ts'; export const used = [createLinter, learnedModel];`,
    );
    expect(both.filter((f) => f.includes('lint-model'))).toEqual(['src/generated/lint-model.ts', 'src/lint-model/index.ts', 'src/lint-model/model.ts']);
  });
});

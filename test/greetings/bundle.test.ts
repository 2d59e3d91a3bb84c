import { describe, expect, it } from 'vitest';
import { bundleOf } from '../bundle.js';

describe('the greet bundle', () => {
  it('carries no template parser, fill engine, cache or schema: the built-in templates are parsed at build time', async () => {
    const { inputs } = await bundleOf(`import { greet } from './src/greetings/index.ts'; export const used = [greet];`);
    expect(inputs).toContain('src/template/parts.ts');
    for (const file of ['src/template/parse.ts', 'src/template/fill.ts', 'src/cache/lru.ts', 'src/calendar/add-schedule.ts']) expect(inputs).not.toContain(file);
    expect(inputs.filter((f) => f.startsWith('src/schema/') || f.includes('node_modules'))).toEqual([]);
  });
});

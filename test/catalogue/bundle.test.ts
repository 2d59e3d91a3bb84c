import { describe, expect, it } from 'vitest';
import { bundleOf } from '../bundle.js';
import { createSay, holdScenarios, closingScenarios, say as coreSay } from '../../src/catalogue/index.js';


describe('per-category catalogue imports', () => {
  it('say over two categories bundles those two, not the core pack', async () => {
    const { inputs, gzip } = await bundleOf(
      "import { createSay, holdScenarios, closingScenarios } from './src/catalogue/index.ts'; export const say = createSay(holdScenarios, closingScenarios);",
    );
    const data = inputs.filter((i) => i.startsWith('src/generated/'));
    expect(data).toEqual(['src/generated/catalogue/closing.ts', 'src/generated/catalogue/hold.ts', 'src/generated/honorifics.ts']);
    // Issue 22's aim: a say of about five scenarios in at most 15 kB gzip (measured ~10 kB).
    expect(gzip).toBeLessThan(15_000);
  });

  it('the core say still carries the whole catalogue', async () => {
    const { inputs } = await bundleOf("import { say } from './src/catalogue/index.ts'; export { say };");
    expect(inputs).toContain('src/generated/catalogue.ts');
    expect(inputs.filter((i) => i.startsWith('src/generated/catalogue/')).length).toBe(23);
  });

  it('says what the core say says', () => {
    const say = createSay(holdScenarios, closingScenarios);
    expect(say('hold.explain', { customer: '王女士' })).toBe(coreSay('hold.explain', { customer: '王女士' }));
    expect(say('hold.explain', { minutes: 3 }, { phrase: 'ask-minutes', locale: 'zh-HK' })).toBe(coreSay('hold.explain', { minutes: 3 }, { phrase: 'ask-minutes', locale: 'zh-HK' }));
    // @ts-expect-error greeting.answer is not among the categories given
    expect(() => say('greeting.answer')).toThrow(expect.objectContaining({ code: 'UNKNOWN_SCENARIO' }));
  });
});

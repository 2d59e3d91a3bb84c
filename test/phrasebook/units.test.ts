import { describe, expect, it } from 'vitest';
import { createPhrasebook, loadPack, PackValidationError, type PackInput } from '../../src/index.js';

const pack = (text: string, variable: Record<string, unknown>): PackInput => ({
  id: 'acme',
  scenarios: [
    {
      id: 'acme.eta',
      category: 'acme',
      title: { zh: '告知时效', en: 'Telling when' },
      when: { zh: '告知处理时效', en: 'Telling when it is done' },
      channels: ['chat'],
      phrases: [{ id: 'default', text, gloss: 'When', variables: { wait: variable } }],
      sources: ['003:37'],
    },
  ],
} as unknown as PackInput);

function messages(input: unknown): string[] {
  try {
    loadPack(input);
  } catch (error) {
    if (error instanceof PackValidationError) return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw error;
  }
  return [];
}

describe('a variable unit', () => {
  it('says a number with its unit in a team pack too', () => {
    const book = createPhrasebook({ packs: [pack('预计{wait}内回复您', { type: 'number', unit: 'hours', description: 'Hours' })] });
    expect((book.say as (id: string, vars: Record<string, unknown>) => string)('acme.eta', { wait: 3 })).toBe('预计3小时内回复您');
    expect((book.say as (id: string, vars: Record<string, unknown>) => string)('acme.eta', { wait: '半天' })).toBe('预计半天内回复您');
  });

  it('is refused where the text already writes it, or on a variable that is not a number', () => {
    expect(messages(pack('预计{wait}小时内回复您', { type: 'number', unit: 'hours', description: 'Hours' }))).toEqual([
      'scenarios.0.phrases.0.variables.wait.unit: the text already writes 小时 after {wait}: drop "unit", or the word',
    ]);
    expect(messages(pack('预计{wait}内回复您', { type: 'text', unit: 'days', description: 'When' }))).toEqual([
      'scenarios.0.phrases.0.variables.wait.unit: a unit is for number and duration variables ("wait" is text)',
    ]);
  });
});

describe('rule checks users get as the build does', () => {
  const rule = (id: string) => ({ id, severity: 'error', patterns: ['绝不'], message: { zh: '不要说', en: "Don't" } });
  it('refuses a rule id used twice in a pack', () => {
    expect(messages({ id: 'acme', rules: [rule('acme-no'), rule('acme-no')] })).toEqual(['rules.1.id: rule id "acme-no" is used twice']);
  });

  it('refuses an avoid id that names no rule of the packs merged', () => {
    const scenario = { ...(pack('预计{wait}内回复您', { type: 'number', description: 'Hours' }) as { scenarios: object[] }).scenarios[0], avoid: ['no-such-rule'] };
    expect(() => createPhrasebook({ packs: [{ id: 'acme', scenarios: [scenario] } as unknown as PackInput] })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ pack: 'acme', path: ['scenarios', 'acme.eta', 'avoid', 0], message: '"no-such-rule" is not a lint rule of the merged packs' })] }),
    );
    const withRule = { id: 'acme', rules: [rule('acme-no')], scenarios: [{ ...scenario, avoid: ['acme-no', 'no-speak-up'] }] } as unknown as PackInput;
    expect(createPhrasebook({ packs: [withRule] }).getScenario('acme.eta' as 'hold.explain').avoid).toEqual(['acme-no', 'no-speak-up']);
  });
});

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

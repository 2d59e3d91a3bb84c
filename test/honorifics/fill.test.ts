import { describe, expect, it } from 'vitest';
import { fill, MissingVariableError } from '../../src/honorifics/index.js';

describe('fill', () => {
  it('inserts a string address for {customer}', () => {
    expect(fill('很抱歉,{customer},请稍等', { customer: '王女士' })).toBe('很抱歉,王女士,请稍等');
  });
  it('uses the fallback of {name|fallback} when the variable is absent', () => {
    expect(fill('很抱歉,{customer|先生/女士},请稍等', {})).toBe('很抱歉,先生/女士,请稍等');
  });
  it('throws a MissingVariableError naming the variable and the phrase', () => {
    expect(() => fill('{customer}您好', {} as never, { phraseId: 'greeting.answer-call#default' })).toThrow(
      new MissingVariableError('customer', 'greeting.answer-call#default'),
    );
  });
  it('never expands braces inside a value', () => {
    expect(fill('{a}', { a: '{b}' })).toBe('{b}');
  });
});

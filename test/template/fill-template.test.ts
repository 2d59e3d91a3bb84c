import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHuashuError } from '../../src/errors/huashu-error.js';
import { fill } from '../../src/honorifics/index.js';
import { fillTemplate, MissingVariableError, TemplateSyntaxError, UnknownVariableError } from '../../src/template/index.js';

describe('fillTemplate', () => {
  it('fills text values like fill', () => {
    expect(fillTemplate('很抱歉,{customer},请稍等', { customer: '王女士' })).toBe('很抱歉,王女士,请稍等');
    expect(fillTemplate('{customer|您}好', { customer: '' })).toBe('您好');
    expect(fillTemplate('{{customer}} 是 {customer}', { customer: '您' })).toBe('{customer} 是 您');
    expect(fillTemplate('共{n}件', { n: 3 })).toBe('共3件');
    expect(fillTemplate('{x}', { x: '<b>' }, { escape: 'html' })).toBe('&lt;b&gt;');
    expect(fillTemplate('{x}' as string, {}, { missing: 'mark' })).toBe('⟦x⟧');
  });
  it('throws the same errors as fill', () => {
    expect(() => fillTemplate('{x}' as string, {})).toThrow(MissingVariableError);
    expect(() => fillTemplate('{x}', { x: 1, y: 2 }, { extraVariables: 'reject' })).toThrow(UnknownVariableError);
    expect(() => fillTemplate('{x' as string, {})).toThrow(TemplateSyntaxError);
  });
  it('rejects a customer object instead of addressing it', () => {
    let error: unknown;
    try {
      fillTemplate('{customer}您好' as string, { customer: { surname: '王', gender: 'female' } }, { phraseId: 'greeting.open#a' });
    } catch (e) {
      error = e;
    }
    expect(isHuashuError(error) && error.code).toBe('INVALID_ARGUMENT');
    expect((error as Error).message).toBe('{customer} in "greeting.open#a" got an object: fillTemplate inserts text only; address a customer with honorific() or use fill from huashu/honorifics');
    // Dates, arrays and class instances are not plain objects: String() as in fill.
    expect(fillTemplate('{x}' as string, { x: [1, 2] })).toBe('1,2');
  });
  it('agrees with fill on text values (property)', () => {
    const key = fc.constantFrom('a', 'b', 'customer');
    const part = fc.oneof(fc.string({ maxLength: 5 }).map((s) => s.replace(/[{}]/g, '')), key.map((k) => `{${k}}`), key.map((k) => `{${k}|备}`));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), fc.dictionary(key, fc.oneof(fc.string({ maxLength: 4 }), fc.integer())), (parts, vars) => {
        const template = parts.join('');
        const run = (f: () => string) => {
          try {
            return f();
          } catch (e) {
            return (e as Error).message;
          }
        };
        expect(run(() => fillTemplate(template as string, vars, { missing: 'mark' }))).toBe(run(() => fill(template as string, vars, { missing: 'mark' })));
      }),
    );
  });
});

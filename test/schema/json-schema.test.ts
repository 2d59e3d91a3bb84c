import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { packSchema } from '../../src/schema/index.js';

describe('the JSON Schema of a pack (for editors)', () => {
  const schema = z.toJSONSchema(packSchema, { io: 'input', unrepresentable: 'any', cycles: 'ref' }) as {
    properties: Record<string, unknown>;
    required: string[];
    additionalProperties: boolean;
  };

  it('describes every section of a pack and requires only its id', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(packSchema.shape).sort());
    expect(schema.required).toEqual(['id']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('carries the step kinds and channels so editors can complete them', () => {
    const text = JSON.stringify(schema);
    for (const word of ['"say"', '"wait"', '"ask"', '"branch"', '"action"', '"note"', '"phone"', '"in-person"']) expect(text).toContain(word);
  });
});

import { z } from 'zod';
import { STANDARD_UNITS } from '../vocab/index.js';
import { bilingualSchema, channelSchema, slugSchema, sourceSchema } from './common.js';

export { STANDARD_UNITS } from '../vocab/index.js';

/**
 * A measurable service standard: answer within 3 rings, first chat reply within 15 s, speak at
 * 180–200 字/分钟…
 */
export const standardSchema = z
  .strictObject({
    id: slugSchema,
    title: bilingualSchema,
    channels: z.array(channelSchema).min(1),
    unit: z.enum(STANDARD_UNITS),
    /** Lower bound, when the standard is a minimum or a range. */
    min: z.number().nonnegative().optional(),
    /** Upper bound, when the standard is a maximum or a range. */
    max: z.number().nonnegative().optional(),
    sources: z.array(sourceSchema).min(1),
  })
  .refine((s) => s.min !== undefined || s.max !== undefined, { error: 'a standard needs "min", "max" or both' })
  .refine((s) => s.min === undefined || s.max === undefined || s.min <= s.max, { error: '"min" must not exceed "max"' });
/** A validated service standard. */
export type Standard = z.output<typeof standardSchema>;

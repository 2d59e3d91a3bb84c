import * as z from 'zod/mini';
import { STANDARD_UNITS } from '../vocab/index.js';
import { bilingualSchema, channelSchema, quoteSchema, scenarioIdSchema, slugSchema, sourceSchema } from './common.js';

export { STANDARD_UNITS } from '../vocab/index.js';

/**
 * A service standard. Either measurable — answer within 3 rings, first chat reply within 15 s,
 * speak at 180–200 字/分钟 (`unit` with `min` and/or `max`) — or guidance stated in words — a
 * complaint-handling principle, a step of a procedure, a rule of chat work (`text`, no unit).
 * Each figure is carried as its source states it: when two sources differ, each has its own
 * standard.
 */
export const standardSchema = z
  .strictObject({
    id: slugSchema,
    title: bilingualSchema,
    channels: z.array(channelSchema).check(z.minLength(1)),
    unit: z.optional(z.enum(STANDARD_UNITS)),
    /** Lower bound, when the standard is a minimum or a range. */
    min: z.optional(z.number().check(z.nonnegative())),
    /** Upper bound, when the standard is a maximum or a range. */
    max: z.optional(z.number().check(z.nonnegative())),
    /** The guidance itself, when the standard is not a figure. */
    text: z.optional(bilingualSchema),
    /** A group the guidance belongs to, e.g. `complaint-principles`, `chat-rules`. */
    group: z.optional(slugSchema),
    /** Scenarios the standard applies to. */
    scenarios: z.optional(z.array(scenarioIdSchema)),
    sources: z.optional(z.array(sourceSchema)),
    /** The source text stated, verbatim. Authoring metadata, checked at build time. */
    source: z.optional(z.union([quoteSchema, z.array(quoteSchema).check(z.minLength(1))])),
  })
  .check(z.refine((s) => (s.unit === undefined ? s.text !== undefined && s.min === undefined && s.max === undefined : s.min !== undefined || s.max !== undefined), {
    error: 'a standard is either a figure ("unit" with "min", "max" or both) or guidance ("text", no unit)',
  }), z.refine((s) => s.min === undefined || s.max === undefined || s.min <= s.max, { error: '"min" must not exceed "max"' }));
/** A validated service standard. */
export type Standard = z.output<typeof standardSchema>;

import * as z from 'zod/mini';
import { bilingualSchema, channelSchema, noteSchema, scenarioIdSchema, slugSchema, sourceSchema } from './common.js';
import { phraseSchema } from './phrase.js';
import { stepListSchema } from './step.js';

/** A situation an agent meets, and what to say in it. */
export const scenarioSchema = z.strictObject({
  /** `category.situation`, e.g. `hold.explain`. Stable: apps call it. */
  id: scenarioIdSchema,
  /** The category (the part of the id before the dot). */
  category: slugSchema,
  /** A short title in Chinese and English. */
  title: bilingualSchema,
  /** The situation it applies to. */
  when: bilingualSchema,
  /** Channels this scenario occurs on. */
  channels: z.array(channelSchema).check(z.minLength(1)),
  /** What to say, first phrase being the default. */
  phrases: z.array(phraseSchema).check(z.minLength(1)),
  /** Ids of lint rules for what must not be said here (the sources' "don't say"). */
  avoid: z.optional(z.array(z.string())),
  /** Related scenario ids. */
  related: z.optional(z.array(scenarioIdSchema)),
  /** The procedure, when the sources give one. */
  steps: z.optional(stepListSchema),
  /** Guidance for the agent (intonation, what to check first…). */
  notes: z.optional(z.array(noteSchema)),
  /**
   * Where this scenario comes from: seed lines (`000:10-14`), URLs, or free text (a team's own
   * guide, a page number). Optional in users' packs; the built-in packs cite seed lines.
   */
  sources: z.optional(z.array(sourceSchema)),
});
/** A scenario as authored. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A validated scenario. */
export type Scenario = z.output<typeof scenarioSchema>;

import * as z from 'zod/mini';
import { bilingualSchema, channelSchema, noteSchema, phraseRefSchema, scenarioIdSchema, slugSchema, sourceSchema } from './common.js';
import { phraseSchema } from './phrase.js';
import { stepListSchema } from './step.js';

/**
 * A partial change to a scenario of an earlier pack: phrases are merged by phrase id (a phrase
 * with an existing id replaces it, a new id is appended); every other field given replaces the
 * earlier value.
 */
export const scenarioPatchSchema = z.strictObject({
  /** The id of the scenario to change; it must exist in an earlier pack. */
  id: scenarioIdSchema,
  title: z.optional(bilingualSchema),
  when: z.optional(bilingualSchema),
  channels: z.optional(z.array(channelSchema).check(z.minLength(1))),
  phrases: z.optional(z.array(phraseSchema)),
  related: z.optional(z.array(scenarioIdSchema)),
  steps: z.optional(stepListSchema),
  notes: z.optional(z.array(noteSchema)),
  /** Where the changed wording comes from (your style guide, a URL…); added to the scenario's sources. */
  sources: z.optional(z.array(sourceSchema)),
});
/** A partial change to an existing scenario. */
export type ScenarioPatch = z.output<typeof scenarioPatchSchema>;

/** What a pack removes from the packs before it. Removing something that does not exist is an error. */
export const removalSchema = z.strictObject({
  scenarios: z.optional(z.array(scenarioIdSchema)),
  /** Phrase references `scenario-id#phrase-id`. */
  phrases: z.optional(z.array(phraseRefSchema)),
  standards: z.optional(z.array(slugSchema)),
});
/** Removals of a pack. */
export type Removal = z.output<typeof removalSchema>;

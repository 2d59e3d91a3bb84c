import { z } from 'zod';
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
  title: bilingualSchema.optional(),
  when: bilingualSchema.optional(),
  channels: z.array(channelSchema).min(1).optional(),
  phrases: z.array(phraseSchema).optional(),
  related: z.array(scenarioIdSchema).optional(),
  steps: stepListSchema.optional(),
  notes: z.array(noteSchema).optional(),
  /** Where the changed wording comes from (your style guide, a URL…); added to the scenario's sources. */
  sources: z.array(sourceSchema).optional(),
});
/** A partial change to an existing scenario. */
export type ScenarioPatch = z.output<typeof scenarioPatchSchema>;

/** What a pack removes from the packs before it. Removing something that does not exist is an error. */
export const removalSchema = z.strictObject({
  scenarios: z.array(scenarioIdSchema).optional(),
  /** Phrase references `scenario-id#phrase-id`. */
  phrases: z.array(phraseRefSchema).optional(),
  standards: z.array(slugSchema).optional(),
});
/** Removals of a pack. */
export type Removal = z.output<typeof removalSchema>;

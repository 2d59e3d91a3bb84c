import { z } from 'zod';
import { bilingualSchema, slugSchema } from './common.js';
import { scenarioSchema } from './scenario.js';
import { removalSchema, scenarioPatchSchema } from './patch.js';
import { standardSchema } from './standard.js';
import { packGreetingsSchema } from './greetings.js';
import { holidayYearSchema } from './holiday.js';
import { rulesSchema } from './rule.js';
import { auditSectionSchema } from './audit.js';

/**
 * A phrase pack: the unit of data huashu ships (the core pack, the domain packs) and that teams
 * write to extend it. Every section is optional so that a pack can add only what it needs.
 */
export const packSchema = z.strictObject({
  /** The JSON Schema this file follows, for editors (`./node_modules/huashu/pack.schema.json`); ignored. */
  $schema: z.string().optional(),
  /** Kebab-case pack id, e.g. `core`, `grocery`, `acme-bank`. */
  id: slugSchema,
  /** Human name and description. */
  title: bilingualSchema.optional(),
  /** Ids of the packs this one builds on (applied before it). */
  extends: z.array(slugSchema).optional(),
  /** Default values of variables (`brand`, `hotline`…), applied when `say` is not given them. */
  defaults: z.record(z.string(), z.string()).optional(),
  /** Scenarios to add; one with the id of an earlier pack's scenario replaces it whole. */
  scenarios: z.array(scenarioSchema).optional(),
  /** Partial changes to earlier packs' scenarios (wording, channels, steps…). */
  patches: z.array(scenarioPatchSchema).optional(),
  /** What to take out of the earlier packs. */
  remove: removalSchema.optional(),
  /** Service standards to add or replace (by id). */
  standards: z.array(standardSchema).optional(),
  /** Greeting occasions (a company anniversary, 双十一) and wording changes (see docs/greetings.md). */
  greetings: packGreetingsSchema.optional(),
  /** Lint rules to add or replace (by id): phrases agents must not say. */
  rules: rulesSchema.optional(),
  /** Transcript checks (质检): phrase sets, checks and the pass mark (see docs/audit.md). */
  audit: auditSectionSchema.optional(),
  /**
   * Published statutory holiday schedules (a State Council notice, one year each, the shape of
   * data/calendar/holidays/<year>.yaml): `createPhrasebook` adds them with `addHolidaySchedule`,
   * for the whole app (the calendar is one), before the phrasebook is returned.
   */
  holidays: z.array(holidayYearSchema).max(50).optional(),
});
/** A pack as authored (before defaults are applied). */
export type PackInput = z.input<typeof packSchema>;
/** A validated pack. */
export type Pack = z.output<typeof packSchema>;

/** One data file's worth of a pack: the same sections, without the pack's identity. */
export const packFragmentSchema = packSchema.omit({ id: true, title: true, extends: true, defaults: true }).partial();

/** The header of a pack folder (`pack.yaml`): identity and defaults. */
export const packHeaderSchema = packSchema.pick({ $schema: true, id: true, title: true, extends: true, defaults: true });
/** A fragment of a pack, as one YAML file holds it. */
export type PackFragment = z.output<typeof packFragmentSchema>;

import * as z from 'zod/mini';
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
  $schema: z.optional(z.string()),
  /** Kebab-case pack id, e.g. `core`, `grocery`, `acme-bank`. */
  id: slugSchema,
  /** Human name and description. */
  title: z.optional(bilingualSchema),
  /** Ids of the packs this one builds on (applied before it). */
  extends: z.optional(z.array(slugSchema)),
  /** Default values of variables (`brand`, `hotline`…), applied when `say` is not given them. */
  defaults: z.optional(z.record(z.string(), z.string())),
  /** Scenarios to add; one with the id of an earlier pack's scenario replaces it whole. */
  scenarios: z.optional(z.array(scenarioSchema)),
  /** Partial changes to earlier packs' scenarios (wording, channels, steps…). */
  patches: z.optional(z.array(scenarioPatchSchema)),
  /** What to take out of the earlier packs. */
  remove: z.optional(removalSchema),
  /** Service standards to add or replace (by id). */
  standards: z.optional(z.array(standardSchema)),
  /** Greeting occasions (a company anniversary, 双十一) and wording changes (see docs/greetings.md). */
  greetings: z.optional(packGreetingsSchema),
  /** Lint rules to add or replace (by id): phrases agents must not say. */
  rules: z.optional(rulesSchema),
  /** Transcript checks (质检): phrase sets, checks and the pass mark (see docs/audit.md). */
  audit: z.optional(auditSectionSchema),
  /**
   * Published statutory holiday schedules (a State Council notice, one year each, the shape of
   * data/calendar/holidays/<year>.yaml): `createPhrasebook` adds them with `addHolidaySchedule`,
   * for the whole app (the calendar is one), before the phrasebook is returned.
   */
  holidays: z.optional(z.array(holidayYearSchema).check(z.maxLength(50))),
});
/** A pack as authored (before defaults are applied). */
export type PackInput = z.input<typeof packSchema>;
/** A validated pack. */
export type Pack = z.output<typeof packSchema>;

/** One data file's worth of a pack: the same sections, without the pack's identity. */
export const packFragmentSchema = z.partial(z.omit(packSchema, { id: true, title: true, extends: true, defaults: true }));

/** The header of a pack folder (`pack.yaml`): identity and defaults. */
export const packHeaderSchema = z.pick(packSchema, { $schema: true, id: true, title: true, extends: true, defaults: true });
/** A fragment of a pack, as one YAML file holds it. */
export type PackFragment = z.output<typeof packFragmentSchema>;

import * as z from 'zod/mini';
import { templateProblem } from '../template/internal.js';
import { CHANNELS, GREETING_REGIONS, GREETING_SOURCES } from '../vocab/index.js';
import { bilingualSchema, derivedLocaleShape, slugSchema, sourceSchema } from './common.js';

/**
 * Text of a greeting in simplified Chinese (traditional derived), or per locale when the derived
 * text is wrong or unidiomatic: `{ 'zh-CN': '早上好', 'zh-TW': '早安' }`.
 */
export const greetingTextSchema = z.union([
  z.string().check(z.minLength(1)),
  z.strictObject({ 'zh-CN': z.string().check(z.minLength(1)), ...derivedLocaleShape(z.string().check(z.minLength(1))) }),
]);
/** A greeting text: simplified Chinese, or per locale. */
export type GreetingText = z.output<typeof greetingTextSchema>;

/** A greeting text that is a template: it may fill only `allowed` placeholders and must fill `required`. */
function templateTextSchema(allowed: readonly string[], required: readonly string[] = allowed) {
  return greetingTextSchema.check(z.superRefine((value, ctx) => {
    for (const text of typeof value === 'string' ? [value] : Object.values(value)) {
      const problem = typeof text === 'string' ? templateProblem(text, allowed, required) : undefined;
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
    }
  }));
}

export { GREETING_REGIONS, GREETING_SOURCES } from '../vocab/index.js';

const HH_MM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const MM_DD = /^(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** A salutation for a festival or a holiday period: a wish, or `null` for "no festive wish", with why. */
const wishEntrySchema = z.strictObject({
  /** The calendar's festival or statutory-holiday id. */
  id: slugSchema,
  /** The wish, or `null`: the day gets no festive wish and the ordinary greeting applies. */
  salutation: z.nullable(greetingTextSchema),
  /** Only for customers of these regions (default: every region). */
  regions: z.optional(z.array(z.enum(GREETING_REGIONS)).check(z.minLength(1))),
  /** Only when the customer is known to be of this gender (e.g. 妇女节). */
  gender: z.optional(z.enum(['female', 'male'])),
  /** Why this wording (or why none), in Chinese and English. */
  why: z.optional(bilingualSchema),
  sources: z.optional(z.array(sourceSchema)),
});

/** Wishes on the working days next to a statutory break: the last before it, the first after it. */
const breakEntrySchema = z.strictObject({
  /** The statutory holiday id (`spring-festival`). */
  id: slugSchema,
  /** On the last working day before the break. */
  before: z.optional(greetingTextSchema),
  /** On the first working day after the break. */
  after: z.optional(greetingTextSchema),
  why: z.optional(bilingualSchema),
  sources: z.optional(z.array(sourceSchema)),
});

/** A channel's opening line after the salutation, without and with the brand's name. */
const channelWordingSchema = z.strictObject({
  body: templateTextSchema([]),
  /** With `{brand}`, used when a brand is known. */
  withBrand: templateTextSchema(['brand']),
  sources: z.optional(z.array(sourceSchema)),
});

/** A time-of-day slot: from `from` (local `HH:MM`, inclusive) to the next slot's start. */
const slotSchema = z.strictObject({
  id: slugSchema,
  from: z.string().check(z.regex(HH_MM, { error: 'must be a 24-hour local time "HH:MM"' })),
  salutation: greetingTextSchema,
  sources: z.optional(z.array(sourceSchema)),
});

/**
 * The built-in greeting data (`data/greetings/*.yaml`): the precedence of salutation sources,
 * time-of-day slots, wishes for festivals and statutory holiday periods, and each channel's
 * opening line.
 */
export const greetingsDataSchema = z.strictObject({
  /** Sources of a salutation, highest first; the first that applies wins. */
  precedence: z.array(z.enum(GREETING_SOURCES)).check(z.minLength(1)),
  /** Time-of-day slots, in ascending `from`; the last one runs past midnight to the first. */
  slots: z
    .array(slotSchema)
    .check(z.minLength(1), z.refine((slots) => slots.every((s, i) => i === 0 || s.from > slots[i - 1]!.from), { error: 'slots must be in ascending "from" order' })),
  birthday: z.strictObject({ salutation: greetingTextSchema, sources: z.optional(z.array(sourceSchema)) }),
  /** Statutory holiday periods (mainland days off, not 调休 working days). */
  holidays: z.strictObject({
    /** The wish for a holiday period not listed in `entries`. */
    default: greetingTextSchema,
    entries: z.array(wishEntrySchema),
    sources: z.optional(z.array(sourceSchema)),
  }),
  /** Festivals: a wish on the day itself. Festivals not listed get none. */
  festivals: z.array(wishEntrySchema),
  /** Wishes on the last working day before a break and the first after it (mainland customers). */
  breaks: z.optional(z.array(breakEntrySchema)),
  /** Each channel's opening line. */
  channels: z.strictObject(Object.fromEntries(CHANNELS.map((c) => [c, channelWordingSchema])) as Record<(typeof CHANNELS)[number], typeof channelWordingSchema>),
  /** The channel used when none is given. */
  defaultChannel: z.enum(CHANNELS),
  /** How the salutation is written: `{wish}` alone, and with `{customer}` addressed. */
  salutation: z.strictObject({ plain: templateTextSchema(['wish']), withCustomer: templateTextSchema(['customer', 'wish']) }),
});
/** The built-in greeting data as authored. */
export type GreetingsData = z.output<typeof greetingsDataSchema>;

/** A team's own occasion on a fixed date every year: a company anniversary, 双十一 (11-11). */
export const greetingOccasionSchema = z.strictObject({
  id: slugSchema,
  /** Its name, reported in `reason.holiday.name`. */
  name: z.string().check(z.minLength(1)),
  /** `MM-DD`, in the customer's time zone. */
  date: z
    .string()
    .check(z.regex(MM_DD, { error: 'must be a month and day "MM-DD", e.g. "11-11"' }), z.refine((md) => Number(md.slice(3)) <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Number(md.slice(0, 2)) - 1]!, { error: 'no month has that day (02-30, 04-31…)' })),
  salutation: greetingTextSchema,
});
/** A team's own greeting occasion. */
export type GreetingOccasion = z.output<typeof greetingOccasionSchema>;

/** A greeting wish by id; `null` means "no festive wish" (the ordinary greeting applies). */
const wishMapSchema = z.record(slugSchema, z.nullable(greetingTextSchema));

/** Changes to the built-in greeting wording, given in a pack or to `createGreeter`. */
export const greetingWordingSchema = z.strictObject({
  /** Time-of-day salutations by slot id (`morning`, `forenoon`, `noon`, `afternoon`, `evening`). */
  slots: z.optional(z.record(slugSchema, greetingTextSchema)),
  birthday: z.optional(greetingTextSchema),
  /** Wishes by festival id (`mid-autumn: 中秋节快乐`, `christmas: null`). */
  festivals: z.optional(wishMapSchema),
  /** Wishes by statutory holiday id, for the holiday period. */
  holidays: z.optional(wishMapSchema),
  /** The wish for other holiday periods. */
  holidayDefault: z.optional(greetingTextSchema),
  /** Wishes around breaks by statutory holiday id: `before` (last working day before), `after` (first after); `null` removes one. */
  breaks: z.optional(z.record(slugSchema, z.strictObject({ before: z.optional(z.nullable(greetingTextSchema)), after: z.optional(z.nullable(greetingTextSchema)) }))),
  /** Opening lines by channel. */
  channels: z.optional(z.partialRecord(z.enum(CHANNELS), z.strictObject({ body: z.optional(templateTextSchema([])), withBrand: z.optional(templateTextSchema(['brand'])) }))),
});
/** Changes to the greeting wording. */
export type GreetingWording = z.output<typeof greetingWordingSchema>;

/** The `greetings` section of a pack: the team's occasions and wording changes. */
export const packGreetingsSchema = z.strictObject({
  occasions: z.optional(z.array(greetingOccasionSchema)),
  wording: z.optional(greetingWordingSchema),
});
/** A pack's greetings section. */
export type PackGreetings = z.output<typeof packGreetingsSchema>;

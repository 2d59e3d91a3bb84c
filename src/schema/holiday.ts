import * as z from 'zod/mini';
import { STATUTORY_HOLIDAY_IDS } from '../vocab/index.js';

/** Ids of mainland statutory holidays (法定节假日), including 2015's one-off 抗战胜利纪念日. */
export const STATUTORY_IDS = STATUTORY_HOLIDAY_IDS;

// Written with zod/mini so that addHolidaySchedule (huashu/calendar) validates a published
// schedule with the very schema the built-in data is checked with at build time, without
// bundling zod's classic API; packs embed it in their (classic) schema as `holidays`.
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));
const span = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(\.\.\d{4}-\d{2}-\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD'));
const text = z.string().check(z.minLength(1), z.maxLength(2000));

/**
 * A sentence quoted from a notice (`'2月15日至23日放假调休，共9天。2月14日（周六）、2月28日（周六）上班。'`),
 * from the year's first notice or, as `{ notice, text }`, from another one (an amendment).
 */
export const holidayQuoteSchema = z.union([text, z.strictObject({ notice: z.number().check(z.int(), z.minimum(0), z.maximum(20)), text })]);

/** One holiday of a schedule: its days off (days and `from..to` spans) and 调休 working days. */
export const holidayEntrySchema = z.strictObject({
  id: z.enum(STATUTORY_IDS),
  off: z.array(span).check(z.minLength(1), z.maxLength(20)),
  work: z.optional(z.array(isoDate).check(z.maxLength(20))),
  /** The notice's own sentence(s) for this holiday; required in the built-in data, where the build reads the days from them and checks every day. */
  quote: z.optional(z.array(holidayQuoteSchema).check(z.minLength(1), z.maxLength(5))),
});

/**
 * One year's statutory holiday schedule as published by the State Council: the built-in data
 * (data/calendar/holidays/<year>.yaml), a schedule an app adds at run time
 * (`addHolidaySchedule`), and a pack's `holidays` section all use this schema.
 */
export const holidayYearSchema = z.strictObject({
  year: z.number().check(z.int(), z.minimum(2000), z.maximum(2100)),
  notices: z
    .array(
      z.strictObject({
        title: text,
        number: z.optional(text),
        issued: z.optional(isoDate),
        url: z.url(),
        note: z.optional(text),
      }),
    )
    .check(z.minLength(1), z.maxLength(20)),
  holidays: z.array(holidayEntrySchema).check(z.minLength(1), z.maxLength(20)),
});

/** A parsed holiday-year file. */
export type HolidayYear = z.output<typeof holidayYearSchema>;
/** A schedule as given (the input of `addHolidaySchedule`). */
export type HolidayYearInput = z.input<typeof holidayYearSchema>;

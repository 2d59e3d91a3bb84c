import { z } from 'zod';
import { STATUTORY_HOLIDAY_IDS } from '../vocab/index.js';

/** Ids of mainland statutory holidays (法定节假日), including 2015's one-off 抗战胜利纪念日. */
export const STATUTORY_IDS = STATUTORY_HOLIDAY_IDS;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const span = z.string().regex(/^\d{4}-\d{2}-\d{2}(\.\.\d{4}-\d{2}-\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD');

/** One year's statutory holiday schedule as published by the State Council (data/calendar/holidays/<year>.yaml). */
export const holidayYearSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  notices: z
    .array(
      z.strictObject({
        title: z.string().min(1),
        number: z.string().min(1).optional(),
        issued: isoDate.optional(),
        url: z.url(),
        note: z.string().min(1).optional(),
      }),
    )
    .min(1),
  holidays: z
    .array(
      z.strictObject({
        id: z.enum(STATUTORY_IDS),
        off: z.array(span).min(1),
        work: z.array(isoDate).optional(),
      }),
    )
    .min(1),
});

/** A parsed holiday-year file. */
export type HolidayYear = z.output<typeof holidayYearSchema>;

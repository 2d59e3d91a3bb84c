import { festivalsOn, statutoryOn, type Festival, type StatutoryDay } from './holidays.js';
import { checkRange } from './lunar.js';
import { breakNextTo, isWorkday, scheduleChanges } from './schedule.js';
import { civilOfDay, isoOf } from './time.js';

/** What the calendar says of a civil day, as greet reads it. */
export interface DayFacts {
  /** Days since 1970-01-01. */
  readonly dn: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** `'YYYY-MM-DD'`. */
  readonly date: string;
  /** Festivals and observances of the day (the north's 小年). */
  readonly festivals: readonly Festival[];
  /** The statutory holiday or 调休 status (mainland). */
  readonly statutory: StatutoryDay | null;
  /** Whether people work that day (mainland schedules, else the weekday). */
  readonly workday: boolean;
  /** On a working day, the holiday index of the break before the next working day, else -1. */
  readonly breakAfter: number;
  /** On a working day, the holiday index of the break since the previous working day, else -1. */
  readonly breakBefore: number;
}

/** The last day asked, and the schedule changes it was computed with. */
let last: DayFacts | undefined;
let computedAt = -1;

/**
 * The facts of a day (its day number): computed once, then kept while the same day is asked and
 * no schedule is added or removed, so that greetings on one day (a server's "today") cost a
 * comparison. One day is kept: the cache cannot grow.
 *
 * @throws HuashuError `DATE_OUT_OF_RANGE` outside 1900-01-31 … 2100-12-31
 */
export function dayFacts(dn: number): DayFacts {
  if (last !== undefined && last.dn === dn && computedAt === scheduleChanges()) return last;
  const [year, month, day] = civilOfDay(dn);
  const date = isoOf(year, month, day);
  checkRange(dn, date);
  const workday = isWorkday(dn);
  computedAt = scheduleChanges();
  return (last = {
    dn,
    year,
    month,
    day,
    date,
    festivals: festivalsOn(dn, year, month, day),
    statutory: statutoryOn(dn, year, month),
    workday,
    breakAfter: workday ? breakNextTo(dn, 1) : -1,
    breakBefore: workday ? breakNextTo(dn, -1) : -1,
  });
}

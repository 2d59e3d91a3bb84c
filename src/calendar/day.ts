import { festivalsOn, statutoryOn, type Festival, type StatutoryDay } from './holidays.js';
import { checkRange } from './lunar.js';
import { breakNextTo, isWorkday, scheduleChanges } from './schedule.js';
import { civilOfDay, isoOf } from './time.js';

/**
 * What the calendar says of a civil day, as greet reads it. The date string and the breaks are
 * read by few greetings (a birthday or an occasion; a mainland working day that reaches
 * around-break in the precedence), so they are computed when first read, through
 * {@link dateOf} and {@link breakNext}, and kept here: a new day's greeting
 * allocates no date string and walks no days it does not need.
 */
export interface DayFacts {
  /** Days since 1970-01-01. */
  readonly dn: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Festivals and observances of the day (the north's 小年). */
  readonly festivals: readonly Festival[];
  /** The statutory holiday or 调休 status (mainland). */
  readonly statutory: StatutoryDay | null;
  /** Whether people work that day (mainland schedules, else the weekday). */
  readonly workday: boolean;
  /** {@link dateOf} once read. */
  iso: string | undefined;
  /** {@link breakNext} once read (step 1, step -1); -2 until then. */
  after: number;
  before: number;
}

/** `'YYYY-MM-DD'` of the day. */
export function dateOf(facts: DayFacts): string {
  return (facts.iso ??= isoOf(facts.year, facts.month, facts.day));
}

/**
 * On a working day, the holiday index of the break before the next working day (step 1) or since
 * the previous one (step -1), else -1.
 */
export function breakNext(facts: DayFacts, step: 1 | -1): number {
  const key = step === 1 ? 'after' : 'before';
  return facts[key] === -2 ? (facts[key] = facts.workday ? breakNextTo(facts.dn, step) : -1) : facts[key];
}

/** The last day asked, and the schedule changes it was computed with. */
let last: DayFacts | undefined;
let computedAt = -1;

/**
 * The facts of a day (its day number): computed once, then kept while the same day is asked and
 * no schedule is added or removed, so that greetings on one day (a server's "today") cost a
 * comparison. One day is kept: the cache cannot grow. (The lazy fields are read in the call that
 * got the facts, or later only while this still returns them: with the same schedules.)
 *
 * @throws HuashuError `DATE_OUT_OF_RANGE` outside 1900-01-31 … 2100-12-31
 */
export function dayFacts(dn: number): DayFacts {
  if (last !== undefined && last.dn === dn && computedAt === scheduleChanges()) return last;
  const [year, month, day] = civilOfDay(dn);
  checkRange(dn);
  const workday = isWorkday(dn);
  computedAt = scheduleChanges();
  return (last = {
    dn,
    year,
    month,
    day,
    festivals: festivalsOn(dn, year, month, day),
    statutory: statutoryOn(dn, year, month),
    workday,
    iso: undefined,
    after: -2,
    before: -2,
  });
}

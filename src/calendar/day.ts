import { festivalsOn, statutoryOn, type Festival, type StatutoryDay } from './holidays.js';
import { checkRange, inRange } from './lunar.js';
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

/**
 * The facts of one day. `date` and the breaks are read by few greetings (a birthday or an
 * occasion; a mainland working day that reaches around-break in the precedence), so they are
 * computed when first read: a new day's greeting allocates no date string and walks no days it
 * does not need. They are read in the same synchronous call that made the facts, or later only
 * while {@link dayFacts} still returns this object (the schedule unchanged).
 */
class Day implements DayFacts {
  readonly festivals: readonly Festival[];
  readonly statutory: StatutoryDay | null;
  readonly workday: boolean;
  /** `date` once read. */
  private iso: string | undefined = undefined;
  /** The breaks once read; -2 = not yet. */
  private after = -2;
  private before = -2;

  constructor(
    readonly dn: number,
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {
    this.workday = isWorkday(dn);
    this.festivals = festivalsOn(dn, year, month, day);
    this.statutory = statutoryOn(dn, year, month);
  }

  get date(): string {
    return (this.iso ??= isoOf(this.year, this.month, this.day));
  }

  get breakAfter(): number {
    if (this.after === -2) this.after = this.workday ? breakNextTo(this.dn, 1) : -1;
    return this.after;
  }

  get breakBefore(): number {
    if (this.before === -2) this.before = this.workday ? breakNextTo(this.dn, -1) : -1;
    return this.before;
  }
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
  const civil = civilOfDay(dn); // (read by index: destructuring runs the iterator protocol)
  // (the date string only for the error)
  if (!inRange(dn)) checkRange(dn, isoOf(civil[0], civil[1], civil[2]));
  last = new Day(dn, civil[0], civil[1], civil[2]);
  computedAt = scheduleChanges();
  return last;
}

import { NOTICE_OF, SCHEDULE_FIXES, STATUTORY_YEARS } from '../generated/calendar-holidays.js';
import { provisionalSchedule } from './rules.js';
import { civilOfDay, dayNumber } from './time.js';

/**
 * The statutory schedules by year, in three layers: a schedule an app added at run time
 * (`addHolidaySchedule`, a pack's `holidays`), the built-in notices 2007–2026, and for later years
 * the provisional schedule computed from the rules. A year's schedule is one of them, whole.
 * Schedules are data: this module holds no validation, so greet bundles only the lookup.
 */

/** A State Council notice a year's schedule comes from. */
export interface HolidayNotice {
  readonly year: number;
  readonly title: string;
  /** The document number (文号), when recorded. */
  readonly number?: string;
  /** The date the notice was issued (`'YYYY-MM-DD'`), when recorded. */
  readonly issued?: string;
  readonly url: string;
  readonly note?: string;
}

/** One year's schedule: day number → code (holiday index × 2, + 1 on a day off). */
export interface YearSchedule {
  readonly layer: 'added' | 'official' | 'provisional';
  readonly days: ReadonlyMap<number, number>;
  /** The notices of an added year (the built-in ones are read from the generated data by holidayOn, so that greet does not bundle them). */
  readonly notices: readonly HolidayNotice[];
  /** Index into `notices` of the notice each holiday (by index) comes from; absent: the first. */
  readonly noticeOf: ReadonlyMap<number, number>;
}

const added = new Map<number, YearSchedule>();
/** Counts changes to the added schedules, so that what was computed from them can tell it is stale. */
let changes = 0;
const builtIn = new Map<number, YearSchedule>();
const provisional = new Map<number, YearSchedule>();

/** Makes `schedule` the schedule of `year` (a validated, published schedule added at run time). */
export function setSchedule(year: number, schedule: YearSchedule | undefined): void {
  changes++;
  if (schedule === undefined) added.delete(year);
  else added.set(year, schedule);
}

/** How many times the added schedules have changed (a day's facts computed before a change are stale). */
export const scheduleChanges = (): number => changes;

/** Years with a schedule added at run time, ascending. */
export function addedYears(): number[] {
  return [...added.keys()].sort((a, b) => a - b);
}

/**
 * A built-in year: the provisional schedule the rules give it, changed where its notice differs
 * (the data build writes only those changes, so the bundle carries the rules once and no second
 * copy of what they already say).
 */
function builtInYear(year: number): YearSchedule {
  let s = builtIn.get(year);
  if (s === undefined) {
    const days = provisionalSchedule(year);
    const fixes = SCHEDULE_FIXES[year - STATUTORY_YEARS.first]!;
    for (let i = 0, start = dayNumber(year, 1, 1); i < fixes.length; i += 3) {
      start += fixes[i]!;
      const code = fixes[i + 2]!;
      for (let d = start; d < start + fixes[i + 1]!; d++) {
        if (code < 0) days.delete(d);
        else days.set(d, code);
      }
    }
    const noticeOf = new Map<number, number>();
    for (let j = 0; j < NOTICE_OF.length; j += 3) if (NOTICE_OF[j] === year) noticeOf.set(NOTICE_OF[j + 1]!, NOTICE_OF[j + 2]!);
    builtIn.set(year, (s = { layer: 'official', days, notices: [], noticeOf }));
  }
  return s;
}

/**
 * The schedule of a year: added at run time, else built in (2007–2026), else provisional (after
 * the last built-in year, to 2100); `undefined` before 2007.
 */
export function scheduleOf(year: number): YearSchedule | undefined {
  const a = added.get(year);
  if (a !== undefined) return a;
  if (year >= STATUTORY_YEARS.first && year <= STATUTORY_YEARS.last) return builtInYear(year);
  if (year < STATUTORY_YEARS.first || year > 2100) return undefined;
  let p = provisional.get(year);
  if (p === undefined) provisional.set(year, (p = { layer: 'provisional', days: provisionalSchedule(year), notices: [], noticeOf: new Map() }));
  return p;
}

/** What the schedules say of a day: its code, and the year whose schedule says it. */
export interface ScheduleEntry {
  readonly code: number;
  readonly year: number;
  readonly schedule: YearSchedule;
}

/**
 * The schedule entry of a day (its day number, year and month), if any. A December day may be in
 * the next year's schedule (its 元旦 break or 调休 day) or in its own year's.
 */
export function entryOn(dn: number, year: number, month: number): ScheduleEntry | undefined {
  for (let y = month === 12 ? year + 1 : year; y >= year; y--) {
    const schedule = scheduleOf(y);
    const code = schedule?.days.get(dn);
    if (code !== undefined && (y === year || code >> 1 === 0)) return { code, year: y, schedule: schedule! };
  }
  return undefined;
}

/**
 * The year {@link codeOn} read last: its days [from, to), its 1 December, and its schedule and
 * the next year's (read for December days only), valid while no schedule is added or removed.
 * Whether a day is worked and the breaks next to it read a run of days of one year: one civil
 * date and one schedule lookup, not one each a day.
 */
const lastYear = { from: 0, to: 0, december: 0, changes: -1, own: undefined as YearSchedule | undefined, next: null as YearSchedule | undefined | null };

/** The code the schedules give a day (as {@link entryOn}, without building the entry), or -1. */
function codeOn(dn: number): number {
  if (!(dn >= lastYear.from && dn < lastYear.to && lastYear.changes === changes)) {
    const y = civilOfDay(dn)[0];
    lastYear.from = dayNumber(y, 1, 1);
    lastYear.to = dayNumber(y + 1, 1, 1);
    lastYear.december = dayNumber(y, 12, 1);
    lastYear.changes = changes;
    lastYear.own = scheduleOf(y);
    lastYear.next = null;
  }
  if (dn >= lastYear.december) {
    // December days of 元旦 belong to the next year's schedule
    if (lastYear.next === null) lastYear.next = scheduleOf(civilOfDay(dn)[0] + 1);
    const code = lastYear.next?.days.get(dn);
    if (code !== undefined && code >> 1 === 0) return code;
  }
  return lastYear.own?.days.get(dn) ?? -1;
}

/** Whether a day is a working day, given its code (-1: no schedule entry, the weekday decides). */
const worked = (dn: number, code: number): boolean => {
  const w = ((dn % 7) + 11) % 7;
  return code === -1 ? w !== 0 && w !== 6 : (code & 1) === 0;
};

/** Whether people work on a day, by the schedules and the weekday. */
export function isWorkday(dn: number): boolean {
  return worked(dn, codeOn(dn));
}

/**
 * The break between a working day and the next (`step` 1) or previous (`step` -1) working day:
 * the holiday index of the first statutory day off met, or -1 when only weekends (or nothing) lie
 * between them.
 */
export function breakNextTo(dn: number, step: 1 | -1): number {
  for (let d = dn + step, n = 0; n < 21; d += step, n++) {
    const code = codeOn(d);
    if (worked(d, code)) return -1;
    if (code !== -1) return code >> 1;
  }
  return -1;
}

import { HuashuError } from '../errors/index.js';
import { holidayYearSchema, PARSE_OPTIONS, type HolidayYear, type HolidayYearInput } from '../schema/index.js';
import { addedYears, setSchedule, type HolidayNotice } from './schedule.js';
import { scheduleDays, type ScheduleIssue } from './schedule-days.js';
import { shown } from './time.js';

export type { ScheduleIssue } from './schedule-days.js';

/** A holiday schedule that does not validate: every problem with its path. */
export class ScheduleValidationError extends HuashuError {
  readonly year: unknown;
  readonly issues: readonly ScheduleIssue[];

  constructor(year: unknown, issues: readonly ScheduleIssue[]) {
    const lines = issues.slice(0, 20).map((i) => `  ${i.path.length === 0 ? '(root)' : i.path.join('.')}: ${i.message}`);
    if (issues.length > 20) lines.push(`  … and ${issues.length - 20} more`);
    super('INVALID_SCHEDULE', `Invalid holiday schedule for ${shown(year)} (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    this.year = year;
    this.issues = issues;
  }
}

/**
 * Checks a schedule as the data build checks the built-in years: the schema (the data's own),
 * then its days ({@link scheduleDays}). Returns the schedule's codes and its parsed value, or the
 * issues.
 */
export function checkSchedule(year: number, input: unknown): { days: Map<number, number>; noticeOf: Map<number, number>; value: HolidayYear } | ScheduleIssue[] {
  const parsed = holidayYearSchema.safeParse(input, PARSE_OPTIONS);
  if (!parsed.success) return parsed.error.issues.map((i) => ({ path: i.path.map((k) => (typeof k === 'symbol' ? String(k) : k)), message: i.message }));
  const checked = scheduleDays(year, parsed.data);
  return Array.isArray(checked) ? checked : { ...checked, value: parsed.data };
}

/**
 * Adds a year's statutory holiday schedule at run time, so that an app greets and counts
 * working days right the day a State Council notice is published, without waiting for a new
 * huashu release. The schedule has the shape of the built-in data files
 * (data/calendar/holidays/<year>.yaml): `year`, `notices` (title, url, number, issued), and
 * `holidays` with `off` days or spans and `work` (调休) days. It is validated with the same schema
 * and checks; it then replaces that year's schedule, built-in or provisional: `holidayOn` and
 * `greet` report its days as `official: true`, `layer: 'added'`, citing its notice.
 *
 * @param year - the year the schedule is for (2000–2100)
 * @param schedule - the schedule; its `year`, when given, must be `year`
 * @throws ScheduleValidationError (`INVALID_SCHEDULE`) listing every problem with its path
 * @example
 * ```ts
 * addHolidaySchedule(2027, {
 *   notices: [{ title: '国务院办公厅关于2027年部分节假日安排的通知', url: 'https://www.gov.cn/' }],
 *   holidays: [{ id: 'spring-festival', off: ['2027-02-05..2027-02-13'], work: ['2027-02-20'] }],
 * });
 * holidayOn('2027-02-13').statutory?.official; //=> true
 * holidayOn('2027-02-13').layer; //=> 'added'
 * removeHolidaySchedule(2027);
 * holidayOn('2027-02-13').layer; //=> 'provisional'
 * ```
 */
export function addHolidaySchedule(year: number, schedule: Omit<HolidayYearInput, 'year'> & { readonly year?: number }): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new ScheduleValidationError(year, [{ path: [], message: 'the year must be an integer 2000–2100' }]);
  const input = typeof schedule === 'object' && schedule !== null && !Array.isArray(schedule) ? { year, ...schedule } : schedule;
  const checked = checkSchedule(year, input);
  if (Array.isArray(checked)) throw new ScheduleValidationError(year, checked);
  setSchedule(year, {
    layer: 'added',
    days: checked.days,
    // own, defined fields only: the notices are handed out as they are
    notices: checked.value.notices.map((n) => JSON.parse(JSON.stringify({ year, ...n })) as HolidayNotice),
    noticeOf: checked.noticeOf,
  });
}

/**
 * Removes a schedule added with {@link addHolidaySchedule}: the year goes back to the built-in
 * or provisional schedule.
 *
 * @param year - the year
 * @returns whether a schedule was removed
 * @example
 * ```ts
 * removeHolidaySchedule(2031); //=> false
 * ```
 */
export function removeHolidaySchedule(year: number): boolean {
  const had = addedYears().includes(year);
  setSchedule(year, undefined);
  return had;
}

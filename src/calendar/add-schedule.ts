import { HuashuError } from '../errors/index.js';
import { holidayYearSchema, PARSE_OPTIONS, STATUTORY_IDS, type HolidayYearInput } from '../schema/index.js';
import { addedYears, setSchedule, type HolidayNotice } from './schedule.js';
import { dayNumber, shown, weekdayOfDay } from './time.js';

/** One problem of a schedule: where (`['holidays', 1, 'off', 0]`) and what. */
export interface ScheduleIssue {
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}

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

const dayOf = (iso: string): number => {
  const dn = dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
  // 02-31 and 13-01 come back as another day: not a date
  const back = new Date(dn * 86_400_000).toISOString().slice(0, 10);
  return back === iso ? dn : NaN;
};

/**
 * Checks a schedule as the data build checks the built-in years: the schema, then real dates,
 * spans that run forwards within 16 days, every day in the year (or, for 元旦, the December
 * before), no day listed twice, 调休 working days on a Saturday or Sunday, quoted notices that
 * exist. Returns the schedule's codes (day number → holiday index × 2, + 1 off) or the issues.
 */
export function checkSchedule(year: number, input: unknown): { days: Map<number, number>; noticeOf: Map<number, number>; value: ReturnType<typeof holidayYearSchema.parse> } | ScheduleIssue[] {
  const parsed = holidayYearSchema.safeParse(input, PARSE_OPTIONS);
  if (!parsed.success) return parsed.error.issues.map((i) => ({ path: i.path.map((k) => (typeof k === 'symbol' ? String(k) : k)), message: i.message }));
  const value = parsed.data;
  const issues: ScheduleIssue[] = [];
  if (value.year !== year) issues.push({ path: ['year'], message: `is ${value.year}, but the schedule is added for ${year}` });
  const days = new Map<number, number>();
  const noticeOf = new Map<number, number>();
  const first = dayNumber(year - 1, 12, 1);
  const last = dayNumber(year, 12, 31);
  value.holidays.forEach((h, hi) => {
    const index = STATUTORY_IDS.indexOf(h.id);
    const claim = (dn: number, code: number, path: Array<string | number>) => {
      if (!(dn >= (index === 0 ? first : dayNumber(year, 1, 1)) && dn <= last)) issues.push({ path, message: `is not a day of ${year}${index === 0 ? ' or its December before' : ''}` });
      else if (days.has(dn)) issues.push({ path, message: 'is listed twice' });
      else days.set(dn, code);
    };
    h.off.forEach((span, si) => {
      const [a, b = a] = span.split('..') as [string, string?];
      const from = dayOf(a);
      const to = dayOf(b);
      if (!(to >= from && to - from <= 15)) issues.push({ path: ['holidays', hi, 'off', si], message: 'must be real days; a span runs forwards and spans at most 16 days' });
      else for (let d = from; d <= to; d++) claim(d, index * 2 + 1, ['holidays', hi, 'off', si]);
    });
    (h.work ?? []).forEach((w, wi) => {
      const dn = dayOf(w);
      const weekday = weekdayOfDay(dn);
      if (Number.isNaN(dn)) issues.push({ path: ['holidays', hi, 'work', wi], message: 'is not a real day' });
      else if (weekday !== 0 && weekday !== 6) issues.push({ path: ['holidays', hi, 'work', wi], message: 'a 调休 working day must be a Saturday or Sunday' });
      else claim(dn, index * 2, ['holidays', hi, 'work', wi]);
    });
    const quoted = h.quote?.at(-1);
    if (typeof quoted === 'object') {
      if (quoted.notice >= value.notices.length) issues.push({ path: ['holidays', hi, 'quote', h.quote!.length - 1, 'notice'], message: `there is no notice ${quoted.notice}` });
      else if (quoted.notice !== 0) noticeOf.set(index, quoted.notice);
    }
  });
  return issues.length > 0 ? issues : { days, noticeOf, value };
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

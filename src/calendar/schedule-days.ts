import type { HolidayYear } from '../schema/index.js';
import { STATUTORY_HOLIDAY_IDS } from '../vocab/index.js';
import { dayNumber, weekdayOfDay } from './time.js';

/** One problem of a schedule: where (`['holidays', 1, 'off', 0]`) and what. */
export interface ScheduleIssue {
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}

const dayOf = (iso: string): number => {
  const dn = dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
  // 02-31 and 13-01 come back as another day: not a date
  const back = new Date(dn * 86_400_000).toISOString().slice(0, 10);
  return back === iso ? dn : NaN;
};

/**
 * Checks the days of a schedule that its schema accepted (`holidayYearSchema`), as the data build
 * checks the built-in years: real dates, spans that run forwards within 16 days, every day in the
 * year (or, for 元旦, the December before), no day listed twice, 调休 working days on a Saturday or
 * Sunday, quoted notices that exist. Returns the schedule's codes (day number → holiday index × 2,
 * + 1 off) or the issues. Schedules are data: this holds no schema, so that what reads the
 * calendar (greet) loads no validation runtime; `checkSchedule` runs the schema first.
 */
export function scheduleDays(year: number, value: HolidayYear): { days: Map<number, number>; noticeOf: Map<number, number> } | ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  if (value.year !== year) issues.push({ path: ['year'], message: `is ${value.year}, but the schedule is added for ${year}` });
  const days = new Map<number, number>();
  const noticeOf = new Map<number, number>();
  const first = dayNumber(year - 1, 12, 1);
  const last = dayNumber(year, 12, 31);
  value.holidays.forEach((h, hi) => {
    const index = STATUTORY_HOLIDAY_IDS.indexOf(h.id);
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
  return issues.length > 0 ? issues : { days, noticeOf };
}


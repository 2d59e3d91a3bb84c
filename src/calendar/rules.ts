import { STATUTORY_HOLIDAY_IDS } from '../vocab/index.js';
import { lunarDayNumber } from './lunar.js';
import { qingmingDay } from './terms.js';
import { dayNumber, weekdayOfDay } from './time.js';

/**
 * The rules of 全国年节及纪念日放假办法 as in force each year, and the provisional schedule they
 * give a year before its notice is published.
 *
 * Statutory days (法定节假日, 3× pay) by the version in force:
 * - 1999 version (to 2007): 元旦 1; 春节 初一–初三; 劳动节 5-1…5-3; 国庆 10-1…10-3.
 * - 2007 version (2008–2013): 元旦; 春节 除夕–初二; 清明; 劳动节 5-1; 端午; 中秋; 国庆 10-1…10-3.
 * - 2013 version (2014–2024): as 2008 but 春节 初一–初三.
 * - 2024 version (2025–): 春节 除夕–初三 (4 days); 劳动节 5-1, 5-2 (2 days); the rest as before.
 */

/** Holiday ids by index, as the schedules code them (index × 2 + 1 off, index × 2 a 调休 working day). */
export const HOLIDAY_IDS = STATUTORY_HOLIDAY_IDS;
export type HolidayIndex = number;

/** First day (正月初一) of the lunar year that starts in Gregorian `year`. */
const newYearOf = (year: number) => lunarDayNumber(year, 1, 1);

/**
 * The statutory days (法定节假日) of holiday `h` (index into {@link HOLIDAY_IDS}) in `year`, by the
 * version of the rules in force that year, as day numbers.
 */
export function statutoryDays(h: HolidayIndex, year: number): number[] {
  const d = (m: number, day: number) => dayNumber(year, m, day);
  const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
  switch (h) {
    case 0:
      return [d(1, 1)];
    case 1: {
      const first = newYearOf(year);
      return year >= 2025 ? range(first - 1, 4) : year >= 2014 || year < 2008 ? range(first, 3) : range(first - 1, 3);
    }
    case 2:
      return year < 2008 ? [] : [d(4, qingmingDay(year))];
    case 3:
      return range(d(5, 1), year < 2008 ? 3 : year >= 2025 ? 2 : 1);
    case 4:
      return year < 2008 ? [] : [lunarDayNumber(year, 5, 5)];
    case 5:
      return year < 2008 ? [] : [lunarDayNumber(year, 8, 15)];
    case 6:
      return range(d(10, 1), 3);
    default:
      return year === 2015 ? [d(9, 3)] : [];
  }
}

/** The holiday's own day (元旦, 春节 初一, 清明, 5-1, 端午, 中秋, 10-1, 9-3), or NaN when it has none that year. */
export function festivalDay(h: HolidayIndex, year: number): number {
  if (h === 1) return newYearOf(year);
  if (h === 2) return dayNumber(year, 4, qingmingDay(year));
  return statutoryDays(h, year)[0] ?? NaN;
}

const isWeekend = (dn: number) => {
  const w = weekdayOfDay(dn);
  return w === 0 || w === 6;
};

/**
 * The provisional schedule of a year without a notice, from the rules in force that year (see
 * docs/calendar.md, "Provisional years"), as day number → code (index × 2 + 1 off, index × 2 a
 * 调休 working day). The method, in the words of the 2024 reform's principles:
 * - 春节 runs from 除夕: 8 days (7 before 2025); 国庆 7 days from 10-1, 8 when 中秋 falls
 *   within 9-29…10-8 (one break from the earlier of the two); from 2025 劳动节 is the 5 days
 *   holding 5-1 and 5-2 with the most weekend days (from 5-1 on a tie).
 * - 元旦, 清明, 端午, 中秋 (and 劳动节 before 2025) join the weekend into 3 days: a Monday or Tuesday
 *   holiday from the Saturday or Sunday before, a Thursday or Friday one to the Sunday or
 *   Saturday after, a weekend one with the Monday; a Wednesday one is that day alone.
 * - A break needs as many 调休 working days as its days exceed its statutory days (counted per
 *   holiday) and weekend days. They are weekend days outside it: the nearest first, then the
 *   nearest on the other side, alternating; a day between two rest days only together with the
 *   other day of its weekend; none that makes a run of more than 6 working days (7 before 2025).
 *   Weekend days touching a break that stay rest days join it.
 *
 * The built-in years 2007–2026 are stored as what their notices change in this function's result
 * (src/generated/calendar-holidays.ts): after changing it, run `npm run data`.
 */
export function provisionalSchedule(year: number): Map<number, number> {
  const codes = new Map<number, number>();
  const maxRun = year >= 2025 ? 6 : 7;
  const breaks: Array<{ start: number; length: number; holidays: number[]; main: number }> = [];
  const small = (h: number, day: number) => {
    const w = weekdayOfDay(day);
    // Sun…Sat: where a 3-day break starts relative to the holiday (Wednesday: the day alone)
    const start = day + [-1, -2, -2, 0, 0, 0, 0][w]!;
    breaks.push({ start, length: w === 3 ? 1 : 3, holidays: [h], main: h });
  };
  small(0, dayNumber(year, 1, 1));
  breaks.push({ start: newYearOf(year) - 1, length: year >= 2025 ? 8 : 7, holidays: [1], main: 1 });
  small(2, dayNumber(year, 4, qingmingDay(year)));
  if (year >= 2025) {
    // the 5 days holding 5-1 and 5-2 with the most weekend days (the latest on a tie)
    const may = dayNumber(year, 5, 1);
    let start = may;
    const weekends = (s: number) => [0, 1, 2, 3, 4].filter((i) => isWeekend(s + i)).length;
    for (let s = may - 1; s >= may - 3; s--) if (weekends(s) > weekends(start)) start = s;
    breaks.push({ start, length: 5, holidays: [3], main: 3 });
  }
  else small(3, dayNumber(year, 5, 1));
  small(4, lunarDayNumber(year, 5, 5));
  const midAutumn = lunarDayNumber(year, 8, 15);
  const october = dayNumber(year, 10, 1);
  if (midAutumn >= october - 2 && midAutumn <= october + 7) breaks.push({ start: Math.min(midAutumn, october), length: 8, holidays: [6, 5], main: 6 });
  else {
    small(5, midAutumn);
    breaks.push({ start: october, length: 7, holidays: [6], main: 6 });
  }
  breaks.sort((a, b) => a.start - b.start);
  const working = (dn: number) => {
    const c = codes.get(dn);
    return c === undefined ? !isWeekend(dn) : (c & 1) === 0;
  };
  const run = (dn: number) => {
    let n = 1;
    for (let d = dn - 1; working(d) && n <= maxRun; d--) n++;
    for (let d = dn + 1; working(d) && n <= maxRun; d++) n++;
    return n;
  };
  for (const b of breaks) {
    const end = b.start + b.length;
    // statutory days are counted per holiday: 中秋 on 10-1…10-3 still adds its day (2009, 2020)
    let statutory = 0;
    for (const h of b.holidays) for (const d of statutoryDays(h, year)) if (d >= b.start && d < end) statutory++;
    let weekend = 0;
    for (let d = b.start; d < end; d++) {
      if (codes.has(d)) continue; // a day already given to an earlier break
      if (isWeekend(d)) weekend++;
      // the holiday's own statutory days carry its id; the other days the break's main holiday
      let id = b.main;
      for (const h of b.holidays) if (statutoryDays(h, year).includes(d)) id = h;
      codes.set(d, id * 2 + 1);
    }
    let swaps = b.length - statutory - weekend;
    // A weekend day outside the break becomes a working day: nearest first, then alternating
    // sides; one between two rest days only with the other day of its weekend; none that makes a
    // run of more than maxRun working days.
    const take = (d: number): number => {
      if (!isWeekend(d) || codes.has(d)) return 0;
      const partner = weekdayOfDay(d) === 6 ? d + 1 : d - 1;
      const days = working(d - 1) || working(d + 1) ? [d] : swaps >= 2 && !codes.has(partner) ? [d, partner] : [];
      for (const x of days) codes.set(x, b.main * 2);
      if (days.length > 0 && run(d) <= maxRun) return days.length;
      for (const x of days) codes.delete(x);
      return 0;
    };
    const nearest = (sides: readonly number[]): number => {
      for (let distance = 1; distance <= 21; distance++) {
        for (const side of sides) {
          const n = take(side < 0 ? b.start - distance : end - 1 + distance);
          if (n > 0) return side * n;
        }
      }
      return 0;
    };
    let side = 0;
    while (swaps > 0) {
      const got = (side !== 0 ? nearest([side]) : 0) || nearest([-1, 1]);
      if (got === 0) break;
      swaps -= Math.abs(got);
      side = got < 0 ? 1 : -1;
    }
    // rest days touching the break join it
    for (let d = b.start - 1; isWeekend(d) && !codes.has(d); d--) codes.set(d, b.main * 2 + 1);
    for (let d = end; isWeekend(d) && !codes.has(d); d++) codes.set(d, b.main * 2 + 1);
  }
  return codes;
}

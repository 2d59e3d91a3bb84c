import { NOTICES, SCHEDULE, STATUTORY_YEARS } from '../generated/calendar-holidays.js';
import { checkRange, lunarOfDay, type CalendarOptions } from './lunar.js';
import { qingmingDay, solarTermOn, type SolarTerm } from './terms.js';
import { civilDay, civilOfDay, DEFAULT_TIME_ZONE, isoOf, weekdayOfDay, type DateInput } from './time.js';

import { STATUTORY_HOLIDAY_IDS, type FestivalId, type StatutoryHolidayId } from '../vocab/index.js';

export type { FestivalId, StatutoryHolidayId } from '../vocab/index.js';

/** A statutory holiday a day belongs to: an off day (`off: true`) or a 调休 working day (`off: false`). */
export interface StatutoryDay {
  readonly id: StatutoryHolidayId;
  readonly name: string;
  /** `true` on a day off, `false` on a 调休 make-up working day. */
  readonly off: boolean;
  /** `true` when taken from a published State Council notice; `false` when derived from the fixed rules (year not yet published). */
  readonly official: boolean;
}

/** A festival or observance. */
export interface Festival {
  readonly id: FestivalId;
  readonly name: string;
}

/** What a civil day is in mainland China. */
export interface HolidayInfo {
  /** `'YYYY-MM-DD'` in the requested time zone. */
  readonly date: string;
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday: number;
  /** The statutory holiday this day is an off day or a 调休 working day of, else `null`. */
  readonly statutory: StatutoryDay | null;
  /** Whether people work that day (a 调休 Saturday is `true`, a holiday Monday `false`). */
  readonly workday: boolean;
  /** Traditional festivals and Gregorian observances on that day. */
  readonly festivals: readonly Festival[];
  /** The solar term starting that day, else `null`. */
  readonly solarTerm: SolarTerm | null;
}

/** Options of {@link holidayOn}. */
export interface HolidayOptions extends CalendarOptions {
  /** 小年: `'north'` (腊月廿三, the default) or `'south'` (腊月廿四). */
  readonly xiaonian?: 'north' | 'south';
}

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

const STATUTORY: readonly StatutoryHolidayId[] = STATUTORY_HOLIDAY_IDS;
/**
 * Festivals in the order holidayOn lists them: id, name, and the day, as lunar month × 100 + day
 * negated (never in a leap month) or Gregorian month × 100 + day; 除夕, 小年 and 清明 have rules.
 */
const FESTIVALS: ReadonlyArray<readonly [id: FestivalId, name: string, day?: number]> = [
  ['chuxi', '除夕'],
  ['spring-festival', '春节', -101],
  ['lantern', '元宵节', -115],
  ['dragon-boat', '端午节', -505],
  ['qixi', '七夕节', -707],
  ['mid-autumn', '中秋节', -815],
  ['double-ninth', '重阳节', -909],
  ['laba', '腊八节', -1208],
  ['xiaonian', '小年'],
  ['qingming', '清明节'],
  ['new-year', '元旦', 101],
  ['womens-day', '妇女节', 308],
  ['labour-day', '劳动节', 501],
  ['youth-day', '青年节', 504],
  ['childrens-day', '儿童节', 601],
  ['army-day', '建军节', 801],
  ['teachers-day', '教师节', 910],
  ['national-day', '国庆节', 1001],
  ['christmas', '圣诞节', 1225],
];

// A statutory holiday is named as its festival (元旦, 春节, 清明节…), except the one-off 2015 day.
const statutoryName = (id: StatutoryHolidayId): string =>
  id === 'victory-day' ? '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日' : FESTIVALS.find((f) => f[0] === id)![1];

let index: Map<number, number> | undefined;

/** day number → idIndex * 2 + (off ? 1 : 0), from the published schedules. */
function published(): Map<number, number> {
  if (index === undefined) {
    index = new Map();
    let start = 0;
    for (let i = 0; i < SCHEDULE.length; i += 3) {
      start += SCHEDULE[i]!;
      for (let d = start; d < start + SCHEDULE[i + 1]!; d++) index.set(d, SCHEDULE[i + 2]!);
    }
  }
  return index;
}

/** The fixed rules (全国年节及纪念日放假办法, as amended for 2025): which holiday, if any, a day is off for. */
function byRule(dn: number, year: number, month: number, day: number): StatutoryHolidayId | undefined {
  const solar = month * 100 + day;
  if (solar === 101) return 'new-year';
  if (solar === 501 || solar === 502) return 'labour-day';
  if (solar >= 1001 && solar <= 1003) return 'national-day';
  if (month === 4 && day === qingmingDay(year)) return 'qingming';
  const l = lunarOfDay(dn);
  const lunar = l.leap ? 0 : l.month * 100 + l.day;
  if (lunar >= 101 && lunar <= 103) return 'spring-festival';
  if (lunar === 505) return 'dragon-boat';
  if (lunar === 815) return 'mid-autumn';
  // 除夕, the last day of the year, joined the 春节 holiday in 2025.
  const next = lunarOfDay(dn + 1);
  return next.month === 1 && next.day === 1 && !next.leap ? 'spring-festival' : undefined;
}

/**
 * Tells what a day is in mainland China: the statutory holiday and 调休 status from the State
 * Council's published schedules (2007 … {@link STATUTORY_RANGE}`.last`), or from the fixed rules
 * with `official: false` for later years; traditional festivals, Gregorian observances and the
 * solar term. Before 2007 `statutory` is `null` and `workday` follows the weekday.
 *
 * @param at - a `Date`, epoch milliseconds or ISO string (`'YYYY-MM-DD'` is a date in `timeZone`)
 * @param options - `timeZone` (default `'Asia/Shanghai'`), `xiaonian` convention
 * @returns the day's {@link HolidayInfo}
 * @throws HuashuError `INVALID_DATE`, `UNKNOWN_TIME_ZONE`, or `DATE_OUT_OF_RANGE` outside 1900-01-31 … 2100-12-31
 * @example
 * ```ts
 * holidayOn('2026-02-14').workday; //=> true
 * holidayOn('2026-02-14').statutory; //=> { id: 'spring-festival', name: '春节', off: false, official: true }
 * holidayOn('2026-02-16T16:30:00Z').festivals; //=> [{ id: 'spring-festival', name: '春节' }]
 * holidayOn('2026-04-05').solarTerm; //=> { id: 'qingming', name: '清明' }
 * holidayOn('2030-10-02').statutory?.official; //=> false
 * ```
 */
export function holidayOn(at: DateInput, options: HolidayOptions = {}): HolidayInfo {
  const dn = civilDay(at, options.timeZone ?? DEFAULT_TIME_ZONE);
  const [year, month, day] = civilOfDay(dn);
  const date = isoOf(year, month, day);
  checkRange(dn, date);
  const weekday = weekdayOfDay(dn);
  const statutory = statutoryOn(dn, year, month, day);
  return {
    date,
    weekday,
    statutory,
    workday: statutory === null ? weekday !== 0 && weekday !== 6 : !statutory.off,
    festivals: festivalsOn(dn, year, month, day, options.xiaonian),
    solarTerm: solarTermOn(year, month, day),
  };
}

/**
 * The statutory holiday or 调休 status of a range-checked day (its day number and date): from the
 * published schedule, or from the fixed rules (`official: false`) after the last published year.
 */
export function statutoryOn(dn: number, year: number, month: number, day: number): StatutoryDay | null {
  const code = published().get(dn);
  if (code !== undefined) {
    const id = STATUTORY[code >> 1]!;
    return { id, name: statutoryName(id), off: (code & 1) === 1, official: true };
  }
  const id = year > STATUTORY_YEARS.last ? byRule(dn, year, month, day) : undefined;
  return id === undefined ? null : { id, name: statutoryName(id), off: true, official: false };
}

/** The festivals and observances of a range-checked day (its day number and date). */
export function festivalsOn(dn: number, year: number, month: number, day: number, xiaonian?: 'north' | 'south'): Festival[] {
  const l = lunarOfDay(dn);
  const lunar = l.leap ? 0 : -(l.month * 100 + l.day);
  let eve = false;
  if (lunar <= -1201) {
    const next = lunarOfDay(dn + 1);
    eve = next.month === 1 && next.day === 1;
  }
  const festivals: Festival[] = [];
  for (const [id, name, on] of FESTIVALS) {
    const today =
      on !== undefined
        ? on === lunar || on === month * 100 + day
        : id === 'chuxi'
          ? eve
          : id === 'xiaonian'
            ? lunar === (xiaonian === 'south' ? -1224 : -1223)
            : month === 4 && day === qingmingDay(year);
    if (today) festivals.push({ id, name });
  }
  return festivals;
}

/**
 * The State Council notices a year's statutory schedule comes from (empty for a year not covered).
 *
 * @param year - a Gregorian year
 * @returns the notices, main notice first
 * @example
 * ```ts
 * statutoryNotices(2025)[0]?.number; //=> '国办发明电〔2024〕12号'
 * statutoryNotices(2026)[0]?.issued; //=> '2025-11-04'
 * statutoryNotices(2099); //=> []
 * ```
 */
export function statutoryNotices(year: number): readonly HolidayNotice[] {
  return NOTICES.filter((n) => n.year === year);
}

/** First and last years whose statutory schedule is published data (`official: true`). */
export const STATUTORY_RANGE: { readonly first: number; readonly last: number } = STATUTORY_YEARS;

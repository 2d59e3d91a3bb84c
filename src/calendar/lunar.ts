import { HuashuError } from '../errors/index.js';
import { LUNAR_YEARS } from './tables.js';
import { civilDay, dayNumber, DEFAULT_TIME_ZONE, isoOfDay, shown, type DateInput } from './time.js';

/** A date of the Chinese lunisolar calendar (农历). */
export interface LunarDate {
  /** The lunar year (the Gregorian year in which its 正月初一 falls). */
  readonly year: number;
  /** 1–12; a leap month has the number of the month it follows. */
  readonly month: number;
  /** 1–30 */
  readonly day: number;
  /** `true` in a leap month (闰月). */
  readonly leap: boolean;
  /** `'正月'`, `'闰四月'`, `'冬月'`, `'腊月'`… */
  readonly monthName: string;
  /** `'初一'`, `'十五'`, `'廿九'`, `'三十'`… */
  readonly dayName: string;
}

/** Options of calendar functions that read a moment. */
export interface CalendarOptions {
  /** IANA time zone in which the calendar date is decided; default `'Asia/Shanghai'`. */
  readonly timeZone?: string;
}

/** First and last supported Gregorian days. */
export const CALENDAR_RANGE = { from: '1900-01-31', to: '2100-12-31' } as const;

const FIRST_YEAR = 1900;
const EPOCH = dayNumber(1900, 1, 31);
const LAST_DAY = dayNumber(2100, 12, 31);
const MONTHS = ['正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊'];
const DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const TENS = ['初', '十', '廿', '三'];

let yearStarts: Int32Array | undefined;

function starts(): Int32Array {
  if (yearStarts === undefined) {
    const s = new Int32Array(LUNAR_YEARS.length + 1);
    s[0] = EPOCH;
    for (let i = 0; i < LUNAR_YEARS.length; i++) s[i + 1] = s[i]! + yearLength(LUNAR_YEARS[i]!);
    yearStarts = s;
  }
  return yearStarts;
}

function yearLength(code: number): number {
  const months = (code & 15) === 0 ? 12 : 13;
  let n = 29 * months;
  for (let bits = code >> 4; bits !== 0; bits &= bits - 1) n++;
  return n;
}

/** Chinese name of a lunar month. */
export function monthNameOf(month: number, leap: boolean): string {
  return `${leap ? '闰' : ''}${MONTHS[month - 1]!}月`;
}

/** Chinese name of a lunar day. */
export function dayNameOf(day: number): string {
  if (day === 10) return '初十';
  if (day === 20) return '二十';
  if (day === 30) return '三十';
  return TENS[Math.floor(day / 10)]! + DIGITS[(day - 1) % 10]!;
}

/** Checks that a day number is within the supported range (`what`: the day as the error names it, its date by default). */
export function checkRange(dn: number, what?: string): void {
  if (!(dn >= EPOCH && dn <= LAST_DAY)) {
    throw new HuashuError('DATE_OUT_OF_RANGE', `${what ?? isoOfDay(dn)} is outside the supported range ${CALENDAR_RANGE.from} … ${CALENDAR_RANGE.to}.`);
  }
}

/** A lunar date without its Chinese names: what festival and holiday rules read. */
export type LunarDay = Pick<LunarDate, 'year' | 'month' | 'day' | 'leap'>;

const cache = { dn: NaN, value: undefined as unknown as LunarDay };
const named = { dn: NaN, value: undefined as unknown as LunarDate };

/** Lunar date of a day number (already range-checked), without names (cached for the last day). */
export function lunarOfDay(dn: number): LunarDay {
  if (dn === cache.dn) return cache.value;
  const s = starts();
  let i = Math.min(LUNAR_YEARS.length - 1, Math.floor((dn - EPOCH) / 365.2422));
  while (s[i]! > dn) i--;
  while (s[i + 1]! <= dn) i++;
  const code = LUNAR_YEARS[i]!;
  const leapMonth = code & 15;
  let offset = dn - s[i]!;
  let pos = 0;
  for (;;) {
    const len = (code >> (4 + pos)) & 1 ? 30 : 29;
    if (offset < len) break;
    offset -= len;
    pos++;
  }
  const leap = leapMonth !== 0 && pos === leapMonth;
  const month = leapMonth !== 0 && pos >= leapMonth ? pos : pos + 1;
  const day = offset + 1;
  const value: LunarDay = { year: FIRST_YEAR + i, month, day, leap };
  cache.dn = dn;
  cache.value = value;
  return value;
}

/** Number of days of a lunar month, or 0 when there is no such month. */
export function lunarMonthLength(year: number, month: number, leap: boolean): number {
  const code = LUNAR_YEARS[year - FIRST_YEAR];
  if (code === undefined) return 0;
  const pos = monthPosition(code, month, leap);
  return pos < 0 ? 0 : (code >> (4 + pos)) & 1 ? 30 : 29;
}

function monthPosition(code: number, month: number, leap: boolean): number {
  const leapMonth = code & 15;
  if (leap) return leapMonth === month ? month : -1;
  return leapMonth !== 0 && month > leapMonth ? month : month - 1;
}

/**
 * Day number of a lunar date (year 1900–2100, month and day already checked): what fromLunar and
 * the holiday rules (春节, 端午, 中秋) read.
 */
export function lunarDayNumber(year: number, month: number, day: number, leap = false): number {
  const code = LUNAR_YEARS[year - FIRST_YEAR]!;
  const pos = monthPosition(code, month, leap);
  let dn = starts()[year - FIRST_YEAR]!;
  for (let p = 0; p < pos; p++) dn += (code >> (4 + p)) & 1 ? 30 : 29;
  return dn + day - 1;
}

/**
 * Converts a moment to the Chinese lunar calendar (农历), 1900-01-31 … 2100-12-31. The calendar
 * date is decided in `timeZone` (default Beijing time) with `Intl`, never the host's time zone.
 *
 * @param at - a `Date`, epoch milliseconds or ISO string (`'YYYY-MM-DD'` is a date in `timeZone`)
 * @param options - `timeZone`
 * @returns the lunar year, month, day, leap flag and Chinese names (a frozen object)
 * @throws HuashuError `INVALID_DATE`, `UNKNOWN_TIME_ZONE`, or `DATE_OUT_OF_RANGE` outside 1900-01-31 … 2100-12-31
 * @example
 * ```ts
 * toLunar('2025-01-28').dayName; //=> '廿九'
 * toLunar('2026-02-16T16:30:00Z').monthName; //=> '正月'
 * toLunar('2023-03-22'); //=> { year: 2023, month: 2, day: 1, leap: true, monthName: '闰二月', dayName: '初一' }
 * ```
 */
export function toLunar(at: DateInput, options: CalendarOptions = {}): LunarDate {
  if (typeof options !== 'object' || options === null) throw new HuashuError('INVALID_ARGUMENT', `toLunar: options must be an object (got ${shown(options)})`);
  const dn = civilDay(at, options.timeZone ?? DEFAULT_TIME_ZONE);
  checkRange(dn);
  if (dn === named.dn) return named.value;
  const { year, month, day, leap } = lunarOfDay(dn);
  named.dn = dn;
  // frozen: the last result is cached and handed out again, so no caller may change it
  return (named.value = Object.freeze({ year, month, day, leap, monthName: monthNameOf(month, leap), dayName: dayNameOf(day) }));
}

/** A lunar date to convert with {@link fromLunar}. */
export interface LunarDateInput {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** `true` for the leap month (闰月) numbered `month`; default `false`. */
  readonly leap?: boolean;
}

/**
 * Converts a lunar date to its Gregorian (civil) date.
 *
 * @param lunar - lunar year 1900–2100, month 1–12, day 1–30, `leap` for a leap month
 * @returns the civil date as `'YYYY-MM-DD'` (a calendar date, not an instant: it has no time zone)
 * @throws HuashuError `INVALID_DATE` when the month or day does not exist that year (a leap
 *   month the year does not have, day 30 of a 29-day month), `DATE_OUT_OF_RANGE` outside 1900–2100
 * @example
 * ```ts
 * fromLunar({ year: 2026, month: 1, day: 1 }); //=> '2026-02-17'
 * fromLunar({ year: 2023, month: 2, day: 1, leap: true }); //=> '2023-03-22'
 * ```
 */
export function fromLunar(lunar: LunarDateInput): string {
  const { year, month, day } = lunar;
  const leap = lunar.leap === true;
  const what = `lunar ${year}-${month}-${day}${leap ? ' (leap)' : ''}`;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) {
    throw new HuashuError('INVALID_DATE', `Invalid ${what}: year, month and day must be integers.`);
  }
  const code = LUNAR_YEARS[year - FIRST_YEAR];
  if (code === undefined) throw new HuashuError('DATE_OUT_OF_RANGE', `${what} is outside the supported lunar years 1900 … 2100.`);
  if (month < 1 || month > 12) throw new HuashuError('INVALID_DATE', `Invalid ${what}: month must be 1–12.`);
  const length = lunarMonthLength(year, month, leap);
  if (length === 0) throw new HuashuError('INVALID_DATE', `Invalid ${what}: ${year} has no leap month ${month}.`);
  if (day < 1 || day > length) throw new HuashuError('INVALID_DATE', `Invalid ${what}: that month has ${length} days.`);
  const dn = lunarDayNumber(year, month, day, leap);
  checkRange(dn, what);
  return isoOfDay(dn);
}

import { HuashuError } from '../errors/huashu-error.js';

/** A moment: a `Date`, epoch milliseconds, or an ISO 8601 string (see {@link zonedDateTime}). */
export type DateInput = Date | number | string;

/** Wall-clock fields of a moment in an IANA time zone. */
export interface ZonedDateTime {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
  /** 0–23 */
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday: number;
  /** `'YYYY-MM-DD'` */
  readonly date: string;
}

/** The time zone used when none is given: mainland China. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const DAY_MS = 86_400_000;
// Asia/Shanghai has been UTC+8 without daylight saving since 1991-09; before that Intl decides.
const SHANGHAI_FIXED_FROM = Date.UTC(1992, 0, 1);
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch (cause) {
      throw new HuashuError('UNKNOWN_TIME_ZONE', `Unknown time zone "${timeZone}": use an IANA name such as "Asia/Shanghai".`, { cause });
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.floor(d.getTime() / DAY_MS);
}

/** `'YYYY-MM-DD'` of a day number. */
export function isoOfDay(dn: number): string {
  const d = new Date(dn * DAY_MS);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function fields(year: number, month: number, day: number, hour: number, minute: number, second: number): ZonedDateTime {
  const dn = dayNumber(year, month, day);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    weekday: (((dn + 4) % 7) + 7) % 7,
    date: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`,
  };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function invalid(at: unknown, why: string): HuashuError {
  return new HuashuError('INVALID_DATE', `Invalid date ${typeof at === 'string' ? `"${at}"` : String(at)}: ${why}.`);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(2000, month, 0)).getUTCDate() + (month === 2 && (year % 4 !== 0 || (year % 100 === 0 && year % 400 !== 0)) ? -1 : 0);
}

/**
 * Reads a moment in a time zone. A `Date`, epoch milliseconds or an ISO string with `Z` or an
 * offset is an instant, converted with `Intl.DateTimeFormat` (never the host's local time). A
 * string without an offset (`'2026-02-17'`, `'2026-02-17T09:30'`) is already wall-clock time in
 * `timeZone` and is taken as is.
 *
 * @param at - the moment
 * @param timeZone - an IANA time zone name
 * @returns the wall-clock fields in `timeZone`
 * @throws HuashuError `INVALID_DATE` for an unreadable date, `UNKNOWN_TIME_ZONE` for an unknown zone
 * @example
 * ```ts
 * zonedDateTime('2026-02-16T16:30:00Z', 'Asia/Shanghai').date; //=> '2026-02-17'
 * zonedDateTime('2026-02-16T16:30:00Z', 'Asia/Shanghai').hour; //=> 0
 * zonedDateTime(Date.UTC(2026, 0, 1), 'America/Los_Angeles').date; //=> '2025-12-31'
 * ```
 */
export function zonedDateTime(at: DateInput, timeZone: string = DEFAULT_TIME_ZONE): ZonedDateTime {
  let ms: number;
  if (typeof at === 'string') {
    const m = ISO.exec(at.trim());
    if (m === null) throw invalid(at, 'expected YYYY-MM-DD, an ISO date-time, a Date or epoch milliseconds');
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const hour = m[4] === undefined ? 0 : Number(m[4]);
    const minute = m[5] === undefined ? 0 : Number(m[5]);
    const second = m[6] === undefined ? 0 : Number(m[6]);
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) throw invalid(at, 'no such day');
    if (hour > 23 || minute > 59 || second > 59) throw invalid(at, 'no such time of day');
    const offset = m[7];
    if (offset === undefined) {
      formatter(timeZone);
      return fields(year, month, day, hour, minute, second);
    }
    let offMin = 0;
    if (offset.toUpperCase() !== 'Z') {
      const digits = offset.slice(1).replace(':', '');
      offMin = (offset[0] === '-' ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
    }
    ms = dayNumber(year, month, day) * DAY_MS + ((hour * 60 + minute - offMin) * 60 + second) * 1000;
  } else if (typeof at === 'number') {
    ms = at;
  } else if (at instanceof Date) {
    ms = at.getTime();
  } else {
    throw invalid(at, 'expected a Date, epoch milliseconds or an ISO string');
  }
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) throw invalid(at, 'not a finite time');
  if ((timeZone === DEFAULT_TIME_ZONE && ms >= SHANGHAI_FIXED_FROM) || timeZone === 'UTC') {
    const d = new Date(timeZone === 'UTC' ? ms : ms + 8 * 3_600_000);
    return fields(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
  }
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of formatter(timeZone).formatToParts(ms)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'era':
        bc = part.value.startsWith('B');
        break;
      default:
    }
  }
  return fields(bc ? 1 - year : year, month, day, hour, minute, second);
}

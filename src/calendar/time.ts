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

/** Days since 1970-01-01 of a proleptic Gregorian date (days_from_civil, no Date object). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** Year, month and day of a day number (civil_from_days). */
export function civilOfDay(dn: number): [year: number, month: number, day: number] {
  const z = dn + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, doy - Math.floor((153 * mp + 2) / 5) + 1];
}

/** `'YYYY-MM-DD'` of a day number. */
export function isoOfDay(dn: number): string {
  const [y, m, d] = civilOfDay(dn);
  return isoOf(y, m, d);
}

/** `'YYYY-MM-DD'` of a date. */
export function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** 0 = Sunday … 6 = Saturday of a day number. */
export function weekdayOfDay(dn: number): number {
  return (((dn + 4) % 7) + 7) % 7;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function fields(year: number, month: number, day: number, hour: number, minute: number, second: number): ZonedDateTime {
  return { year, month, day, hour, minute, second, weekday: weekdayOfDay(dayNumber(year, month, day)), date: isoOf(year, month, day) };
}

/**
 * The calendar day (days since 1970-01-01) of a moment in a time zone: what {@link zonedDateTime}
 * decides, without building its fields (the hot path of toLunar and holidayOn).
 */
export function civilDay(at: DateInput, timeZone: string): number {
  const ms = typeof at === 'number' ? at : at instanceof Date ? at.getTime() : Number.NaN;
  if (ms >= SHANGHAI_FIXED_FROM && ms <= 8.64e15) {
    if (timeZone === DEFAULT_TIME_ZONE) return Math.floor((ms + 28_800_000) / DAY_MS);
    if (timeZone === 'UTC') return Math.floor(ms / DAY_MS);
  }
  if (typeof at === 'string' && at.length === 10) {
    const m = DATE_ONLY.exec(at);
    if (m !== null) {
      const year = Number(m[1]);
      const month = Number(m[2]);
      const day = Number(m[3]);
      if (month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)) {
        formatter(timeZone);
        return dayNumber(year, month, day);
      }
    }
  }
  const z = zonedDateTime(at, timeZone);
  return dayNumber(z.year, z.month, z.day);
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function invalid(at: unknown, why: string): HuashuError {
  return new HuashuError('INVALID_DATE', `Invalid date ${typeof at === 'string' ? `"${at}"` : String(at)}: ${why}.`);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_DAYS[month - 1]!;
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
    const local = timeZone === 'UTC' ? ms : ms + 28_800_000;
    const [y, mo, d] = civilOfDay(Math.floor(local / DAY_MS));
    const secs = Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / 1000);
    return fields(y, mo, d, Math.floor(secs / 3600), Math.floor(secs / 60) % 60, secs % 60);
  }
  const offset = offsetAt(timeZone, ms);
  const local = Math.floor(ms / 1000) * 1000 + offset;
  const dn = Math.floor(local / DAY_MS);
  const [y, mo, d] = civilOfDay(dn);
  const secs = (local - dn * DAY_MS) / 1000;
  return fields(y, mo, d, Math.floor(secs / 3600), Math.floor(secs / 60) % 60, secs % 60);
}

/** Offset (wall clock − UTC, in ms, whole seconds) of a zone at an instant, straight from Intl. */
function intlOffset(timeZone: string, ms: number): number {
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
  const wall = dayNumber(bc ? 1 - year : year, month, day) * DAY_MS + (hour * 3600 + minute * 60 + second) * 1000;
  return wall - Math.floor(ms / 1000) * 1000;
}

// Offsets are cached per zone in blocks of 53 weeks: Intl is probed once a week across the block
// and each change is located to the second by bisection. This assumes no zone changes its offset
// twice within 7 days (true of every tzdata zone); test/calendar checks it against Intl directly.
const WEEK_MS = 7 * DAY_MS;
const BLOCK_MS = 53 * WEEK_MS;
const MIN_BLOCK = Math.floor(Date.UTC(1800, 0, 1) / BLOCK_MS);
const MAX_BLOCK = Math.floor(Date.UTC(2200, 0, 1) / BLOCK_MS);
const offsetBlocks = new Map<string, Map<number, number[]>>();

/** Offset of a zone at an instant, from the per-zone cache (filled from Intl on first use). */
function offsetAt(timeZone: string, ms: number): number {
  const block = Math.floor(ms / BLOCK_MS);
  if (block < MIN_BLOCK || block > MAX_BLOCK) return intlOffset(timeZone, ms);
  let zone = offsetBlocks.get(timeZone);
  if (zone === undefined) offsetBlocks.set(timeZone, (zone = new Map()));
  let changes = zone.get(block);
  if (changes === undefined) zone.set(block, (changes = scanBlock(timeZone, block * BLOCK_MS)));
  let offset = changes[0]!;
  for (let i = 1; i < changes.length && ms >= changes[i]!; i += 2) offset = changes[i + 1]!;
  return offset;
}

/** [offset at start, (change instant, new offset)*] over one block. */
function scanBlock(timeZone: string, start: number): number[] {
  let before = intlOffset(timeZone, start);
  const out = [before];
  for (let t = start; t < start + BLOCK_MS; t += WEEK_MS) {
    const after = intlOffset(timeZone, t + WEEK_MS);
    if (after !== before) {
      let lo = t; // offset(lo) = before
      let hi = t + WEEK_MS; // offset(hi) = after
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (intlOffset(timeZone, mid) === before) lo = mid;
        else hi = mid;
      }
      out.push(hi, after);
      before = after;
    }
  }
  return out;
}

import { HuashuError } from '../errors/index.js';

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

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;
// Asia/Shanghai has been UTC+8 without daylight saving since 1991-09; before that Intl decides.
const SHANGHAI_FIXED_FROM = 694_224_000_000; // 1992-01-01T00:00Z
/** A zone's formatter, its offset windows, and its slot. */
type Zone = [format: Intl.DateTimeFormat, windows: number[], slot: number];

/**
 * Per zone: its formatter, and its windows of constant offset as [start, end, offset]* (see
 * {@link offsetAt}). Bounded: at most `MAX_ZONES` zones (the least recently used one goes) and
 * `MAX_WINDOWS` windows a zone (the earliest goes), so that no sequence of calls makes it grow
 * without end. Recency is a stamp per zone, set when a zone is asked after another one; a new
 * zone past the bound takes the slot of the zone with the oldest stamp (a scan of at most
 * `MAX_ZONES` slots, only then): a hit neither reorders nor allocates, and the `Map` is never
 * iterated (its iterator would step over the holes that deletions leave).
 */
const zones = new Map<string, Zone>();
const MAX_ZONES = 32;
const MAX_WINDOWS = 2048;
/** The zones' names in their slots (at most `MAX_ZONES`), and when each was last asked. */
const slotNames: string[] = [];
const slotUsed: number[] = [];
let asked = 0;

/** The zone asked last: asked again, it is already the most recently used (no stamp to set). */
let lastZone: string | undefined;
let lastEntry: Zone | undefined;

function zone(timeZone: string): Zone {
  if (timeZone === lastZone && lastEntry !== undefined) return lastEntry;
  let z = zones.get(timeZone);
  if (!z) {
    if (typeof timeZone !== 'string') throw new HuashuError('UNKNOWN_TIME_ZONE', `Unknown time zone ${shown(timeZone)}: use an IANA name such as "Asia/Shanghai".`);
    const n = 'numeric';
    try {
      z = [new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', day: n, hour: n, minute: n, second: n }), [], 0];
    } catch (cause) {
      throw new HuashuError('UNKNOWN_TIME_ZONE', `Unknown time zone "${timeZone}": use an IANA name such as "Asia/Shanghai".`, { cause });
    }
    let slot = slotNames.length;
    if (slot >= MAX_ZONES) {
      slot = 0;
      for (let i = 1; i < MAX_ZONES; i++) if (slotUsed[i]! < slotUsed[slot]!) slot = i;
      zones.delete(slotNames[slot]!);
    }
    slotNames[slot] = timeZone;
    z[2] = slot;
    zones.set(timeZone, z);
  }
  slotUsed[z[2]] = ++asked;
  lastZone = timeZone;
  return (lastEntry = z);
}

// Day arithmetic after Neri & Schneider, "Euclidean affine functions and their application to
// calendar algorithms" (2023): int32 operations only, on years shifted by 700 × 400 so that every
// value stays non-negative. Exact for years −279,999 … 1,189,000, beyond any Date (±271,821).

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1–12; no Date object). */
export function dayNumber(year: number, month: number, day: number): number {
  const jan = month < 3 ? 1 : 0;
  const y = year - jan + 280_000;
  const c = (y / 100) | 0;
  return ((1461 * y) >> 2) - c + (c >> 2) + ((979 * (month + 12 * jan) - 2919) >> 5) + day - 102_987_369;
}

/** Year, month and day of a day number. */
export function civilOfDay(dn: number): [year: number, month: number, day: number] {
  const n = 4 * dn + 411_949_475;
  const r = (n % 146_097) | 3;
  const dy = (r % 1461) >> 2; // day of the year from March 1st
  const m = 2141 * dy + 197_913;
  const jan = dy > 305 ? 1 : 0;
  return [100 * ((n / 146_097) | 0) + ((r / 1461) | 0) + jan - 280_000, (m >> 16) - 12 * jan, (((m & 65_535) / 2141) | 0) + 1];
}

/** `'YYYY-MM-DD'` of a day number. */
export function isoOfDay(dn: number): string {
  return isoOf(...civilOfDay(dn));
}

/** `'YYYY-MM-DD'` of a date. */
export function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** 0 = Sunday … 6 = Saturday of a day number. */
export function weekdayOfDay(dn: number): number {
  return ((dn % 7) + 11) % 7;
}

// YYYY-MM-DD, then optionally [T ]HH:MM[:SS[.fraction]] and Z or an offset: [1] all of it, [2] its
// sign, [3] hours, [4] minutes. The fields sit at fixed places and are read from there.
const ISO = /^\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(Z|([+-])(\d\d)(?::?(\d\d))?)?)?$/i;

/** The two digits at `i` of `text` as a number (0 past its end). */
function digits(text: string, i: number): number {
  return text.charCodeAt(i) * 10 + text.charCodeAt(i + 1) - 528 || 0;
}

/** A value as an error message shows it, whatever it is (a hostile toString included). */
export function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return Date.prototype.toString.call(value);
  if (typeof value !== 'object' || value === null) return String(value);
  try {
    return JSON.stringify(value) ?? 'an object';
  } catch {
    return 'an object';
  }
}

function invalid(at: unknown, why: string): HuashuError {
  return new HuashuError('INVALID_DATE', `Invalid date ${shown(at)}: ${why}.`);
}

/**
 * Wall-clock time of a moment in a zone, as milliseconds on a UTC clock (whole seconds): what
 * {@link zonedDateTime} and {@link civilDay} read their fields from.
 */
const EXPECTED = 'expected a Date, epoch milliseconds or an ISO 8601 string';

function wallMs(at: DateInput, timeZone: string, offset: (timeZone: string, ms: number) => number): number {
  let ms: number;
  if (typeof at === 'string') {
    const text = at.trim();
    const m = ISO.exec(text);
    if (!m) throw invalid(at, EXPECTED);
    const month = digits(text, 5);
    const day = digits(text, 8);
    const hour = digits(text, 11);
    const minute = digits(text, 14);
    const second = text[16] === ':' ? digits(text, 17) : 0;
    const dn = dayNumber(digits(text, 0) * 100 + digits(text, 2), month, day);
    const back = civilOfDay(dn); // a month or day out of range comes back different
    if (back[1] !== month || back[2] !== day) throw invalid(at, 'no such day');
    if (hour > 23 || minute > 59 || second > 59) throw invalid(at, 'no such time of day');
    ms = dn * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000;
    // without an offset the string is already wall-clock time in the zone (which must exist)
    if (!m[1]) return zone(timeZone), ms;
    const offsetHours = +m[3]! || 0;
    const offsetMinutes = +m[4]! || 0;
    if (offsetHours > 23 || offsetMinutes > 59) throw invalid(at, 'no such UTC offset (at most ±23:59)');
    ms -= (m[2] === '-' ? -60_000 : 60_000) * (offsetHours * 60 + offsetMinutes);
  } else if (typeof at === 'number') {
    ms = at;
  } else if (at instanceof Date) {
    ms = at.getTime();
  } else {
    throw invalid(at, EXPECTED);
  }
  if (!(Math.abs(ms) <= 8.64e15)) throw invalid(at, 'not a finite time');
  ms = Math.floor(ms / 1000) * 1000; // whole seconds, as Intl reads them
  return ms + (timeZone === 'UTC' ? 0 : timeZone === DEFAULT_TIME_ZONE && ms >= SHANGHAI_FIXED_FROM ? 28_800_000 : offset(timeZone, ms));
}

/**
 * The calendar day (days since 1970-01-01) of a moment in a time zone: what {@link zonedDateTime}
 * decides, without building its fields (the hot path of toLunar and holidayOn).
 */
export function civilDay(at: DateInput, timeZone: string): number {
  return Math.floor(wallMs(at, timeZone, offsetAt) / DAY_MS);
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
  return fields(wallMs(at, timeZone, offsetAt));
}

/**
 * The wall-clock time of a moment in a zone as milliseconds on a UTC clock (whole seconds),
 * without the per-zone offset cache: one Intl read, for a one-off moment such as a greeting
 * (filling a week of the cache costs more reads than it saves, and its code is not bundled with
 * greet). `Math.floor(wall / 86_400_000)` is the day number, the rest the time of day.
 */
export function wallClockOnce(at: DateInput, timeZone: string): number {
  return wallMs(at, timeZone, intlOffsetIn);
}

const intlOffsetIn = (timeZone: string, ms: number): number => intlOffset(zone(timeZone)[0], ms);

/**
 * The wall-clock time of a moment in a zone as milliseconds on a UTC clock (whole seconds), with
 * the per-zone offset windows: what greet reads, at any date without an Intl read per call.
 */
export function wallClock(at: DateInput, timeZone: string): number {
  return wallMs(at, timeZone, offsetAt);
}

function fields(wall: number): ZonedDateTime {
  const dn = Math.floor(wall / DAY_MS);
  const [year, month, day] = civilOfDay(dn);
  const s = (wall - dn * DAY_MS) / 1000;
  return { year, month, day, hour: (s / 3600) | 0, minute: (s / 60) % 60 | 0, second: s % 60, weekday: weekdayOfDay(dn), date: isoOf(year, month, day) };
}

/**
 * Offset (wall clock − UTC, in ms) of a zone at an instant in whole seconds, straight from Intl.
 * Only the day of the month is read, not the year: every offset is less than a day, so the
 * wall-clock date is the UTC date, the day before or the day after.
 */
function intlOffset(format: Intl.DateTimeFormat, utc: number): number {
  const v = {} as Record<Intl.DateTimeFormatPartTypes, number>;
  for (const p of format.formatToParts(utc)) v[p.type] = +p.value;
  const dn = Math.floor(utc / DAY_MS);
  const days = v.day - civilOfDay(dn)[2]!; // 0, ±1, or across a month end ∓(27…30)
  return (dn + (days > 1 ? -1 : days < -1 ? 1 : days)) * DAY_MS + ((v.hour * 60 + v.minute) * 60 + v.second) * 1000 - utc;
}

// Offsets are cached per zone as windows of constant offset ([start, end) in ms, sorted by start),
// found from Intl once: from the instant asked, Intl is read every 6 days each way (at most a
// year) while the offset holds, and a change is located to the second by bisection. Two changes
// are never less than 167 h apart (America/Recife 2000-10, Asia/Gaza 2040-10…), more than the
// 144 h step, so none is stepped over; test/calendar checks the cache against Intl. Every later
// instant in a window is a binary search, whatever its date.
const STEP_MS = 6 * DAY_MS;

/** The first (`dir` -1) or last-plus-a-second (`dir` 1) instant around `ms` with offset `o`. */
function edge(format: Intl.DateTimeFormat, ms: number, dir: 1 | -1, o: number): number {
  let inside = ms;
  for (let n = 0; n < 61; n++) {
    let outside = inside + dir * STEP_MS;
    if (intlOffset(format, outside) !== o) {
      while (Math.abs(outside - inside) > 1000) {
        const mid = inside + Math.trunc((outside - inside) / 2000) * 1000;
        if (intlOffset(format, mid) === o) inside = mid;
        else outside = mid;
      }
      return dir > 0 ? outside : inside;
    }
    inside = outside;
  }
  return dir > 0 ? inside + 1000 : inside;
}

/** Offset of a zone at an instant, from the per-zone windows (filled from Intl on first use). */
function offsetAt(timeZone: string, ms: number): number {
  const [format, w] = zone(timeZone);
  // only 1748–2191 is cached, so that a walk over millennia cannot fill memory
  if (!(Math.abs(ms) < 7e12)) return intlOffset(format, ms);
  let lo = 0;
  let hi = w.length / 3 - 1;
  let i = -1; // the last window starting at or before ms
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (w[mid * 3]! <= ms) lo = (i = mid) + 1;
    else hi = mid - 1;
  }
  if (i >= 0 && ms < w[i * 3 + 1]!) return w[i * 3 + 2]!;
  const o = intlOffset(format, ms);
  const start = edge(format, ms, -1, o);
  if (w.length >= MAX_WINDOWS * 3) w.splice(0, 3); // bounded: the earliest window goes
  let at = 0; // keep the windows sorted by start
  while (at < w.length && w[at]! <= start) at += 3;
  w.splice(at, 0, start, edge(format, ms, 1, o), o);
  return o;
}

/** Sizes of the time-zone cache (zones, and offset windows over all zones), for tests of its bounds. */
export function zoneCacheSize(): { zones: number; windows: number } {
  let windows = 0;
  for (const [, w] of zones.values()) windows += w.length / 3;
  return { zones: zones.size, windows };
}

import { SOLAR_TERM_IDS, SOLAR_TERM_NAMES, type SolarTermId } from '../vocab/index.js';
import { TERM_BASE, TERM_DAYS } from './tables.js';

export type { SolarTermId } from '../vocab/index.js';

/** A solar term: its id and Chinese name. */
export interface SolarTerm {
  readonly id: SolarTermId;
  readonly name: string;
}

const IDS: readonly SolarTermId[] = SOLAR_TERM_IDS;
const NAMES = SOLAR_TERM_NAMES;

/** Day of the month of term `k` (0–23) in Gregorian `year` (1900–2100, Beijing time). */
export function termDay(year: number, k: number): number {
  const i = (year - 1900) * 12 + 11 - (k >> 1);
  const nibble = Number.parseInt(TERM_DAYS.charAt(i), 16);
  return TERM_BASE[k]! + ((nibble >> ((k & 1) * 2)) & 3);
}

/** The solar term starting on a civil date (Beijing time), or `null`. */
export function solarTermOn(year: number, month: number, day: number): SolarTerm | null {
  for (let k = (month - 1) * 2; k < month * 2; k++) {
    if (termDay(year, k) === day) return { id: IDS[k]!, name: NAMES.slice(k * 2, k * 2 + 2) };
  }
  return null;
}

/**
 * The April day of 清明 in a year 1900–2100, by the 寿星 formula [Y×0.2422+C]−[Y/4] (C = 5.59 in
 * the 1900s, 4.81 after; 2100, not a leap year, falls on the 5th). test/calendar checks it
 * against the solar-term table for every year; the holiday rules use it so that they do not
 * carry the table of the other 23 terms.
 */
export function qingmingDay(year: number): number {
  if (year === 2100) return 5;
  const y = year % 100;
  return Math.floor(y * 0.2422 + (year < 2000 ? 5.59 : 4.81)) - Math.floor(y / 4);
}

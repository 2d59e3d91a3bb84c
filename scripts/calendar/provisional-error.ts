/**
 * Measures the provisional method: for each year 2008–2026, the schedule computed from the rules
 * in force that year (src/calendar/rules.ts) against the published notices (the built-in data),
 * day by day. A day differs when one says off and the other a working day or an ordinary day, or
 * one says 调休 working day and the other does not.
 *
 * Usage: npx tsx scripts/calendar/provisional-error.ts   (prints the table in docs/calendar.md)
 */
import { provisionalSchedule } from '../../src/calendar/rules.js';
import { scheduleOf } from '../../src/calendar/schedule.js';
import { isoOfDay } from '../../src/calendar/time.js';

export interface YearError {
  year: number;
  /** days of the notice: off and 调休 working days */
  noticeDays: number;
  /** days that differ, as `MM-DD notice→provisional` (`off`, `work`, `-` for an ordinary day) */
  differences: string[];
}

const status = (code: number | undefined) => (code === undefined ? '-' : code & 1 ? 'off' : 'work');

export function provisionalError(year: number): YearError {
  const real = scheduleOf(year);
  if (real === undefined || real.layer === 'provisional') throw new Error(`${year} has no notice`);
  const computed = provisionalSchedule(year);
  const days = [...new Set([...real.days.keys(), ...computed.keys()])].sort((a, b) => a - b);
  const differences = days.filter((d) => status(real.days.get(d)) !== status(computed.get(d))).map((d) => `${isoOfDay(d).slice(5)} ${status(real.days.get(d))}→${status(computed.get(d))}`);
  return { year, noticeDays: real.days.size, differences };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let total = 0;
  let days = 0;
  console.log('| year | notice days | differing days | exact |\n|---|---|---|---|');
  for (let year = 2008; year <= 2026; year++) {
    const e = provisionalError(year);
    total += e.differences.length;
    days += e.noticeDays;
    console.log(`| ${year} | ${e.noticeDays} | ${e.differences.length} | ${e.differences.length === 0 ? 'yes' : e.differences.join(', ')} |`);
  }
  console.log(`| 2008–2026 | ${days} | ${total} | |`);
}

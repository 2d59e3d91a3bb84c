/**
 * What sibling modules use of `calendar` beyond its public surface (index.ts). Not a package entry.
 * Loads no schema: greet reads the calendar through this file (a loaded schedule is data, not
 * code), and test/meta/node-graph.test.ts checks that nothing here reaches zod. Schedules that
 * come as data already through their schema (a pack's) are checked with scheduleDays; the schema
 * runs in addHolidaySchedule (index.ts).
 *
 * @packageDocumentation
 */
export { festivalsOn, statutoryName, statutoryOn } from './holidays.js';
export { checkRange } from './lunar.js';
export { breakNext, dateOf, dayFacts, type DayFacts } from './day.js';
export { HOLIDAY_IDS } from './rules.js';
export { breakNextTo, isWorkday } from './schedule.js';
export { scheduleDays, type ScheduleIssue } from './schedule-days.js';
export { DAY_MS, DEFAULT_TIME_ZONE, civilOfDay, dayNumber, isoOf, isoOfDay, shown, wallClock, wallClockOnce } from './time.js';

/**
 * What sibling modules use of `calendar` beyond its public surface (index.ts). Not a package entry.
 *
 * @packageDocumentation
 */
export { festivalsOn, statutoryName, statutoryOn } from './holidays.js';
export { checkRange } from './lunar.js';
export { dayFacts, type DayFacts } from './day.js';
export { HOLIDAY_IDS } from './rules.js';
export { breakNextTo, isWorkday } from './schedule.js';
export { checkSchedule } from './add-schedule.js';
export { DAY_MS, civilOfDay, dayNumber, isoOf, isoOfDay, shown, wallClock, wallClockOnce } from './time.js';

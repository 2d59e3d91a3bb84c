/**
 * What sibling modules use of `calendar` beyond its public surface (index.ts). Not a package entry.
 *
 * @packageDocumentation
 */
export { festivalsOn, statutoryOn } from './holidays.js';
export { checkRange } from './lunar.js';
export { DAY_MS, civilOfDay, dayNumber, isoOf, isoOfDay, wallClockOnce } from './time.js';

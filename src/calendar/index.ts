/**
 * Chinese calendar: Gregorian ⇄ lunar (1900-01-31 … 2100-12-31), the 24 solar terms, traditional
 * festivals and Gregorian observances, and mainland statutory holidays with 调休 working days.
 * Dates are decided in an IANA time zone (default `'Asia/Shanghai'`) with `Intl`, never the
 * host's local time.
 *
 * @module
 */
export { zonedDateTime, DEFAULT_TIME_ZONE, type DateInput, type ZonedDateTime } from './time.js';
export { toLunar, fromLunar, CALENDAR_RANGE, type LunarDate, type LunarDateInput, type CalendarOptions } from './lunar.js';
export type { SolarTerm, SolarTermId } from './terms.js';
export { addHolidaySchedule, removeHolidaySchedule, ScheduleValidationError, type ScheduleIssue } from './add-schedule.js';
export type { HolidayYearInput as HolidaySchedule } from '../schema/holiday.js';
export {
  holidayOn,
  statutoryNotices,
  STATUTORY_RANGE,
  type HolidayInfo,
  type HolidayOptions,
  type HolidayNotice,
  type HolidayLayer,
  type HolidayOverlay,
  type StatutoryDay,
  type StatutoryHolidayId,
  type Festival,
  type FestivalId,
} from './holidays.js';

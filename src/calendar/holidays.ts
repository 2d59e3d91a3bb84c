import { HuashuError } from '../errors/index.js';
import { NOTICES, STATUTORY_YEARS } from '../generated/calendar-holidays.js';
import { checkRange, lunarOfDay, type CalendarOptions } from './lunar.js';
import { festivalDay, HOLIDAY_IDS, statutoryDays } from './rules.js';
import { addedYears, entryOn, scheduleOf, type HolidayNotice } from './schedule.js';
import { qingmingDay, solarTermOn, type SolarTerm } from './terms.js';
import { civilDay, civilOfDay, DEFAULT_TIME_ZONE, isoOf, shown, weekdayOfDay, type DateInput } from './time.js';

export type { HolidayNotice } from './schedule.js';
import { STATUTORY_HOLIDAY_IDS, type FestivalId, type StatutoryHolidayId } from '../vocab/index.js';

export type { FestivalId, StatutoryHolidayId } from '../vocab/index.js';

/** A statutory holiday a day belongs to: an off day (`off: true`) or a 调休 working day (`off: false`). */
export interface StatutoryDay {
  readonly id: StatutoryHolidayId;
  readonly name: string;
  /** `true` on a day off, `false` on a 调休 make-up working day. */
  readonly off: boolean;
  /** `true` when taken from a published State Council notice (built in, or added with `addHolidaySchedule`). */
  readonly official: boolean;
  /** `true` when computed from the rules for a year whose notice is not published yet (then `official` is `false`). */
  readonly provisional: boolean;
  /** On a day off, which day of the break it is and how many days the break has (中秋 and 国庆 in one break count as one); `null` on a 调休 working day. */
  readonly break: { readonly day: number; readonly of: number } | null;
  /** `true` on the holiday's own day (元旦 1-1, 春节 正月初一, 清明, 5-1, 端午, 中秋, 10-1); `false` on the other days of its break. */
  readonly festivalDay: boolean;
  /**
   * `true` on a statutory day (法定节假日) of 全国年节及纪念日放假办法 as in force that year (3× pay
   * when worked); `false` on the weekend and bridge days of a break and on 调休 working days.
   */
  readonly legal: boolean;
  /** The notice the day comes from; `null` for a provisional year. */
  readonly notice: HolidayNotice | null;
}

/** Which layer decided whether a day is worked: a company overlay, a schedule added at run time, the built-in notices, the provisional rules, or the weekday alone. */
export type HolidayLayer = 'overlay' | 'added' | 'official' | 'provisional' | 'weekday';

/**
 * A company's or region's changes over the official schedule: extra days off and different
 * working days, as `YYYY-MM-DD` or `YYYY-MM-DD..YYYY-MM-DD` (at most 366 days a span).
 */
export interface HolidayOverlay {
  /** Named in `HolidayInfo.overlay` when it decided a day. */
  readonly name: string;
  readonly off?: readonly string[];
  readonly work?: readonly string[];
}

/** A festival or observance. */
export interface Festival {
  readonly id: FestivalId;
  readonly name: string;
}

/** What a civil day is in mainland China. */
export interface HolidayInfo {
  /** `'YYYY-MM-DD'` in the requested time zone. */
  readonly date: string;
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday: number;
  /** The statutory holiday this day is an off day or a 调休 working day of, else `null`. */
  readonly statutory: StatutoryDay | null;
  /** Whether people work that day (a 调休 Saturday is `true`, a holiday Monday `false`), after any overlay. */
  readonly workday: boolean;
  /**
   * The pay multiplier for working that day under the labour rules (劳动法 第44条): 3 on a
   * statutory day (`statutory.legal`), 2 on a rest day (a weekend or bridge day of a break, an
   * ordinary weekend), 1 on a working day (调休 Saturdays included). Overlays do not change it.
   */
  readonly pay: 1 | 2 | 3;
  /** The layer that decided `workday`. */
  readonly layer: HolidayLayer;
  /** The overlay that decided `workday`, when one did. */
  readonly overlay?: string;
  /** Traditional festivals and Gregorian observances on that day. */
  readonly festivals: readonly Festival[];
  /** The solar term starting that day, else `null`. */
  readonly solarTerm: SolarTerm | null;
}

/** Options of {@link holidayOn}. */
export interface HolidayOptions extends CalendarOptions {
  /** 小年: `'north'` (腊月廿三, the default) or `'south'` (腊月廿四). */
  readonly xiaonian?: 'north' | 'south';
  /** Company or regional overlays, applied in order (a later one wins). */
  readonly overlays?: readonly HolidayOverlay[];
}

const STATUTORY: readonly StatutoryHolidayId[] = STATUTORY_HOLIDAY_IDS;
/**
 * Festivals in the order holidayOn lists them: id, name, and the day, as lunar month × 100 + day
 * negated (never in a leap month) or Gregorian month × 100 + day; 除夕, 小年 and 清明 have rules.
 */
const FESTIVALS: ReadonlyArray<readonly [id: FestivalId, name: string, day?: number]> = [
  ['chuxi', '除夕'],
  ['spring-festival', '春节', -101],
  ['lantern', '元宵节', -115],
  ['dragon-boat', '端午节', -505],
  ['qixi', '七夕节', -707],
  ['mid-autumn', '中秋节', -815],
  ['double-ninth', '重阳节', -909],
  ['laba', '腊八节', -1208],
  ['xiaonian', '小年'],
  ['qingming', '清明节'],
  ['new-year', '元旦', 101],
  ['womens-day', '妇女节', 308],
  ['labour-day', '劳动节', 501],
  ['youth-day', '青年节', 504],
  ['childrens-day', '儿童节', 601],
  ['army-day', '建军节', 801],
  ['teachers-day', '教师节', 910],
  ['national-day', '国庆节', 1001],
  ['christmas', '圣诞节', 1225],
];

// A statutory holiday is named as its festival (元旦, 春节, 清明节…), except the one-off 2015 day.
export const statutoryName = (id: StatutoryHolidayId): string =>
  id === 'victory-day' ? '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日' : FESTIVALS.find((f) => f[0] === id)![1];

const DAY_SPAN = /^(\d{4}-\d\d-\d\d)(?:\.\.(\d{4}-\d\d-\d\d))?$/;

/** Day numbers of an overlay's `YYYY-MM-DD` / `from..to` entry, or an error naming where it is. */
function spanOf(value: unknown, where: string): [number, number] {
  const m = typeof value === 'string' ? DAY_SPAN.exec(value) : null;
  const from = m === null ? NaN : Date.parse(`${m[1]!}T00:00:00Z`) / 86_400_000;
  const to = m === null ? NaN : m[2] === undefined ? from : Date.parse(`${m[2]}T00:00:00Z`) / 86_400_000;
  const real = (iso: string | undefined, dn: number) => iso === undefined || new Date(dn * 86_400_000).toISOString().startsWith(iso);
  if (!(to >= from && to - from < 366) || !real(m![1], from) || !real(m![2], to)) {
    throw new HuashuError('INVALID_ARGUMENT', `holidayOn: ${where} ${shown(value)} is not a day "YYYY-MM-DD" or a span "YYYY-MM-DD..YYYY-MM-DD" of at most 366 days`);
  }
  return [from, to];
}

/** The overlay that decides a day, and whether it makes the day off; `undefined` when none does. */
function overlayOn(dn: number, overlays: readonly HolidayOverlay[]): [name: string, off: boolean] | undefined {
  let decided: [string, boolean] | undefined;
  overlays.forEach((o, i) => {
    if (typeof o !== 'object' || o === null || typeof o.name !== 'string' || o.name === '') throw new HuashuError('INVALID_ARGUMENT', `holidayOn: overlays[${i}] needs a name`);
    for (const key of ['off', 'work'] as const) {
      const list = Object.hasOwn(o, key) ? o[key] : undefined;
      if (list === undefined) continue;
      if (!Array.isArray(list)) throw new HuashuError('INVALID_ARGUMENT', `holidayOn: overlays[${i}].${key} must be an array of days`);
      list.forEach((value: unknown, j: number) => {
        const [from, to] = spanOf(value, `overlays[${i}].${key}[${j}]`);
        if (dn >= from && dn <= to) decided = [o.name, key === 'off'];
      });
    }
  });
  return decided;
}

/**
 * Tells what a day is in mainland China: the statutory holiday and 调休 status from the State
 * Council's notices (built in for 2007 … {@link STATUTORY_RANGE}`.last`, or added at run time
 * with `addHolidaySchedule`), else from the provisional schedule computed from the rules
 * (`official: false, provisional: true`); which day of the break it is, whether it is the
 * holiday's own day or a statutory day, the pay multiplier, and the notice; then company
 * overlays. Traditional festivals, Gregorian observances and the solar term. Before 2007
 * `statutory` is `null` and `workday` follows the weekday.
 *
 * @param at - a `Date`, epoch milliseconds or ISO string (`'YYYY-MM-DD'` is a date in `timeZone`)
 * @param options - `timeZone` (default `'Asia/Shanghai'`), `xiaonian` convention, `overlays`
 * @returns the day's {@link HolidayInfo}
 * @throws HuashuError `INVALID_DATE`, `UNKNOWN_TIME_ZONE`, `DATE_OUT_OF_RANGE` outside 1900-01-31 … 2100-12-31, `INVALID_ARGUMENT` for a malformed overlay
 * @example
 * ```ts
 * holidayOn('2026-02-14').workday; //=> true
 * holidayOn('2026-02-14').statutory?.off; //=> false
 * holidayOn('2026-02-17').statutory?.break; //=> { day: 3, of: 9 }
 * holidayOn('2026-02-17').pay; //=> 3
 * holidayOn('2026-02-21').pay; //=> 2
 * holidayOn('2026-02-16T16:30:00Z').festivals; //=> [{ id: 'spring-festival', name: '春节' }]
 * holidayOn('2026-04-05').solarTerm; //=> { id: 'qingming', name: '清明' }
 * holidayOn('2027-02-06').statutory?.provisional; //=> true
 * holidayOn('2026-02-24', { overlays: [{ name: 'acme', off: ['2026-02-24'] }] }).layer; //=> 'overlay'
 * ```
 */
export function holidayOn(at: DateInput, options: HolidayOptions = {}): HolidayInfo {
  if (typeof options !== 'object' || options === null) throw new HuashuError('INVALID_ARGUMENT', `holidayOn: options must be an object (got ${shown(options)})`);
  const dn = civilDay(at, options.timeZone ?? DEFAULT_TIME_ZONE);
  const [year, month, day] = civilOfDay(dn);
  const date = isoOf(year, month, day);
  checkRange(dn, date);
  const weekday = weekdayOfDay(dn);
  const statutory = statutoryDetails(dn, year, month);
  const rest = statutory === null ? weekday === 0 || weekday === 6 : statutory.off;
  const overlays = options.overlays ?? [];
  if (!Array.isArray(overlays)) throw new HuashuError('INVALID_ARGUMENT', 'holidayOn: overlays must be an array');
  const overlay = overlayOn(dn, overlays);
  const layer: HolidayLayer = overlay !== undefined ? 'overlay' : statutory === null ? 'weekday' : statutory.provisional ? 'provisional' : (entryOn(dn, year, month)!.schedule.layer as 'added' | 'official');
  return {
    date,
    weekday,
    statutory,
    workday: overlay === undefined ? !rest : !overlay[1],
    pay: statutory?.legal === true ? 3 : rest ? 2 : 1,
    layer,
    ...(overlay === undefined ? {} : { overlay: overlay[0] }),
    festivals: festivalsOn(dn, year, month, day, options.xiaonian),
    solarTerm: solarTermOn(year, month, day),
  };
}

/**
 * The statutory holiday or 调休 status of a range-checked day (its day number, year and month),
 * from the schedule of its year (added, built in or provisional): the id, name and flags greet
 * reads. holidayOn adds the break, the days and the notice ({@link statutoryDetails}).
 */
export function statutoryOn(dn: number, year: number, month: number): StatutoryDay | null {
  const e = entryOn(dn, year, month);
  if (e === undefined) return null;
  const id = STATUTORY[e.code >> 1]!;
  const provisional = e.schedule.layer === 'provisional';
  return { id, name: statutoryName(id), off: (e.code & 1) === 1, official: !provisional, provisional } as StatutoryDay;
}

/** {@link statutoryOn} with the break, the holiday's own day, the statutory day and the notice. */
function statutoryDetails(dn: number, year: number, month: number): StatutoryDay | null {
  const base = statutoryOn(dn, year, month);
  if (base === null) return null;
  const e = entryOn(dn, year, month)!;
  const h = e.code >> 1;
  let first = dn;
  let last = dn;
  if (base.off) {
    const offOn = (d: number) => {
      const [y, m] = civilOfDay(d);
      const n = entryOn(d, y, m);
      return n !== undefined && (n.code & 1) === 1;
    };
    while (offOn(first - 1) && dn - first < 40) first--;
    while (offOn(last + 1) && last - dn < 40) last++;
  }
  const notices = e.schedule.layer === 'official' ? NOTICES.filter((n) => n.year === e.year) : e.schedule.notices;
  return {
    ...base,
    break: base.off ? { day: dn - first + 1, of: last - first + 1 } : null,
    festivalDay: festivalDay(h, e.year) === dn,
    legal: base.off && statutoryDays(h, e.year).includes(dn),
    notice: base.provisional ? null : (notices[e.schedule.noticeOf.get(h) ?? 0] ?? null),
  };
}

/** The festivals and observances of a range-checked day (its day number and date). */
export function festivalsOn(dn: number, year: number, month: number, day: number, xiaonian?: 'north' | 'south'): Festival[] {
  const l = lunarOfDay(dn);
  const lunar = l.leap ? 0 : -(l.month * 100 + l.day);
  let eve = false;
  if (lunar <= -1201) {
    const next = lunarOfDay(dn + 1);
    eve = next.month === 1 && next.day === 1;
  }
  const solar = month * 100 + day;
  // made on the first festival found (most days have none; an array that is pushed to is
  // allocated with room to grow)
  let festivals: Festival[] | undefined;
  for (let i = 0; i < FESTIVALS.length; i++) {
    const festival = FESTIVALS[i]!; // (read by index: destructuring runs the iterator protocol)
    const id = festival[0];
    const on = festival[2];
    const today =
      on !== undefined
        ? on === lunar || on === solar
        : id === 'chuxi'
          ? eve
          : id === 'xiaonian'
            ? lunar === (xiaonian === 'south' ? -1224 : -1223)
            : month === 4 && day === qingmingDay(year);
    if (today) (festivals ??= []).push({ id, name: festival[1] });
  }
  return festivals ?? [];
}

/**
 * The State Council notices a year's statutory schedule comes from (empty for a year not covered).
 *
 * @param year - a Gregorian year
 * @returns the notices, main notice first
 * @example
 * ```ts
 * statutoryNotices(2025)[0]?.number; //=> '国办发明电〔2024〕12号'
 * statutoryNotices(2026)[0]?.issued; //=> '2025-11-04'
 * statutoryNotices(2099); //=> []
 * ```
 */
export function statutoryNotices(year: number): readonly HolidayNotice[] {
  const schedule = addedYears().includes(year) ? scheduleOf(year) : undefined;
  return schedule?.notices ?? NOTICES.filter((n) => n.year === year);
}

/** First and last years whose statutory schedule is published data (`official: true`). */
export const STATUTORY_RANGE: { readonly first: number; readonly last: number } = STATUTORY_YEARS;

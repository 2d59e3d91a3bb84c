/**
 * TEMPORARY LOCAL STUB of the calendar module (built on branch `calendar`), so that greetings can
 * be written and tested before it lands. Deleted before merging `calendar`.
 *
 * @packageDocumentation
 */
import chineseDays from 'chinese-days';

/** A statutory holiday. */
export interface StatutoryInfo {
  /** Id. */
  id: string;
  /** Name. */
  name: string;
  /** Off. */
  off: boolean;
  /** Official. */
  official: boolean;
}
/** Day. */
export interface HolidayInfo {
  /** Date. */
  date: string;
  /** Weekday. */
  weekday: number;
  /** Statutory. */
  statutory: StatutoryInfo | null;
  /** Workday. */
  workday: boolean;
  /** Festivals. */
  festivals: Array<{ id: string; name: string }>;
  /** Solar term. */
  solarTerm: { id: string; name: string } | null;
}
/** Zoned. */
export interface ZonedDateTime {
  /** Y. */ year: number;
  /** M. */ month: number;
  /** D. */ day: number;
  /** H. */ hour: number;
  /** Mi. */ minute: number;
  /** S. */ second: number;
  /** W. */ weekday: number;
  /** Date. */ date: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Stub. */
export function zonedDateTime(at: Date | number | string, timeZone: string): ZonedDateTime {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) throw new RangeError('invalid date');
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short' }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const year = Number(get('year'));
  const month = Number(get('month'));
  const day = Number(get('day'));
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  return { year, month, day, hour: Number(get('hour')), minute: Number(get('minute')), second: Number(get('second')), weekday, date: `${year}-${pad(month)}-${pad(day)}` };
}

const STAT: Record<string, [string, string]> = {
  "New Year's Day": ['new-year', '元旦'],
  'Spring Festival': ['spring-festival', '春节'],
  'Tomb-sweeping Day': ['qingming', '清明节'],
  'Labour Day': ['labour-day', '劳动节'],
  'Dragon Boat Festival': ['dragon-boat', '端午节'],
  'Mid-autumn Festival': ['mid-autumn', '中秋节'],
  'National Day': ['national-day', '国庆节'],
};
const SOLAR: Record<string, [string, string]> = {
  '01-01': ['new-year', '元旦'], '03-08': ['womens-day', '妇女节'], '05-01': ['labour-day', '劳动节'], '05-04': ['youth-day', '青年节'],
  '06-01': ['childrens-day', '儿童节'], '08-01': ['army-day', '建军节'], '09-10': ['teachers-day', '教师节'], '10-01': ['national-day', '国庆节'], '12-25': ['christmas', '圣诞节'],
};
const LUNAR: Record<string, [string, string]> = {
  '1-1': ['spring-festival', '春节'], '1-15': ['lantern', '元宵节'], '5-5': ['dragon-boat', '端午节'], '7-7': ['qixi', '七夕'], '8-15': ['mid-autumn', '中秋节'],
  '9-9': ['double-ninth', '重阳节'], '12-8': ['laba', '腊八节'], '12-23': ['xiaonian', '小年'],
};

/** Stub. */
export function holidayOn(at: Date | number | string, options: { timeZone?: string | undefined } = {}): HolidayInfo {
  const z = zonedDateTime(at, options.timeZone ?? 'Asia/Shanghai');
  const detail = chineseDays.getDayDetail(z.date);
  const [eng] = detail.name.split(',');
  const stat = STAT[eng ?? ''];
  const weekend = z.weekday === 0 || z.weekday === 6;
  const statutory = stat === undefined ? null : { id: stat[0], name: stat[1], off: !detail.work, official: true };
  const festivals: Array<{ id: string; name: string }> = [];
  const lunar = chineseDays.getLunarDate(z.date);
  const next = new Date(Date.UTC(z.year, z.month - 1, z.day + 1));
  const nextLunar = chineseDays.getLunarDate(`${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`);
  if (nextLunar.lunarMon === 1 && nextLunar.lunarDay === 1 && !nextLunar.isLeap) festivals.push({ id: 'chuxi', name: '除夕' });
  const l = lunar.isLeap ? undefined : LUNAR[`${lunar.lunarMon}-${lunar.lunarDay}`];
  if (l) festivals.push({ id: l[0], name: l[1] });
  const terms = chineseDays.getSolarTermsInRange(z.date, z.date);
  const term = terms[0]?.index === 1 ? { id: terms[0].term, name: terms[0].name } : null;
  if (term?.name === '清明') festivals.push({ id: 'qingming', name: '清明节' });
  const s = SOLAR[z.date.slice(5)];
  if (s) festivals.push({ id: s[0], name: s[1] });
  return { date: z.date, weekday: z.weekday, statutory: statutory !== null && (statutory.off || weekend || true) ? (detail.work && !weekend ? null : statutory) : null, workday: detail.work, festivals, solarTerm: term };
}

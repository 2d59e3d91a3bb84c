import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHuashuError } from '../../src/errors/index.js';
import { fromLunar, holidayOn, statutoryNotices, toLunar, zonedDateTime } from '../../src/calendar/index.js';
import { qingmingDay, termDay } from '../../src/calendar/terms.js';
import { civilOfDay, isoOf, wallClockOnce, type DateInput } from '../../src/calendar/time.js';

/** zonedDateTime's fields as greet reads them, from the uncached wall clock. */
function zonedDateTimeOnce(at: DateInput, timeZone: string) {
  const wall = wallClockOnce(at, timeZone);
  const dn = Math.floor(wall / 86_400_000);
  const [year, month, day] = civilOfDay(dn);
  const s = (wall - dn * 86_400_000) / 1000;
  return { year, month, day, hour: Math.floor(s / 3600), minute: Math.floor(s / 60) % 60, second: s % 60, weekday: (((dn % 7) + 11) % 7), date: isoOf(year, month, day) };
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isHuashuError(error) ? error.code : 'not a HuashuError';
  }
  return undefined;
}

describe('toLunar', () => {
  it.each([
    ['2025-01-28', { year: 2024, month: 12, day: 29, leap: false, monthName: '腊月', dayName: '廿九' }], // 除夕 on the 29th
    ['2025-01-29', { year: 2025, month: 1, day: 1, leap: false, monthName: '正月', dayName: '初一' }],
    ['2023-03-22', { year: 2023, month: 2, day: 1, leap: true, monthName: '闰二月', dayName: '初一' }],
    ['2023-04-19', { year: 2023, month: 2, day: 29, leap: true, monthName: '闰二月', dayName: '廿九' }],
    ['2020-05-23', { year: 2020, month: 4, day: 1, leap: true, monthName: '闰四月', dayName: '初一' }],
    ['2033-12-22', { year: 2033, month: 11, day: 1, leap: true, monthName: '闰冬月', dayName: '初一' }], // the "2033 problem": 闰十一月
    ['2057-09-28', { year: 2057, month: 8, day: 30, leap: false, monthName: '八月', dayName: '三十' }], // disputed: we start 九月 on 09-29
    ['2057-09-29', { year: 2057, month: 9, day: 1, leap: false, monthName: '九月', dayName: '初一' }],
    ['1900-01-31', { year: 1900, month: 1, day: 1, leap: false, monthName: '正月', dayName: '初一' }],
    ['2100-12-31', { year: 2100, month: 12, day: 1, leap: false, monthName: '腊月', dayName: '初一' }],
  ])('%s is %o', (date, expected) => {
    expect(toLunar(date)).toEqual(expected);
  });

  it('gets 春节 2027 and 2030 right (ICU does not)', () => {
    expect(fromLunar({ year: 2027, month: 1, day: 1 })).toBe('2027-02-06');
    expect(fromLunar({ year: 2030, month: 1, day: 1 })).toBe('2030-02-03');
  });

  it('decides the date in Beijing time by default: 2026-02-16T16:30Z is 春节', () => {
    expect(toLunar('2026-02-16T16:30:00Z').dayName).toBe('初一');
    expect(toLunar(new Date('2026-02-16T16:30:00Z')).monthName).toBe('正月');
    expect(toLunar(Date.parse('2026-02-16T16:30:00Z'), { timeZone: 'UTC' }).dayName).toBe('廿九');
  });

  it('turns at midnight in the zone', () => {
    expect(toLunar('2026-02-16T15:59:59Z').dayName).toBe('廿九');
    expect(toLunar('2026-02-16T16:00:00Z').dayName).toBe('初一');
    expect(toLunar('2026-02-17T00:00:00+08:00').dayName).toBe('初一');
  });

  it('reads a plain date as a calendar date in the zone, not as UTC midnight', () => {
    expect(toLunar('2026-02-17', { timeZone: 'America/Los_Angeles' }).dayName).toBe('初一');
  });

  it('rejects dates outside 1900-01-31 … 2100-12-31 with DATE_OUT_OF_RANGE', () => {
    expect(codeOf(() => toLunar('1899-12-31'))).toBe('DATE_OUT_OF_RANGE');
    expect(codeOf(() => toLunar('1900-01-30'))).toBe('DATE_OUT_OF_RANGE');
    expect(codeOf(() => toLunar('2101-01-01'))).toBe('DATE_OUT_OF_RANGE');
    expect(() => toLunar('1899-12-31')).toThrow('outside the supported range 1900-01-31 … 2100-12-31');
  });

  it('rejects bad input with typed errors', () => {
    expect(codeOf(() => toLunar('2026-02-30'))).toBe('INVALID_DATE');
    expect(codeOf(() => toLunar('tomorrow'))).toBe('INVALID_DATE');
    expect(codeOf(() => toLunar(Number.NaN))).toBe('INVALID_DATE');
    expect(codeOf(() => toLunar(new Date('x')))).toBe('INVALID_DATE');
    expect(codeOf(() => toLunar('2026-01-01', { timeZone: 'Mars/Olympus' }))).toBe('UNKNOWN_TIME_ZONE');
  });
});

describe('fromLunar', () => {
  it('converts lunar dates, leap months included', () => {
    expect(fromLunar({ year: 2020, month: 4, day: 1, leap: true })).toBe('2020-05-23');
    expect(fromLunar({ year: 2020, month: 5, day: 1 })).toBe('2020-06-21');
    expect(fromLunar({ year: 2024, month: 12, day: 29 })).toBe('2025-01-28');
  });

  it('rejects months and days that do not exist', () => {
    expect(codeOf(() => fromLunar({ year: 2024, month: 12, day: 30 }))).toBe('INVALID_DATE');
    expect(codeOf(() => fromLunar({ year: 2024, month: 4, day: 1, leap: true }))).toBe('INVALID_DATE');
    expect(codeOf(() => fromLunar({ year: 2024, month: 13, day: 1 }))).toBe('INVALID_DATE');
    expect(codeOf(() => fromLunar({ year: 1899, month: 1, day: 1 }))).toBe('DATE_OUT_OF_RANGE');
    expect(codeOf(() => fromLunar({ year: 2100, month: 12, day: 2 }))).toBe('DATE_OUT_OF_RANGE');
  });

  it('round-trips with toLunar (fuzz)', () => {
    const first = Date.UTC(1900, 0, 31);
    const last = Date.UTC(2100, 11, 31);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: (last - first) / 86_400_000 }), (n) => {
        const date = new Date(first + n * 86_400_000).toISOString().slice(0, 10);
        expect(fromLunar(toLunar(date))).toBe(date);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('holidayOn', () => {
  it('a 调休 Saturday is a working day of the holiday', () => {
    expect(holidayOn('2026-02-14')).toEqual({
      date: '2026-02-14',
      weekday: 6,
      statutory: {
        id: 'spring-festival',
        name: '春节',
        off: false,
        official: true,
        provisional: false,
        break: null,
        festivalDay: false,
        legal: false,
        notice: statutoryNotices(2026)[0],
      },
      workday: true,
      pay: 1,
      layer: 'official',
      festivals: [],
      solarTerm: null,
    });
  });

  it('a holiday Monday is not a working day', () => {
    const day = holidayOn('2026-02-23');
    expect([day.weekday, day.workday, day.statutory?.off]).toEqual([1, false, true]);
  });

  it('除夕 on 腊月廿九 (2025-01-28)', () => {
    expect(holidayOn('2025-01-28').festivals).toEqual([{ id: 'chuxi', name: '除夕' }]);
    expect(holidayOn('2025-01-28').statutory?.id).toBe('spring-festival');
  });

  it('2025 reform: 春节 and 劳动节 gained a day', () => {
    expect(holidayOn('2025-02-04').statutory?.id).toBe('spring-festival');
    expect(holidayOn('2025-05-05').statutory?.id).toBe('labour-day');
  });

  it('a late-December 调休 day belongs to the next year’s notice', () => {
    expect(holidayOn('2007-12-29').statutory).toMatchObject({ id: 'new-year', name: '元旦', off: false, official: true, notice: { year: 2008 } });
    expect(holidayOn('2022-12-31').statutory?.id).toBe('new-year');
  });

  it('answers unpublished years from the provisional schedule, marked official: false, provisional: true', () => {
    // 2027: 除夕 is Friday 02-05; 8 days from 除夕 (2024 reform), the Saturday after joins, two 调休 Sundays
    expect(holidayOn('2027-02-05').statutory).toEqual({
      id: 'spring-festival',
      name: '春节',
      off: true,
      official: false,
      provisional: true,
      break: { day: 1, of: 9 },
      festivalDay: false,
      legal: true,
      notice: null,
    });
    expect(holidayOn('2027-02-09')).toMatchObject({ workday: false, pay: 2, layer: 'provisional', statutory: { break: { day: 5, of: 9 }, legal: false } }); // 初四: a bridge day
    expect(holidayOn('2027-02-14')).toMatchObject({ workday: true, pay: 1, statutory: { off: false, provisional: true } });
    expect(holidayOn('2027-01-31').workday).toBe(true);
    expect(holidayOn('2027-02-15').statutory).toBeNull();
    expect(holidayOn('2027-05-03').workday).toBe(false); // 劳动节 5-1…5-5
    expect(holidayOn('2027-05-08').workday).toBe(true);
  });

  it('in America/Los_Angeles the same instant is still 除夕', () => {
    const at = '2026-02-17T07:00:00Z'; // 15:00 in Beijing on 春节, 23:00 on the 16th in Los Angeles
    expect(holidayOn(at).festivals.map((f) => f.id)).toEqual(['spring-festival']);
    expect(holidayOn(at, { timeZone: 'America/Los_Angeles' }).festivals.map((f) => f.id)).toEqual(['chuxi']);
  });

  it('lists traditional festivals, observances and solar terms', () => {
    expect(holidayOn('2025-10-06').festivals).toEqual([{ id: 'mid-autumn', name: '中秋节' }]);
    expect(holidayOn('2025-10-01').festivals).toEqual([{ id: 'national-day', name: '国庆节' }]);
    expect(holidayOn('2025-12-25').festivals).toEqual([{ id: 'christmas', name: '圣诞节' }]);
    expect(holidayOn('2025-12-21').solarTerm).toEqual({ id: 'dongzhi', name: '冬至' });
    expect(holidayOn('2026-02-10').festivals).toEqual([{ id: 'xiaonian', name: '小年' }]);
    expect(holidayOn('2026-02-11', { xiaonian: 'south' }).festivals).toEqual([{ id: 'xiaonian', name: '小年' }]);
    expect(holidayOn('2026-08-19').festivals).toEqual([{ id: 'qixi', name: '七夕节' }]);
  });

  it('finds 清明 by formula on the day the solar-term table says, every year 1900–2100', () => {
    const wrong: string[] = [];
    for (let year = 1900; year <= 2100; year++) if (qingmingDay(year) !== termDay(year, 6)) wrong.push(`${year}: ${qingmingDay(year)} ≠ ${termDay(year, 6)}`);
    expect(wrong).toEqual([]);
    expect([qingmingDay(2026), qingmingDay(2008), qingmingDay(1900), qingmingDay(2100)]).toEqual([5, 4, 5, 5]);
    expect(holidayOn('2026-04-05').festivals).toEqual([{ id: 'qingming', name: '清明节' }]);
    expect(holidayOn('2008-04-04').festivals).toEqual([{ id: 'qingming', name: '清明节' }]);
  });

  it('no festivals in a leap month', () => {
    expect(holidayOn('2020-06-06').festivals).toEqual([]); // 闰四月十五
  });

  it('never throws on the supported range, in any zone (fuzz)', () => {
    const zones = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Auckland', 'Pacific/Kiritimati'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 1, 2), max: Date.UTC(2100, 11, 30) }), fc.constantFrom(...zones), (ms, timeZone) => {
        const day = holidayOn(ms, { timeZone });
        expect(day.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('records every year’s notice with its URL, and the 文号 and issue date from 2008', () => {
    for (let year = 2007; year <= 2026; year++) {
      const [main] = statutoryNotices(year);
      expect(main?.title).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`);
      expect(main?.url).toMatch(/^https?:\/\/www\.gov\.cn\//);
      if (year >= 2008) expect([main?.number, main?.issued]).toEqual([expect.stringMatching(/^国办发明电〔\d{4}〕\d+号$/), expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
    }
    expect(statutoryNotices(2026)[0]).toMatchObject({ number: '国办发明电〔2025〕7号', issued: '2025-11-04' });
  });

  it('records the notices', () => {
    expect(statutoryNotices(2020).map((n) => n.title)).toEqual(['国务院办公厅关于2020年部分节假日安排的通知', '国务院办公厅关于延长2020年春节假期的通知']);
  });
});

describe('zonedDateTime', () => {
  it('gives the hour in the zone', () => {
    expect(zonedDateTime('2026-02-16T16:30:00Z')).toEqual({ year: 2026, month: 2, day: 17, hour: 0, minute: 30, second: 0, weekday: 2, date: '2026-02-17' });
    expect(zonedDateTime('2026-07-01T12:00:00Z', 'America/Los_Angeles').hour).toBe(5);
    expect(zonedDateTime('2026-07-01T12:00:00Z', 'Pacific/Auckland').date).toBe('2026-07-02');
  });

  it('handles Beijing daylight saving time of 1986–1991 through Intl', () => {
    expect(zonedDateTime('1988-07-01T00:00:00Z').hour).toBe(9);
  });

  it('takes an ISO string without offset as wall-clock time in the zone', () => {
    expect(zonedDateTime('2026-02-17T09:05', 'America/Los_Angeles').hour).toBe(9);
  });
});

describe('zonedDateTime offset cache', () => {
  const direct = new Map<string, Intl.DateTimeFormat>();
  const viaIntl = (ms: number, timeZone: string) => {
    let f = direct.get(timeZone);
    if (!f) direct.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })));
    const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, Number(x.value)]));
    return [p.year, p.month, p.day, p.hour, p.minute, p.second];
  };
  const zones = ['Asia/Shanghai', 'America/Los_Angeles', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Apia', 'Africa/Casablanca', 'Asia/Kathmandu', 'Europe/Moscow'];

  it('agrees with Intl to the second, around every offset change too (fuzz)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 11, 31) }), fc.constantFrom(...zones), (ms, timeZone) => {
        const z = zonedDateTime(ms, timeZone);
        expect([z.year, z.month, z.day, z.hour, z.minute, z.second]).toEqual(viaIntl(ms, timeZone));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the same without the cache (wallClockOnce, what greet uses), strings and Dates too (fuzz)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 11, 31) }), fc.constantFrom(...zones, 'UTC'), (ms, timeZone) => {
        expect(zonedDateTimeOnce(ms, timeZone)).toEqual(zonedDateTime(ms, timeZone));
        expect(zonedDateTimeOnce(new Date(ms), timeZone)).toEqual(zonedDateTime(ms, timeZone));
        const iso = new Date(ms).toISOString();
        expect(zonedDateTimeOnce(iso, timeZone)).toEqual(zonedDateTime(iso, timeZone));
        expect(zonedDateTimeOnce(iso.slice(0, 16), timeZone)).toEqual(zonedDateTime(iso.slice(0, 16), timeZone));
      }),
      { numRuns: 2000 },
    );
    expect(() => zonedDateTimeOnce(0, 'Mars/Olympus')).toThrow(expect.objectContaining({ code: 'UNKNOWN_TIME_ZONE' }));
  });

  it('switches at the exact second of a DST change', () => {
    const change = Date.UTC(2026, 2, 8, 10); // 02:00 PST → 03:00 PDT
    expect(zonedDateTime(change - 1000, 'America/Los_Angeles').hour).toBe(1);
    expect(zonedDateTime(change, 'America/Los_Angeles').hour).toBe(3);
    expect(zonedDateTime(Date.UTC(1988, 3, 16, 17, 59, 59), 'Asia/Shanghai').hour).toBe(1); // 1988 DST began 04-17 02:00
    expect(zonedDateTime(Date.UTC(1988, 3, 16, 18), 'Asia/Shanghai').hour).toBe(3);
  });
});

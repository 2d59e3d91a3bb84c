import { afterEach, describe, expect, it } from 'vitest';
import { addHolidaySchedule, holidayOn, removeHolidaySchedule, ScheduleValidationError, statutoryNotices } from '../../src/calendar/index.js';
import { greet } from '../../src/greetings/index.js';
import { isHuashuError } from '../../src/errors/index.js';
import { provisionalError } from '../../scripts/calendar/provisional-error.js';

const NOTICE_2027 = { title: '国务院办公厅关于2027年部分节假日安排的通知', number: '国办发明电〔2026〕9号', url: 'https://www.gov.cn/zhengce/2027.htm' };

afterEach(() => {
  for (let y = 2020; y <= 2040; y++) removeHolidaySchedule(y);
});

describe('holidayOn: the day within its break', () => {
  it.each([
    // date, break, festivalDay, legal (法定), pay
    ['2026-02-15', { day: 1, of: 9 }, false, false, 2], // 腊月廿八, a Sunday of the break
    ['2026-02-16', { day: 2, of: 9 }, false, true, 3], // 除夕, statutory since the 2024 reform
    ['2026-02-17', { day: 3, of: 9 }, true, true, 3], // 正月初一
    ['2026-02-20', { day: 6, of: 9 }, false, false, 2], // 初四, a bridge day
    ['2024-02-09', null, null, null, 1], // 2024: 除夕 was a working day (not in the notice)
    ['2024-02-10', { day: 1, of: 8 }, true, true, 3],
    ['2025-10-06', { day: 6, of: 8 }, true, true, 3], // 中秋 inside the national-day break: one break of 8
    ['2025-05-02', { day: 2, of: 5 }, false, true, 3], // 5-2 became statutory in 2025
    ['2024-05-02', { day: 2, of: 5 }, false, false, 2], // …and was a bridge day before
    ['2015-09-27', { day: 2, of: 2 }, true, true, 3], // 中秋 on a Sunday
  ] as const)('%s', (date, brk, festivalDay, legal, pay) => {
    const day = holidayOn(date);
    expect(day.statutory?.break ?? null).toEqual(brk);
    if (festivalDay !== null) expect([day.statutory?.festivalDay, day.statutory?.legal]).toEqual([festivalDay, legal]);
    expect(day.pay).toBe(pay);
  });

  it('pays 1 on a 调休 working day and 2 on an ordinary weekend', () => {
    expect([holidayOn('2026-02-28').pay, holidayOn('2026-03-07').pay, holidayOn('2026-03-09').pay]).toEqual([1, 2, 1]);
  });

  it('cites the notice a day comes from, amendments included', () => {
    expect(holidayOn('2019-05-03').statutory?.notice?.title).toBe('国务院办公厅关于调整2019年劳动节假期安排的通知');
    expect(holidayOn('2020-02-01').statutory?.notice?.number).toBe('国办发明电〔2020〕1号');
    expect(holidayOn('2015-09-04').statutory?.notice?.number).toBe('国发明电〔2015〕1号');
    expect(holidayOn('2015-10-02').statutory?.notice?.number).toBe('国办发明电〔2014〕28号');
  });
});

describe('overlays', () => {
  const acme = { name: 'acme', off: ['2026-02-24..2026-02-25'], work: ['2026-02-23'] };

  it('an overlay decides workday and says so; statutory and pay stay the law', () => {
    expect(holidayOn('2026-02-24', { overlays: [acme] })).toMatchObject({ workday: false, layer: 'overlay', overlay: 'acme', statutory: null, pay: 1 });
    expect(holidayOn('2026-02-23', { overlays: [acme] })).toMatchObject({ workday: true, layer: 'overlay', statutory: { id: 'spring-festival', off: true }, pay: 2 });
    expect(holidayOn('2026-02-26', { overlays: [acme] })).toMatchObject({ workday: true, layer: 'weekday' });
    expect('overlay' in holidayOn('2026-02-26', { overlays: [acme] })).toBe(false);
  });

  it('a later overlay wins', () => {
    const region = { name: 'region', work: ['2026-02-24'] };
    expect(holidayOn('2026-02-24', { overlays: [acme, region] })).toMatchObject({ workday: true, overlay: 'region' });
  });

  it.each([
    [[{ name: 'x', off: ['2026-02-31'] }], 'overlays[0].off[0] "2026-02-31"'],
    [[{ name: 'x', work: ['2026-03-01..2026-02-01'] }], 'overlays[0].work[0]'],
    [[{ name: '' }], 'overlays[0] needs a name'],
    [[{ name: 'x', off: '2026-02-01' }], 'overlays[0].off must be an array'],
  ])('rejects a malformed overlay %j with INVALID_ARGUMENT naming where', (overlays, where) => {
    let error: unknown;
    try {
      holidayOn('2026-02-24', { overlays: overlays as never });
    } catch (e) {
      error = e;
    }
    expect(isHuashuError(error) && error.code).toBe('INVALID_ARGUMENT');
    expect((error as Error).message).toContain(where);
  });
});

describe('addHolidaySchedule', () => {
  it('a published schedule added at run time overrides the provisional one and cites its notice', () => {
    expect(holidayOn('2027-02-13')).toMatchObject({ workday: false, layer: 'provisional', statutory: { official: false, provisional: true } });
    addHolidaySchedule(2027, {
      notices: [NOTICE_2027],
      holidays: [
        { id: 'spring-festival', off: ['2027-02-05..2027-02-12'], work: ['2027-01-31', '2027-02-20'] },
        { id: 'national-day', off: ['2027-10-01..2027-10-07'] },
      ],
    });
    expect(holidayOn('2027-02-13')).toMatchObject({ workday: false, layer: 'weekday', statutory: null }); // an ordinary Saturday now
    expect(holidayOn('2027-02-20')).toMatchObject({ workday: true, layer: 'added', statutory: { id: 'spring-festival', off: false, official: true, provisional: false } });
    expect(holidayOn('2027-02-08').statutory).toMatchObject({ break: { day: 4, of: 8 }, legal: true, notice: { year: 2027, number: '国办发明电〔2026〕9号' } });
    expect(holidayOn('2027-05-03').statutory).toBeNull(); // the whole year is the added schedule
    expect(statutoryNotices(2027).map((n) => n.title)).toEqual([NOTICE_2027.title]);
    expect(greet({ at: '2027-02-13T02:00:00Z' }).reason).toEqual({ kind: 'time-of-day', slot: 'forenoon' });
    expect(greet({ at: '2027-02-11T02:00:00Z' }).reason).toEqual({ kind: 'holiday-period', holiday: { id: 'spring-festival', name: '春节' } });
    expect(removeHolidaySchedule(2027)).toBe(true);
    expect(holidayOn('2027-02-13').layer).toBe('provisional');
  });

  it('replaces a built-in year too (a correction)', () => {
    addHolidaySchedule(2026, { year: 2026, notices: [{ title: 'x', url: 'https://example.com/' }], holidays: [{ id: 'new-year', off: ['2026-01-01'] }] });
    expect(holidayOn('2026-02-17').statutory).toBeNull();
    expect(holidayOn('2026-01-01').layer).toBe('added');
  });

  it.each([
    ['a bad span', { notices: [NOTICE_2027], holidays: [{ id: 'qingming', off: ['2027-04-5'] }] }, [['holidays', 0, 'off', 0]]],
    ['an unknown holiday', { notices: [NOTICE_2027], holidays: [{ id: 'christmas', off: ['2027-12-25'] }] }, [['holidays', 0, 'id']]],
    ['no notice', { notices: [], holidays: [{ id: 'qingming', off: ['2027-04-05'] }] }, [['notices']]],
    ['02-31', { notices: [NOTICE_2027], holidays: [{ id: 'qingming', off: ['2027-02-31'] }] }, [['holidays', 0, 'off', 0]]],
    ['a weekday 调休', { notices: [NOTICE_2027], holidays: [{ id: 'qingming', off: ['2027-04-05'], work: ['2027-04-07'] }] }, [['holidays', 0, 'work', 0]]],
    ['a day of another year', { notices: [NOTICE_2027], holidays: [{ id: 'qingming', off: ['2028-04-05'] }] }, [['holidays', 0, 'off', 0]]],
    ['a day twice', { notices: [NOTICE_2027], holidays: [{ id: 'qingming', off: ['2027-04-05'] }, { id: 'labour-day', off: ['2027-04-05'] }] }, [['holidays', 1, 'off', 0]]],
    ['another year', { year: 2028, notices: [NOTICE_2027], holidays: [{ id: 'qingming', off: ['2027-04-05'] }] }, [['year']]],
    ['an extra key', { notices: [NOTICE_2027], holidays: [{ id: 'qingming', off: ['2027-04-05'], of: 1 }] }, [['holidays', 0]]],
  ])('rejects %s with INVALID_SCHEDULE and the path', (_, schedule, paths) => {
    let error: unknown;
    try {
      addHolidaySchedule(2027, schedule as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScheduleValidationError);
    expect((error as ScheduleValidationError).code).toBe('INVALID_SCHEDULE');
    expect((error as ScheduleValidationError).issues.map((i) => i.path)).toEqual(paths);
    expect(holidayOn('2027-04-05').layer).not.toBe('added');
  });

  it('rejects a year out of range and a schedule that is not an object', () => {
    expect(() => addHolidaySchedule(1999, { notices: [NOTICE_2027], holidays: [] })).toThrow(ScheduleValidationError);
    expect(() => addHolidaySchedule(2027, null as never)).toThrow('Invalid holiday schedule for 2027');
  });
});

describe('provisional schedules, measured against the notices 2008–2026', () => {
  // The method (src/calendar/rules.ts) with the rules in force each year, compared day by day
  // with the notices. These are the measured figures of docs/calendar.md; a change of method
  // that moves any of them must update both.
  it('differs on these many days per year', () => {
    const measured = Object.fromEntries(Array.from({ length: 19 }, (_, i) => 2008 + i).map((y) => [y, provisionalError(y).differences.length]));
    expect(measured).toEqual({
      2008: 8, 2009: 0, 2010: 8, 2011: 0, 2012: 8, 2013: 15, 2014: 2, 2015: 6, 2016: 0, 2017: 0,
      2018: 0, 2019: 5, 2020: 7, 2021: 4, 2022: 4, 2023: 4, 2024: 10, 2025: 0, 2026: 0,
    });
  });

  it('the years since the 2024 reform come out exactly', () => {
    expect(provisionalError(2025).differences).toEqual([]);
    expect(provisionalError(2026).differences).toEqual([]);
  });

  it('a bank bot sees the 2027 春节 as days off', () => {
    for (let d = 5; d <= 13; d++) expect(holidayOn(`2027-02-${String(d).padStart(2, '0')}`).workday).toBe(false);
    expect(greet({ at: '2027-02-09T02:00:00Z' }).wish).toBe('新年好');
  });
});

describe('a pack’s holidays section', () => {
  it('createPhrasebook adds the pack’s schedules to the calendar', async () => {
    const { createPhrasebook } = await import('../../src/phrasebook/index.js');
    const book = createPhrasebook({ packs: [{ id: 'bank', holidays: [{ year: 2027, notices: [NOTICE_2027], holidays: [{ id: 'spring-festival', off: ['2027-02-05..2027-02-12'] }] }] }] });
    expect(holidayOn('2027-02-13').layer).toBe('weekday');
    expect(book.greet({ at: '2027-02-12T02:00:00Z' }).wish).toBe('新年好');
  });

  it('reports a bad schedule as a pack issue with its path, and adds nothing', async () => {
    const { createPhrasebook } = await import('../../src/phrasebook/index.js');
    let error: unknown;
    try {
      createPhrasebook({ packs: [{ id: 'bank', holidays: [{ year: 2027, notices: [NOTICE_2027], holidays: [{ id: 'spring-festival', off: ['2027-02-05..2027-02-12'], work: ['2027-02-03'] }] }] }] });
    } catch (e) {
      error = e;
    }
    expect(isHuashuError(error) && error.code).toBe('PACK_INVALID');
    expect((error as { issues: Array<{ path: unknown[] }> }).issues.map((i) => i.path)).toEqual([['holidays', 0, 'holidays', 0, 'work', 0]]);
    expect(holidayOn('2027-02-13').layer).toBe('provisional');
  });
});

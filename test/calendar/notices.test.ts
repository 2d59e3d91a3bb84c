import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { holidayOn } from '../../src/calendar/index.js';
import { parseYaml } from '../../src/files/index.js';
import type { HolidayYear } from '../../src/schema/holiday.js';
import { daysOfQuote, daysOfQuotes } from '../../scripts/calendar/notice-text.js';

const DIR = new URL('../../data/calendar/holidays/', import.meta.url);
const years = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parseYaml(readFileSync(new URL(f, DIR), 'utf8')).value as HolidayYear);
const DAY = 86_400_000;
const next = (iso: string) => new Date(Date.parse(iso) + DAY).toISOString().slice(0, 10);

describe('each notice, day by day (2007–2026)', () => {
  it('covers every year 2007–2026', () => {
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: 20 }, (_, i) => 2007 + i));
  });

  it.each(years.map((y) => [y.year, y] as const))('%i: every day the notice names is what holidayOn says, and no other day of the year is a holiday', (year, y) => {
    const differences: string[] = [];
    const named = new Set<string>();
    const groups = new Map<string, string[]>();
    for (const h of y.holidays) groups.set(JSON.stringify(h.quote), [...(groups.get(JSON.stringify(h.quote)) ?? []), h.id]);
    for (const [key, ids] of groups) {
      const quotes = (JSON.parse(key) as Array<string | { text: string }>).map((q) => (typeof q === 'string' ? q : q.text));
      const said = daysOfQuotes(quotes, year, ids[0]!);
      expect(said.problems).toEqual([]);
      for (const date of said.off) {
        named.add(date);
        const day = holidayOn(date);
        if (day.workday || day.statutory?.off !== true || !ids.includes(day.statutory.id)) differences.push(`${date} should be off for ${ids.join('/')}: ${JSON.stringify(day.statutory)}`);
      }
      for (const date of said.work) {
        named.add(date);
        const day = holidayOn(date);
        if (!day.workday || day.statutory?.off !== false || !ids.includes(day.statutory.id)) differences.push(`${date} should be a 调休 working day of ${ids.join('/')}`);
      }
    }
    // the other way round: every day of the year (and the December before) that holidayOn calls statutory is named
    for (let d = `${year - 1}-12-01`; d <= `${year}-11-30`; d = next(d)) {
      const day = holidayOn(d);
      if (day.statutory !== null && day.statutory.official && !named.has(d) && (Number(d.slice(0, 4)) === year || day.statutory.id === 'new-year')) differences.push(`${d} is ${day.statutory.id} but no notice names it`);
    }
    expect(differences).toEqual([]);
  });

  it('weekend days inside a notice range are holiday days, not ordinary weekend days', () => {
    expect(holidayOn('2011-06-05').statutory).toMatchObject({ id: 'dragon-boat', off: true }); // 6月4日至6日放假公休
    expect(holidayOn('2012-06-23').statutory).toMatchObject({ id: 'dragon-boat', off: true }); // 6月22日至24日放假公休
    expect(holidayOn('2015-09-05').statutory).toMatchObject({ id: 'victory-day', off: true }); // 9月3日至5日调休放假
    expect(holidayOn('2015-05-02').statutory).toMatchObject({ id: 'labour-day', off: true }); // 5月1日放假，与周末连休
    expect(holidayOn('2016-12-31').statutory).toMatchObject({ id: 'new-year', off: true }); // 2017: 1月1日放假，1月2日（星期一）补休
  });
});

describe('reading a notice sentence', () => {
  it('reads a range, its length and the 调休 working days', () => {
    expect(daysOfQuote('2月18日至24日放假调休，共7天。2月15日（星期日）、2月28日（星期六）上班。', 2015, 'spring-festival')).toEqual({
      off: ['2015-02-18', '2015-02-19', '2015-02-20', '2015-02-21', '2015-02-22', '2015-02-23', '2015-02-24'],
      work: ['2015-02-15', '2015-02-28'],
      problems: [],
    });
  });

  it('joins a named day with the weekend it touches', () => {
    expect(daysOfQuote('4月5日放假，4月6日（星期一）补休。', 2015, 'qingming').off).toEqual(['2015-04-04', '2015-04-05', '2015-04-06']);
    expect(daysOfQuote('1月1日放假1天。', 2014, 'new-year').off).toEqual(['2014-01-01']);
  });

  it('puts December days of 元旦 in the year before, and reads explicit years', () => {
    expect(daysOfQuote('2007年12月30日—2008年1月1日放假，共3天。……12月29日（星期六）上班。', 2008, 'new-year')).toMatchObject({ off: ['2007-12-30', '2007-12-31', '2008-01-01'], work: ['2007-12-29'] });
  });

  it('extends a break (2020) and lifts the working days inside it', () => {
    const r = daysOfQuotes(['1月24日至30日放假调休，共7天。1月19日（星期日）、2月1日（星期六）上班。', '延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。'], 2020, 'spring-festival');
    expect([r.off.at(-1), r.work, r.problems]).toEqual(['2020-02-02', ['2020-01-19'], []]);
  });

  it('reports a wrong weekday, a wrong count and a day both off and working', () => {
    expect(daysOfQuote('2月18日至24日放假调休，共8天。2月15日（星期六）、2月20日上班。', 2015, 'spring-festival').problems).toEqual([
      '2015-02-15 is not a 星期六 but a 星期日',
      'says 8 days but names 7',
      '2015-02-20 is both off and a working day',
    ]);
  });
});

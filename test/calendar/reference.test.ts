// Every day 1901–2099 against lunar-javascript (the tables were generated from tyme4ts: two
// independent implementations must agree), and every day of every published year against
// chinese-days' statutory data.
import cd from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { Solar } from 'lunar-javascript';
import { describe, expect, it } from 'vitest';
import { fromLunar, holidayOn, STATUTORY_RANGE, toLunar } from '../../src/calendar/index.js';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const TERM_IDS: Record<string, string> = {
  小寒: 'xiaohan', 大寒: 'dahan', 立春: 'lichun', 雨水: 'yushui', 惊蛰: 'jingzhe', 春分: 'chunfen', 清明: 'qingming', 谷雨: 'guyu',
  立夏: 'lixia', 小满: 'xiaoman', 芒种: 'mangzhong', 夏至: 'xiazhi', 小暑: 'xiaoshu', 大暑: 'dashu', 立秋: 'liqiu', 处暑: 'chushu',
  白露: 'bailu', 秋分: 'qiufen', 寒露: 'hanlu', 霜降: 'shuangjiang', 立冬: 'lidong', 小雪: 'xiaoxue', 大雪: 'daxue', 冬至: 'dongzhi',
};

describe('lunar conversion agrees with lunar-javascript on every day 1901–2099', () => {
  it('year, month, leap flag, day, month name; fromLunar inverts it; solar terms agree', () => {
    const wrong: string[] = [];
    for (let t = Date.UTC(1901, 0, 1); t <= Date.UTC(2099, 11, 31); t += DAY) {
      const d = new Date(t);
      const date = iso(t);
      const ref = Solar.fromYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()).getLunar();
      const ours = toLunar(date);
      const refMonth = ref.getMonth();
      if (
        ours.year !== ref.getYear() ||
        ours.month !== Math.abs(refMonth) ||
        ours.leap !== refMonth < 0 ||
        ours.day !== ref.getDay() ||
        ours.monthName !== `${ref.getMonthInChinese()}月` ||
        ours.dayName !== ref.getDayInChinese() ||
        fromLunar(ours) !== date
      ) {
        wrong.push(date);
      }
      const term = ref.getJieQi();
      const ourTerm = holidayOn(date).solarTerm;
      if ((term === '' ? null : TERM_IDS[term]) !== (ourTerm?.id ?? null)) wrong.push(`${date} term ${term}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});

const NAMES: Record<string, string> = {
  元旦: 'new-year', 春节: 'spring-festival', 清明: 'qingming', 劳动节: 'labour-day', 端午: 'dragon-boat', 中秋: 'mid-autumn', 国庆节: 'national-day',
  中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: 'victory-day',
};

describe(`statutory holidays agree with chinese-days for every day of ${STATUTORY_RANGE.first}–${STATUTORY_RANGE.last}`, () => {
  // chinese-days leaves out the weekend days inside a notice's range (2011's 6月4日至6日, 2015's
  // 9月3日至5日, the weekends of 与周末连休…): huashu lists them (test/calendar/notices.test.ts reads
  // the notices); here they are the only difference, each a Saturday or Sunday.
  it('off days, 调休 working days and holiday ids; only weekend days of a break differ', () => {
    const weekendsAdded: string[] = [];
    const holidays = cd.holidays as Record<string, string>;
    const workdays = cd.workdays as Record<string, string>;
    const wrong: string[] = [];
    for (let t = Date.UTC(STATUTORY_RANGE.first - 1, 11, 25); t <= Date.UTC(STATUTORY_RANGE.last, 11, 31); t += DAY) {
      const date = iso(t);
      const ours = holidayOn(date);
      const h = holidays[date];
      const w = workdays[date];
      const weekday = new Date(t).getUTCDay();
      const expected =
        h !== undefined
          ? { id: NAMES[h.split(',')[1]!], off: true, workday: false }
          : w !== undefined
            ? { id: NAMES[w.split(',')[1]!], off: false, workday: true }
            : { id: undefined, off: undefined, workday: weekday !== 0 && weekday !== 6 };
      const got = { id: ours.statutory?.id, off: ours.statutory?.off, workday: ours.workday };
      if (Number(date.slice(0, 4)) < STATUTORY_RANGE.first && expected.id === undefined) continue;
      if (expected.id === undefined && (weekday === 0 || weekday === 6) && got.off === true && !got.workday) weekendsAdded.push(date);
      else if (JSON.stringify(got) !== JSON.stringify(expected)) wrong.push(`${date} ${JSON.stringify(got)} ≠ ${JSON.stringify(expected)}`);
      if (ours.statutory !== null && !ours.statutory.official) wrong.push(`${date} not official`);
    }
    expect(wrong).toEqual([]);
    expect(weekendsAdded.length).toBe(30);
    expect(weekendsAdded.slice(0, 4)).toEqual(['2011-06-05', '2012-06-23', '2014-05-31', '2014-06-01']);
  });
});

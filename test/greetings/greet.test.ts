import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addHolidaySchedule, removeHolidaySchedule } from '../../src/calendar/index.js';
import { createGreeter, greet } from '../../src/greetings/index.js';
import { honorific } from '../../src/honorifics/index.js';
import { GREETING_REGIONS } from '../../src/schema/greetings.js';
import { isHuashuError } from '../../src/errors/huashu-error.js';

const PHONE = '很高兴为您服务，请说。';

describe('greet: holidays and festivals (Asia/Shanghai)', () => {
  it.each([
    ['春节 itself (2026-02-17 00:30 in Beijing)', '2026-02-16T16:30:00Z', '新年好', { kind: 'festival', holiday: { id: 'spring-festival', name: '春节' } }],
    ['the 春节 holiday period', '2026-02-20T02:00:00Z', '新年好', { kind: 'holiday-period', holiday: { id: 'spring-festival', name: '春节' } }],
    ['元旦', '2026-01-01T02:00:00Z', '新年好', { kind: 'festival', holiday: { id: 'new-year', name: '元旦' } }],
    ['中秋 (its own wish)', '2026-09-25T02:00:00Z', '中秋快乐', { kind: 'festival', holiday: { id: 'mid-autumn', name: '中秋节' } }],
    ['the day after 中秋, still off', '2026-09-26T02:00:00Z', '节日好', { kind: 'holiday-period', holiday: { id: 'mid-autumn', name: '中秋节' } }],
    ['国庆 (Oct 1)', '2026-10-01T02:00:00Z', '国庆快乐', { kind: 'festival', holiday: { id: 'national-day', name: '国庆节' } }],
    ['the 国庆 holiday period', '2026-10-05T02:00:00Z', '节日好', { kind: 'holiday-period', holiday: { id: 'national-day', name: '国庆节' } }],
    ['端午 (安康, not 快乐)', '2026-06-19T02:00:00Z', '端午安康', { kind: 'festival', holiday: { id: 'dragon-boat', name: '端午节' } }],
    ['清明: remembrance, no festive wish', '2026-04-05T02:00:00Z', '上午好', { kind: 'time-of-day', slot: 'forenoon' }],
    ['the 清明 holiday period', '2026-04-06T07:00:00Z', '下午好', { kind: 'time-of-day', slot: 'afternoon' }],
    ['a 调休 Saturday (a working day)', '2026-02-28T02:00:00Z', '上午好', { kind: 'time-of-day', slot: 'forenoon' }],
    ['the last working day before 春节 (a 调休 Saturday in 2026)', '2026-02-14T02:00:00Z', '提前祝您新春快乐', { kind: 'before-break', holiday: { id: 'spring-festival', name: '春节' } }],
    ['the Friday before it is not the last', '2026-02-13T02:00:00Z', '上午好', { kind: 'time-of-day', slot: 'forenoon' }],
    ['the first working day after 春节', '2026-02-24T02:00:00Z', '新年好', { kind: 'after-break', holiday: { id: 'spring-festival', name: '春节' } }],
    ['the last working day before 国庆', '2026-09-30T02:00:00Z', '提前祝您国庆快乐', { kind: 'before-break', holiday: { id: 'national-day', name: '国庆节' } }],
    ['the first working day after 国庆 (no wish listed)', '2026-10-08T02:00:00Z', '上午好', { kind: 'time-of-day', slot: 'forenoon' }],
    ['the last working day before a provisional 春节 (2027)', '2027-02-04T02:00:00Z', '提前祝您新春快乐', { kind: 'before-break', holiday: { id: 'spring-festival', name: '春节' } }],
    ['an ordinary Tuesday', '2026-03-10T02:00:00Z', '上午好', { kind: 'time-of-day', slot: 'forenoon' }],
  ])('%s', (_name, at, wish, reason) => {
    const g = greet({ at });
    expect(g).toEqual({ text: `${wish}！${PHONE}`, salutation: `${wish}！`, body: PHONE, wish, reason });
  });
});

describe('greet: time-of-day slots (local time in the zone)', () => {
  // 2026-03-10 is an ordinary Tuesday; Beijing is UTC+8.
  const at = (hhmm: string) => new Date(Date.parse(`2026-03-10T${hhmm}:00+08:00`));
  it.each([
    ['00:00', '晚上好', 'evening'],
    ['04:59', '晚上好', 'evening'],
    ['05:00', '早上好', 'morning'],
    ['08:59', '早上好', 'morning'],
    ['09:00', '上午好', 'forenoon'],
    ['11:29', '上午好', 'forenoon'],
    ['11:30', '中午好', 'noon'],
    ['13:29', '中午好', 'noon'],
    ['13:30', '下午好', 'afternoon'],
    ['17:59', '下午好', 'afternoon'],
    ['18:00', '晚上好', 'evening'],
    ['23:59', '晚上好', 'evening'],
  ])('%s → %s', (hhmm, wish, slot) => {
    expect(greet({ at: at(hhmm) })).toMatchObject({ wish, reason: { kind: 'time-of-day', slot } });
  });

  it('greets by the customer’s zone, not the server’s: 23:30 UTC is the next morning in Beijing', () => {
    expect(greet({ at: '2026-03-09T23:30:00Z' }).text).toBe(`早上好！${PHONE}`);
    expect(greet({ at: '2026-03-09T23:30:00Z', timeZone: 'UTC' }).text).toBe(`晚上好！${PHONE}`);
  });

  it('greets a customer in Los Angeles by their own evening while Beijing celebrates 国庆', () => {
    const at = '2026-10-01T04:00:00Z';
    expect(greet({ at }).wish).toBe('国庆快乐');
    // 09-30 in Los Angeles: a mainland customer's last working day before 国庆; anyone else's evening
    expect(greet({ at, timeZone: 'America/Los_Angeles' }).wish).toBe('提前祝您国庆快乐');
    expect(greet({ at, timeZone: 'America/Los_Angeles', region: 'other' })).toMatchObject({ wish: '晚上好', reason: { kind: 'time-of-day', slot: 'evening' } });
  });

  it('gives a customer abroad festivals on their own date but not mainland days off', () => {
    const la = { timeZone: 'America/Los_Angeles', region: 'other' } as const;
    expect(greet({ ...la, at: '2026-09-25T19:00:00Z' }).wish).toBe('中秋快乐');
    expect(greet({ ...la, at: '2026-09-27T19:00:00Z' }).wish).toBe('中午好');
    expect(greet({ ...la, at: '2026-10-01T19:00:00Z' }).wish).toBe('中午好');
    expect(greet({ timeZone: 'Asia/Hong_Kong', region: 'HK', at: '2026-10-01T04:00:00Z' }).wish).toBe('国庆快乐');
  });
});

describe('greet: customer, birthday, channel, brand, locale', () => {
  it('addresses the customer by the address it is given, or one honorific() makes', () => {
    expect(greet({ at: '2026-02-16T16:30:00Z', customer: '王女士' }).text).toBe(`王女士，新年好！${PHONE}`);
    expect(greet({ at: '2026-02-16T16:30:00Z', customer: honorific({ surname: '王', gender: 'female' }) }).salutation).toBe('王女士，新年好！');
    const customer = honorific({ fullName: '歐陽娜娜', gender: 'female' }, { locale: 'zh-TW' });
    expect(greet({ at: '2026-02-16T16:30:00Z', locale: 'zh-TW', customer }).salutation).toBe('歐陽小姐，新年好！');
    expect(greet({ at: '2026-03-10T02:00:00Z', customer: '' }).salutation).toBe('上午好！');
  });

  it('refuses an unknown locale, region or channel with a typed error', () => {
    const at = '2026-03-10T02:00:00Z';
    expect(() => greet({ at, locale: 'en' as 'zh-CN' })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message: 'Unknown locale "en": huashu speaks zh-CN, zh-TW, zh-HK, and resolves language tags to them (zh, zh-Hans*, zh-CN, zh-SG, zh-MY → zh-CN; zh-Hant*, zh-TW → zh-TW; zh-HK, zh-MO → zh-HK)' }));
    expect(() => greet({ at, region: 'EU' as 'CN' })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message: `greet: unknown region "EU" (${GREETING_REGIONS.join(', ')})` }));
    for (const region of GREETING_REGIONS) expect(greet({ at, region }).wish).toBe('上午好');
    expect(() => greet({ at, channel: 'fax' as 'chat' })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message: 'greet: unknown channel "fax"' }));
  });

  it('refuses a customer object with a message that says what to do', () => {
    const object = { surname: '王', gender: 'female' } as unknown as string;
    expect(() => greet({ customer: object })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message: 'greet: customer {"surname":"王","gender":"female"} is not an address: pass the text (王女士) honorific() makes' }));
  });

  it('takes the gender from the option, else from the address', () => {
    const womensDay = '2026-03-08T02:00:00Z';
    expect(greet({ at: womensDay, customer: '李经理', gender: 'female' }).salutation).toBe('李经理，节日快乐！');
    expect(greet({ at: womensDay, customer: '李经理' }).salutation).toBe('李经理，上午好！');
    expect(greet({ at: womensDay, customer: '李太太' }).wish).toBe('节日快乐');
    expect(greet({ at: womensDay, customer: '李女士', gender: 'unknown' }).wish).toBe('节日快乐');
    expect(greet({ at: womensDay, customer: '王先生/女士' }).wish).toBe('上午好');
    expect(() => greet({ at: womensDay, gender: 'f' as 'female' })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('puts a birthday above every festival', () => {
    const g = greet({ at: '2026-09-25T02:00:00Z', birthday: '09-25', customer: '李先生' });
    expect(g).toMatchObject({ text: `李先生，生日快乐！${PHONE}`, reason: { kind: 'birthday' } });
    expect(greet({ at: '2026-09-25T02:00:00Z', birthday: '1990-09-25' }).wish).toBe('生日快乐');
    expect(greet({ at: '2026-09-25T02:00:00Z', birthday: '09-24' }).wish).toBe('中秋快乐');
  });

  it('compares a Date birthday in the zone, and greets 02-29 birthdays on 02-28 in common years', () => {
    expect(greet({ at: '2026-05-01T02:00:00Z', birthday: new Date('1990-05-01T00:00:00+08:00') }).wish).toBe('生日快乐');
    expect(greet({ at: '2026-02-28T02:00:00Z', birthday: '02-29' }).wish).toBe('生日快乐');
    expect(greet({ at: '2028-02-28T02:00:00Z', birthday: '02-29' }).wish).not.toBe('生日快乐');
    expect(greet({ at: '2028-02-29T02:00:00Z', birthday: '02-29' }).wish).toBe('生日快乐');
  });

  it('says 节日快乐 on 妇女节 only to a customer known to be a woman', () => {
    expect(greet({ at: '2026-03-08T02:00:00Z', customer: '李女士' }).salutation).toBe('李女士，节日快乐！');
    expect(greet({ at: '2026-03-08T02:00:00Z', customer: '张小姐' }).wish).toBe('节日快乐');
    expect(greet({ at: '2026-03-08T02:00:00Z', customer: '李先生' }).salutation).toBe('李先生，上午好！');
  });

  it('follows the channel and the brand', () => {
    const at = '2026-03-10T02:00:00Z';
    expect(greet({ at, channel: 'chat' }).text).toBe('上午好！有什么可以帮到您？');
    expect(greet({ at, channel: 'chat', brand: '阿克米银行' }).text).toBe('上午好！这里是阿克米银行，很高兴为您服务，有什么可以帮到您？');
    expect(greet({ at, brand: '阿克米银行' }).text).toBe('上午好！阿克米银行很高兴为您服务，请说。');
    expect(greet({ at, channel: 'in-person' }).body).toBe('欢迎光临，请问有什么可以帮您？');
    expect(greet({ at, channel: 'letter', brand: '阿克米' }).body).toBe('感谢您一直以来对阿克米的支持。');
  });

  it('writes traditional Chinese for zh-TW and zh-HK', () => {
    expect(greet({ at: '2026-02-16T16:30:00Z', locale: 'zh-TW', customer: '王女士' }).text).toBe('王女士，新年好！很高興為您服務，請說。');
    expect(greet({ at: '2026-09-25T02:00:00Z', locale: 'zh-TW', channel: 'chat' }).text).toBe('中秋快樂！有什麼可以幫到您？');
    expect(greet({ at: '2026-10-05T02:00:00Z', locale: 'zh-HK' }).text).toBe('節日好！很高興為您服務，請説。');
  });

  it('rejects an invalid instant or birthday with a HuashuError', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return isHuashuError(error) ? error.code : 'other';
      }
      return 'none';
    };
    expect(code(() => greet({ at: 'not a date' }))).toBe('INVALID_DATE');
    expect(code(() => greet({ at: '2026-03-10T02:00:00Z', birthday: '13-01' }))).toBe('INVALID_ARGUMENT');
    expect(code(() => greet({ at: '2026-03-10T02:00:00Z', birthday: new Date(Number.NaN) }))).toBe('INVALID_DATE');
  });
});

describe('createGreeter: a team’s occasions and wording', () => {
  const greetAcme = createGreeter({
    occasions: [
      { id: 'double-eleven', name: '双十一', date: '11-11', salutation: '双十一快乐' },
      { id: 'anniversary', name: '阿克米周年庆', date: '06-18', salutation: { 'zh-CN': '周年庆快乐', 'zh-TW': '週年慶快樂' } },
    ],
    wording: {
      festivals: { 'mid-autumn': '中秋节快乐', christmas: null },
      slots: { morning: { 'zh-CN': '早上好', 'zh-TW': '早安' } },
      channels: { phone: { withBrand: '您好，这里是{brand}，请说。' } },
    },
  });

  it('greets on the team’s occasions, above the built-in festivals', () => {
    expect(greetAcme({ at: '2026-11-11T02:00:00Z' })).toMatchObject({ text: `双十一快乐！${PHONE}`, reason: { kind: 'festival', holiday: { id: 'double-eleven', name: '双十一' } } });
    expect(greetAcme({ at: '2026-06-18T02:00:00Z', locale: 'zh-TW' }).wish).toBe('週年慶快樂');
    expect(greetAcme({ at: '2026-11-11T02:00:00Z', birthday: '11-11' }).wish).toBe('生日快乐');
  });

  it('overrides wording and removes wishes', () => {
    expect(greetAcme({ at: '2026-09-25T02:00:00Z' }).wish).toBe('中秋节快乐');
    expect(greetAcme({ at: '2026-12-25T07:00:00Z' }).wish).toBe('下午好');
    expect(greet({ at: '2026-12-25T07:00:00Z' }).wish).toBe('圣诞快乐');
    expect(greetAcme({ at: '2026-03-10T00:00:00Z', locale: 'zh-TW' }).wish).toBe('早安');
    expect(greetAcme({ at: '2026-03-10T02:00:00Z', brand: '阿克米' }).text).toBe('上午好！您好，这里是阿克米，请说。');
  });

  it('refuses traditional output for simplified-only wording unless given a converter', () => {
    expect(() => greetAcme({ at: '2026-11-11T02:00:00Z', locale: 'zh-TW' })).toThrow(/no zh-TW text/);
    const converted = createGreeter({
      occasions: [{ id: 'double-eleven', name: '双十一', date: '11-11', salutation: '双十一快乐' }],
      convert: (text) => text.replace('双', '雙').replace('乐', '樂'),
    });
    expect(converted({ at: '2026-11-11T02:00:00Z', locale: 'zh-TW' }).wish).toBe('雙十一快樂');
  });

  it('rejects an occasion without a valid MM-DD date or an unknown slot', () => {
    expect(() => createGreeter({ occasions: [{ id: 'x', name: 'X', date: '11/11', salutation: 'x' }] })).toThrow(/MM-DD/);
    expect(() => createGreeter({ wording: { slots: { dawn: '早' } } })).toThrow(/unknown time-of-day slot "dawn"/);
  });

  it('rejects channel wording with placeholders greet cannot fill, naming where', () => {
    const bad = (withBrand: string) => () => createGreeter({ wording: { channels: { chat: { withBrand } } } });
    expect(bad('欢迎来到{company}')).toThrow(expect.objectContaining({ code: 'INVALID_TEMPLATE', message: 'createGreeter: wording.channels.chat.withBrand "欢迎来到{company}": {company} cannot be filled here (only {brand})' }));
    expect(bad('欢迎光临')).toThrow(expect.objectContaining({ code: 'INVALID_TEMPLATE', message: 'createGreeter: wording.channels.chat.withBrand "欢迎光临": must contain {brand}' }));
    expect(() => createGreeter({ wording: { channels: { phone: { body: '{brand}为您服务' } } } })).toThrow(/cannot be filled here \(no placeholders\)/);
    const braces = createGreeter({ wording: { channels: { chat: { withBrand: '{{{brand}}}为您服务' } } } });
    expect(braces({ at: '2026-03-10T02:00:00Z', channel: 'chat', brand: '阿克米' }).body).toBe('{阿克米}为您服务');
  });
});

describe('greet: properties', () => {
  const zones = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Europe/London', 'Australia/Sydney', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu'];
  it('never throws for instants 1950–2090 in any zone, and the text is the salutation then the body', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-02T00:00:00Z'), max: new Date('2090-12-30T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        fc.constantFrom('zh-CN', 'zh-TW', 'zh-HK' as const),
        fc.constantFrom('phone', 'chat', 'letter', 'in-person' as const),
        fc.constantFrom('CN', 'HK', 'MO', 'TW', 'other' as const),
        (at, timeZone, locale, channel, region) => {
          const g = greet({ at, timeZone, locale, channel, region });
          expect(g.text.length).toBeGreaterThan(0);
          expect(g.wish.length).toBeGreaterThan(0);
          expect(g.text).toBe(g.salutation + g.body);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('greet: instants given as wall-clock strings', () => {
  it('reads an ISO string without an offset as wall time in the zone, whatever the host zone', () => {
    expect(greet({ at: '2026-03-10T07:30', timeZone: 'America/Los_Angeles' }).wish).toBe('早上好');
    expect(greet({ at: '2026-03-10T07:30' }).wish).toBe('早上好');
    expect(greet({ at: '2026-02-16T20:00' }).reason).toEqual({ kind: 'festival', holiday: { id: 'chuxi', name: '除夕' } });
  });

  it('gives 中秋 its own wish inside the 国庆 holiday (2025-10-06)', () => {
    expect(greet({ at: '2025-10-06T10:00' })).toMatchObject({ wish: '中秋快乐', reason: { kind: 'festival', holiday: { id: 'mid-autumn' } } });
    expect(greet({ at: '2025-10-07T10:00' }).reason.kind).toBe('holiday-period');
  });
});

describe('greet: wishes around a break are data a team can change', () => {
  it('createGreeter changes or removes them', () => {
    const g = createGreeter({ wording: { breaks: { 'spring-festival': { before: '春节将至，提前给您拜年', after: null }, 'labour-day': { before: '五一快乐' } } } });
    expect(g({ at: '2026-02-14T02:00:00Z' }).wish).toBe('春节将至，提前给您拜年');
    expect(g({ at: '2026-02-24T02:00:00Z' }).reason.kind).toBe('time-of-day');
    expect(g({ at: '2026-04-30T02:00:00Z' })).toMatchObject({ wish: '五一快乐', reason: { kind: 'before-break', holiday: { id: 'labour-day' } } });
    expect(greet({ at: '2026-04-30T02:00:00Z' }).reason.kind).toBe('time-of-day');
  });

  it('applies to mainland customers only', () => {
    expect(greet({ at: '2026-02-14T02:00:00Z', region: 'HK' }).reason.kind).toBe('time-of-day');
  });
});

describe('greet: a day greeted again after its schedule changes', () => {
  it('follows a schedule added and removed at run time on the same day', () => {
    const at = '2027-02-11T02:00:00Z'; // provisional 春节 break 2027-02-05…02-12
    expect(greet({ at }).reason).toEqual({ kind: 'holiday-period', holiday: { id: 'spring-festival', name: '春节' } });
    addHolidaySchedule(2027, { notices: [{ title: '国务院办公厅关于2027年部分节假日安排的通知', url: 'https://www.gov.cn/zhengce/2027.htm' }], holidays: [{ id: 'national-day', off: ['2027-10-01..2027-10-07'] }] });
    try {
      expect(greet({ at }).reason).toEqual({ kind: 'time-of-day', slot: 'forenoon' }); // no 春节 break in this notice
    } finally {
      removeHolidaySchedule(2027);
    }
    expect(greet({ at }).reason).toEqual({ kind: 'holiday-period', holiday: { id: 'spring-festival', name: '春节' } });
  });

  it('hands out a festival of its own on every call', () => {
    const first = greet({ at: '2026-09-25T02:00:00Z' }).reason.holiday as { id: string; name: string };
    first.name = 'changed';
    expect(greet({ at: '2026-09-25T03:00:00Z' }).reason.holiday).toEqual({ id: 'mid-autumn', name: '中秋节' });
  });
});

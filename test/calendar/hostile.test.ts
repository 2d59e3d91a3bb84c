import { describe, expect, it } from 'vitest';
import { holidayOn, toLunar, zonedDateTime } from '../../src/calendar/index.js';
import { zoneCacheSize } from '../../src/calendar/time.js';
import { isHuashuError } from '../../src/errors/index.js';
import { createGreeter, greet } from '../../src/greetings/index.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isHuashuError(error) ? error.code : `not a HuashuError: ${String(error)}`;
  }
  return undefined;
}

describe('careless and hostile input (issue 15)', () => {
  it.each(['2026-02-16T16:30:00+99:99', '2026-02-16T16:30:00+24:00', '2026-02-16T16:30:00-05:60', '2026-02-31', '2026-13-01', '2026-02-29'])('rejects %s with INVALID_DATE', (at) => {
    expect(codeOf(() => toLunar(at))).toBe('INVALID_DATE');
    expect(codeOf(() => holidayOn(at))).toBe('INVALID_DATE');
    expect(codeOf(() => greet({ at }))).toBe('INVALID_DATE');
  });

  it('still reads the widest real offsets', () => {
    expect(zonedDateTime('2026-02-16T16:30:00+14:00', 'UTC').date).toBe('2026-02-16');
    expect(zonedDateTime('2026-02-16T16:30:00-12:00', 'UTC').date).toBe('2026-02-17');
  });

  it('toLunar hands out a frozen object: a caller cannot change what the next caller gets', () => {
    const first = toLunar('2026-02-17');
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as { dayName: string }).dayName = '十五';
    }).toThrow(TypeError);
    expect(toLunar('2026-02-17').dayName).toBe('初一');
  });

  it('the time-zone cache stays bounded however many zones and weeks are asked for', () => {
    const zones = Intl.supportedValuesOf('timeZone').slice(0, 80);
    for (const timeZone of zones) for (let i = 0; i < 40; i++) zonedDateTime(Date.UTC(1950 + i, 0, 1), timeZone);
    for (let week = 0; week < 3000; week++) zonedDateTime(Date.UTC(1950, 0, 1) + week * 7 * 86_400_000, 'America/New_York');
    const size = zoneCacheSize();
    expect(size.zones).toBeLessThanOrEqual(32);
    expect(size.windows).toBeLessThanOrEqual(32 * 2048);
    expect(zonedDateTime('2026-07-01T12:00:00Z', 'America/New_York').hour).toBe(8);
  });

  it('the time-zone cache keeps the zones asked last and lets the least recently asked go', () => {
    const others = Intl.supportedValuesOf('timeZone').filter((z) => z !== 'America/New_York');
    const ask = (timeZone: string) => zonedDateTime(Date.UTC(2000, 0, 1), timeZone);
    for (const timeZone of others.slice(100, 132)) ask(timeZone); // the cache holds these 32 zones only
    // New York over 57 years: one window a season (about 115), the other zones one each
    for (let week = 0; week < 3000; week++) zonedDateTime(Date.UTC(1950, 0, 1) + week * 7 * 86_400_000, 'America/New_York');
    expect(zoneCacheSize()).toEqual({ zones: 32, windows: expect.any(Number) });
    const held = zoneCacheSize().windows;
    expect(held).toBeGreaterThan(100);
    for (const timeZone of others.slice(200, 230)) ask(timeZone);
    ask('America/New_York'); // the most recent again: the next two new zones evict others
    ask(others[230]!);
    ask(others[231]!);
    expect(zoneCacheSize().zones).toBe(32);
    expect(zoneCacheSize().windows).toBeGreaterThan(100);
    for (const timeZone of others.slice(232, 263)) ask(timeZone); // 31 newer zones: New York is the oldest and goes
    expect(zoneCacheSize().zones).toBe(32);
    expect(zoneCacheSize().windows).toBeLessThan(100);
  });

  it.each([
    ['a birthday 02-31', { birthday: '02-31' }],
    ['a birthday 2025-02-29', { birthday: '2025-02-29' }],
    ['a birthday that is not text', { birthday: 20260101 as never }],
    ['locale "constructor"', { locale: 'constructor' as never }],
    ['channel "constructor"', { channel: 'constructor' as never }],
    ['channel "__proto__"', { channel: '__proto__' as never }],
    ['a locale that is not text', { locale: 7 as never }],
  ])('greet rejects %s with INVALID_ARGUMENT', (_, options) => {
    expect(codeOf(() => greet({ at: '2026-03-02T01:00:00Z', ...options }))).toBe('INVALID_ARGUMENT');
  });

  it('greet accepts 02-29 birthdays (no year) and greets them on 02-28 in a common year', () => {
    expect(greet({ at: '2026-02-28T02:00:00Z', birthday: '02-29' }).reason).toEqual({ kind: 'birthday' });
  });

  it('greet, holidayOn and toLunar reject null options with a typed error', () => {
    expect(codeOf(() => greet(null as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => holidayOn('2026-01-01', null as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => toLunar('2026-01-01', null as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => toLunar('2026-01-01', { timeZone: 42 as never }))).toBe('UNKNOWN_TIME_ZONE');
  });

  it('createGreeter rejects an occasion on a day no month has', () => {
    expect(codeOf(() => createGreeter({ occasions: [{ id: 'x', name: 'x', date: '02-30', salutation: 'x' }] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createGreeter({ occasions: [{ id: 'x', name: 'x', date: '02-29', salutation: 'x' }] }))).toBeUndefined();
  });
});

describe('edge cases users rely on', () => {
  it('a UTC server at 23:30 greets a Beijing customer by Beijing’s next morning, and its own zone by its night', () => {
    const at = '2026-02-16T23:30:00Z'; // 07:30 on 正月初一 in Beijing
    expect(greet({ at }).reason).toEqual({ kind: 'festival', holiday: { id: 'spring-festival', name: '春节' } });
    expect(holidayOn(at).date).toBe('2026-02-17');
    expect(holidayOn(at, { timeZone: 'UTC' }).date).toBe('2026-02-16');
    expect(greet({ at, timeZone: 'UTC', region: 'other' }).reason).toEqual({ kind: 'festival', holiday: { id: 'chuxi', name: '除夕' } }); // still 除夕 in UTC
    expect(greet({ at: '2026-03-09T23:30:00Z', timeZone: 'UTC' }).reason).toEqual({ kind: 'time-of-day', slot: 'evening' });
  });

  it('除夕 on the 29th: 2025-01-28 is 腊月廿九 and both 除夕 and a statutory day since the 2024 reform', () => {
    expect(toLunar('2025-01-28').dayName).toBe('廿九');
    expect(holidayOn('2025-01-28')).toMatchObject({ festivals: [{ id: 'chuxi' }], pay: 3, statutory: { legal: true, break: { day: 1, of: 8 } } });
    expect(greet({ at: '2025-01-28T02:00:00Z' }).wish).toBe('新年好');
  });

  it('a leap month has no festivals and no holidays: 2025 闰六月十五 is an ordinary day', () => {
    expect(toLunar('2025-08-08')).toMatchObject({ month: 6, day: 15, leap: true });
    expect(holidayOn('2025-08-08')).toMatchObject({ festivals: [], statutory: null });
  });
});

describe('found by the fuzzer', () => {
  it('an object whose toString is not a function is an INVALID_DATE, not a TypeError', () => {
    expect(codeOf(() => toLunar({ toString: {} } as never))).toBe('INVALID_DATE');
    expect(codeOf(() => greet({ at: { toString: {} } as never }))).toBe('INVALID_DATE');
    expect(codeOf(() => greet({ channel: 10n as never }))).toBe('INVALID_ARGUMENT');
  });
});

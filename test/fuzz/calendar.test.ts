// Fuzz the calendar and greet (issue 15): no throw but typed errors, the cached time-zone offsets
// agree with Intl at any instant, results are frozen. Runs are bounded by FUZZ_RUNS (default 300;
// `FUZZ_RUNS=100000 npx vitest run test/fuzz/calendar.test.ts` for a long run).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromLunar, holidayOn, toLunar, zonedDateTime } from '../../src/calendar/index.js';
import { civilOfDay, wallClockOnce } from '../../src/calendar/time.js';
import { isHuashuError } from '../../src/errors/index.js';
import { greet } from '../../src/greetings/index.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
/** Long runs take their time; the default runs take about a second. */
const TIMEOUT = 10_000 + RUNS * 50;
const ZONES = ['Asia/Shanghai', 'UTC', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/Recife', 'Asia/Gaza', 'Africa/Casablanca', 'Pacific/Kiritimati', 'America/St_Johns'];
const FIRST = Date.UTC(1900, 1, 1);
const LAST = Date.UTC(2100, 11, 30);

/** Throws only typed errors. */
function typed(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    if (!isHuashuError(error)) throw error;
  }
}

describe('calendar fuzz', () => {
  it('the cached wall clock equals a fresh Intl read at any instant 1900–2100, in zones with DST and odd offsets', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), fc.constantFrom(...ZONES), (ms, timeZone) => {
        const wall = wallClockOnce(ms, timeZone);
        const dn = Math.floor(wall / 86_400_000);
        const z = zonedDateTime(ms, timeZone);
        expect([z.year, z.month, z.day]).toEqual(civilOfDay(dn));
        expect((z.hour * 60 + z.minute) * 60 + z.second).toBe((wall - dn * 86_400_000) / 1000);
      }),
      { numRuns: RUNS * 10 },
    );
  }, TIMEOUT);

  it('every instant in range gives a day, a frozen lunar date that converts back, and a greeting', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), fc.constantFrom(...ZONES), (ms, timeZone) => {
        const day = holidayOn(ms, { timeZone });
        const lunar = toLunar(ms, { timeZone });
        expect(Object.isFrozen(lunar)).toBe(true);
        expect(fromLunar(lunar)).toBe(day.date);
        expect([1, 2, 3]).toContain(day.pay);
        const g = greet({ at: ms, timeZone });
        expect(g.text.startsWith(g.salutation)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('any string, number or object as a date, zone or option gives a result or a typed error', () => {
    const anyInput = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant(null), fc.object(), fc.date({ noInvalidDate: false }));
    const isoLike = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('Z', '+', '-'))
      .map(([y, mo, d, h, mi, sign]) => `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}${sign === 'Z' ? 'Z' : `${sign}${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`}`);
    fc.assert(
      fc.property(fc.oneof(anyInput, isoLike), fc.oneof(fc.constantFrom(...ZONES), fc.string(), fc.constant(undefined)), (at, timeZone) => {
        typed(() => toLunar(at as never, { timeZone: timeZone as never }));
        typed(() => holidayOn(at as never, { timeZone: timeZone as never }));
        typed(() => greet({ at: at as never, timeZone: timeZone as never }));
      }),
      { numRuns: RUNS * 3 },
    );
  }, TIMEOUT);

  it('greet options of any shape give a greeting or a typed error', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('locale', 'channel', 'region', 'birthday', 'customer', 'gender', 'brand', 'constructor', '__proto__'), fc.oneof(fc.string(), fc.integer(), fc.constant(null))), (options) => {
        typed(() => greet({ at: '2026-02-14T02:00:00Z', ...options } as never));
      }),
      { numRuns: RUNS * 3 },
    );
  }, TIMEOUT);
});

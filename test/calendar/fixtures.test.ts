import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { holidayOn, toLunar } from '../../src/calendar/index.js';

interface Case {
  at: string;
  timeZone?: string;
  why: string;
  /** year-month-day, `L` before a leap month */
  lunar: string;
  statutory: string | null;
  off?: boolean;
  official?: boolean;
  workday: boolean;
  festivals: string[];
}

const cases = JSON.parse(readFileSync(new URL('../fixtures/calendar/days.json', import.meta.url), 'utf8')) as Case[];

describe('test/fixtures/calendar/days.json', () => {
  it.each(cases.map((c) => [`${c.at}${c.timeZone ? ` in ${c.timeZone}` : ''}: ${c.why}`, c] as const))('%s', (_, c) => {
    const options = c.timeZone === undefined ? {} : { timeZone: c.timeZone };
    const l = toLunar(c.at, options);
    expect(`${l.year}-${l.leap ? 'L' : ''}${l.month}-${l.day}`).toBe(c.lunar);
    const h = holidayOn(c.at, options);
    expect({ statutory: h.statutory?.id ?? null, workday: h.workday, festivals: h.festivals.map((f) => f.id) }).toEqual({ statutory: c.statutory, workday: c.workday, festivals: c.festivals });
    if (c.off !== undefined) expect(h.statutory?.off).toBe(c.off);
    expect(h.statutory?.official ?? null).toBe(c.statutory === null ? null : (c.official ?? true));
  });
});

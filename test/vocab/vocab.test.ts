import { describe, expect, it } from 'vitest';
import { bundleOf } from '../bundle.js';
import { channelSchema, LOCALES as SCHEMA_LOCALES, SEVERITIES as SCHEMA_SEVERITIES } from '../../src/schema/index.js';
import { holidayYearSchema } from '../../src/schema/holiday.js';
import { CHANNELS, DERIVED_LOCALES, FESTIVAL_IDS, LOCALES, SEVERITIES, SOLAR_TERM_IDS, SOLAR_TERM_NAMES, STATUTORY_HOLIDAY_IDS } from '../../src/vocab/index.js';
import { holidayOn } from '../../src/calendar/index.js';

/** What a bundler emits for `import { names } from 'src/vocab'`: its inputs and minified size. */
const bundle = (names: string) => bundleOf(`import { ${names} } from './src/vocab/index.ts'; export const used = [${names}];`);

describe('the vocabulary', () => {
  it('gives the channel list without the schema library', async () => {
    const { inputs, bytes } = await bundle('CHANNELS');
    expect(inputs).toEqual(['<stdin>', 'src/vocab/channels.ts']);
    // The list itself: four short strings.
    expect(bytes).toBeLessThan(200);
  });

  it('keeps every list zod-free', async () => {
    const { inputs } = await bundle('CHANNELS, LOCALES, SEVERITIES, STATUTORY_HOLIDAY_IDS, FESTIVAL_IDS, SOLAR_TERM_IDS');
    expect(inputs.filter((i) => i.includes('node_modules'))).toEqual([]);
  });

  it('is the list the schemas accept', () => {
    expect(channelSchema.options).toEqual([...CHANNELS]);
    expect(SCHEMA_LOCALES).toBe(LOCALES);
    expect(SCHEMA_SEVERITIES).toBe(SEVERITIES);
    const year = { year: 2030, notices: [{ title: 't', url: 'https://www.gov.cn/' }], holidays: [{ id: 'victory-day', off: ['2030-09-03'] }] };
    expect(holidayYearSchema.safeParse(year).success).toBe(true);
    expect(holidayYearSchema.safeParse({ ...year, holidays: [{ id: 'chuxi', off: ['2030-09-03'] }] }).success).toBe(false);
  });

  it('derives every locale but zh-CN', () => {
    expect(DERIVED_LOCALES).toEqual(['zh-TW', 'zh-HK']);
  });

  it('names each solar term with two characters, in order', () => {
    expect(SOLAR_TERM_NAMES.length).toBe(SOLAR_TERM_IDS.length * 2);
    expect(holidayOn('2026-04-05').solarTerm).toEqual({ id: 'qingming', name: SOLAR_TERM_NAMES.slice(12, 14) });
  });

  it('lists the ids the calendar reports', () => {
    const seen = new Set<string>();
    for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
      const info = holidayOn(new Date(day + 4 * 3_600_000).toISOString());
      for (const f of info.festivals) seen.add(f.id);
      if (info.statutory !== null) expect(STATUTORY_HOLIDAY_IDS).toContain(info.statutory.id);
    }
    expect([...seen].sort()).toEqual([...FESTIVAL_IDS].sort());
  });
});

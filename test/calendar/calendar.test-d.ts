import { expectTypeOf, test } from 'vitest';
import { fromLunar, holidayOn, toLunar, zonedDateTime, type FestivalId, type SolarTermId, type StatutoryHolidayId } from '../../src/index.js';

test('calendar types', () => {
  expectTypeOf(fromLunar({ year: 2026, month: 1, day: 1 })).toEqualTypeOf<string>();
  expectTypeOf(toLunar(new Date()).leap).toEqualTypeOf<boolean>();
  expectTypeOf(holidayOn(Date.now()).statutory!.id).toEqualTypeOf<StatutoryHolidayId>();
  expectTypeOf(holidayOn(Date.now()).statutory!.break).toEqualTypeOf<{ readonly day: number; readonly of: number } | null>();
  expectTypeOf(holidayOn(Date.now()).pay).toEqualTypeOf<1 | 2 | 3>();
  expectTypeOf(holidayOn(Date.now()).layer).toEqualTypeOf<'overlay' | 'added' | 'official' | 'provisional' | 'weekday'>();
  expectTypeOf(holidayOn('2026-01-01').festivals[0]!.id).toEqualTypeOf<FestivalId>();
  expectTypeOf(holidayOn('2026-01-01').solarTerm!.id).toEqualTypeOf<SolarTermId>();
  expectTypeOf(zonedDateTime('2026-01-01', 'UTC').hour).toEqualTypeOf<number>();
  // @ts-expect-error the lunar month needs a day
  fromLunar({ year: 2026, month: 1 });
  // @ts-expect-error not a statutory id
  const id: StatutoryHolidayId = 'christmas';
  void id;
});

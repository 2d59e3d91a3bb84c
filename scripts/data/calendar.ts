/**
 * Calendar data task: validates data/calendar/holidays/<year>.yaml (one file per year of the
 * State Council's schedule) and emits src/generated/calendar-holidays.ts compactly: off-day
 * ranges and 调休 working days as day numbers, plus each year's notices.
 */
import { join } from 'node:path';
import { holidayYearSchema, STATUTORY_IDS } from '../../src/schema/holiday.js';
import type { PackIssue } from '../../src/schema/errors.js';
import { banner, literal, writeGenerated } from './emit.js';
import { loadYaml, ROOT, yamlFiles } from './load.js';

const DAY = 86_400_000;
const dn = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

export function buildCalendar(issues: PackIssue[]): void {
  const before = issues.length;
  const off: number[] = [];
  const work: number[] = [];
  const notices: Array<{ year: number; title: string; number?: string | undefined; issued?: string | undefined; url: string; note?: string | undefined }> = [];
  const seen = new Map<number, string>();
  const years: number[] = [];
  for (const path of yamlFiles(join(ROOT, 'data/calendar/holidays'))) {
    const loaded = loadYaml(path, holidayYearSchema, issues);
    if (!loaded) continue;
    const { year } = loaded.value;
    if (!loaded.file.endsWith(`/${year}.yaml`)) issues.push({ file: loaded.file, path: ['year'], ...loaded.locate(['year']), message: `year ${year} does not match the file name` });
    years.push(year);
    for (const n of loaded.value.notices) notices.push({ year, ...n });
    loaded.value.holidays.forEach((h, hi) => {
      const id = STATUTORY_IDS.indexOf(h.id);
      const claim = (d: number, path: Array<string | number>) => {
        const where = loaded.locate(path);
        if (Number.isNaN(d)) issues.push({ file: loaded.file, path, line: where?.line, column: where?.column, message: 'no such date' });
        else if (seen.has(d)) issues.push({ file: loaded.file, path, line: where?.line, column: where?.column, message: `day already listed (${seen.get(d)})` });
        else seen.set(d, `${loaded.file} ${h.id}`);
      };
      h.off.forEach((s, si) => {
        const [a, b = a] = s.split('..') as [string, string?];
        const from = dn(a);
        const to = dn(b);
        if (!(to >= from) || to - from > 15) {
          const where = loaded.locate(['holidays', hi, 'off', si]);
          issues.push({ file: loaded.file, path: ['holidays', hi, 'off', si], line: where?.line, column: where?.column, message: 'range must run forwards and span at most 16 days' });
          return;
        }
        for (let d = from; d <= to; d++) claim(d, ['holidays', hi, 'off', si]);
        off.push(from, to, id);
      });
      (h.work ?? []).forEach((w, wi) => {
        const d = dn(w);
        claim(d, ['holidays', hi, 'work', wi]);
        const wd = new Date(d * DAY).getUTCDay();
        if (wd !== 0 && wd !== 6) {
          const where = loaded.locate(['holidays', hi, 'work', wi]);
          issues.push({ file: loaded.file, path: ['holidays', hi, 'work', wi], line: where?.line, column: where?.column, message: '调休 working day must be a Saturday or Sunday' });
        }
        work.push(d, id);
      });
    });
  }
  years.sort((a, b) => a - b);
  if (years.some((y, i) => i > 0 && y !== years[i - 1]! + 1)) issues.push({ file: 'data/calendar/holidays', path: [], message: 'years must be consecutive' });
  if (issues.length > before) return;
  writeGenerated(
    'calendar-holidays.ts',
    `${banner('data/calendar/holidays/*.yaml')}
/** First and last year with a published schedule. */
export const STATUTORY_YEARS = { first: ${years[0]}, last: ${years.at(-1)} } as const;
/** Off days: [firstDay, lastDay, idIndex]* as days since 1970-01-01. */
export const OFF_RANGES: readonly number[] = [${off.join(',')}];
/** 调休 working days: [day, idIndex]*. */
export const WORK_DAYS: readonly number[] = [${work.join(',')}];
/** The notices, by year. */
export const NOTICES: ReadonlyArray<{ readonly year: number; readonly title: string; readonly number?: string; readonly issued?: string; readonly url: string; readonly note?: string }> = ${literal(notices)};
`,
  );
}

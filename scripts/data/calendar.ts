/**
 * Calendar data task: validates data/calendar/holidays/<year>.yaml (one file per year of the
 * State Council's schedule) and emits src/generated/calendar-holidays.ts compactly: off-day
 * ranges and 调休 working days as what they change in the rules' provisional schedule of the year,
 * plus each year's notices. Every holiday quotes its
 * notice's own sentence (`quote`); the days the sentence names (scripts/calendar/notice-text.ts)
 * must be exactly the days listed, off and working, or the build fails.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { holidayYearSchema, STATUTORY_IDS } from '../../src/schema/holiday.js';
import type { PackIssue } from '../../src/schema/errors.js';
import { provisionalSchedule } from '../../src/calendar/rules.js';
import { daysOfQuotes, expandSpans } from '../calendar/notice-text.js';
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
  const noticeOf: number[] = [];
  for (const path of yamlFiles(join(ROOT, 'data/calendar/holidays'))) {
    const loaded = loadYaml(path, z.unknown().pipe(holidayYearSchema), issues);
    if (!loaded) continue;
    const { year } = loaded.value;
    if (!loaded.file.endsWith(`/${year}.yaml`)) issues.push({ file: loaded.file, path: ['year'], ...loaded.locate(['year']), message: `year ${year} does not match the file name` });
    years.push(year);
    for (const n of loaded.value.notices) notices.push({ year, ...n });
    checkQuotes(loaded.value, loaded.file, loaded.locate, issues);
    loaded.value.holidays.forEach((h, hi) => {
      const last = h.quote?.at(-1);
      const notice = typeof last === 'object' ? last.notice : 0;
      if (notice >= loaded.value.notices.length) issues.push({ file: loaded.file, path: ['holidays', hi, 'quote'], ...loaded.locate(['holidays', hi, 'quote']), message: `quotes notice ${notice}, which the file does not list` });
      if (notice !== 0) noticeOf.push(year, STATUTORY_IDS.indexOf(h.id), notice);
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
  // Each year's days (idIndex * 2 + 1 off, idIndex * 2 调休 work), December 元旦 days with the next
  // year as the run time reads them, are written as what differs from the provisional schedule
  // the rules give that year (src/calendar/rules.ts, which greet bundles anyway): runs of
  // consecutive days with the same change, each as [days since the previous run's first day (the
  // first from the year's 01-01), length, code], code -1 where the rules give a day the notice
  // does not have. Most years differ in a few days or none (docs/calendar.md, "Provisional years").
  const codes = new Map<number, number>();
  for (let i = 0; i < off.length; i += 3) for (let d = off[i]!; d <= off[i + 1]!; d++) codes.set(d, off[i + 2]! * 2 + 1);
  for (let i = 0; i < work.length; i += 2) codes.set(work[i]!, work[i + 1]! * 2);
  const byYear = new Map<number, Map<number, number>>(years.map((y) => [y, new Map()]));
  for (const [d, code] of codes) {
    const date = new Date(d * DAY);
    const owner = date.getUTCMonth() === 11 && code >> 1 === 0 ? date.getUTCFullYear() + 1 : date.getUTCFullYear();
    byYear.get(owner)?.set(d, code);
  }
  const fixes = years.map((year) => {
    const official = byYear.get(year)!;
    const provisional = provisionalSchedule(year);
    const changed = new Map<number, number>();
    for (const [d, code] of official) if (provisional.get(d) !== code) changed.set(d, code);
    for (const d of provisional.keys()) if (!official.has(d)) changed.set(d, -1);
    const runs: number[] = [];
    let previous = dn(`${year}-01-01`);
    let last: { start: number; end: number; code: number } | undefined;
    const flush = () => {
      if (last === undefined) return;
      runs.push(last.start - previous, last.end - last.start + 1, last.code);
      previous = last.start;
    };
    for (const d of [...changed.keys()].sort((a, b) => a - b)) {
      const code = changed.get(d)!;
      if (last !== undefined && d === last.end + 1 && code === last.code) last.end = d;
      else {
        flush();
        last = { start: d, end: d, code };
      }
    }
    flush();
    return runs;
  });
  writeGenerated(
    'calendar-holidays.ts',
    `${banner('data/calendar/holidays/*.yaml')}
/** First and last year with a published schedule. */
export const STATUTORY_YEARS = { first: ${years[0]}, last: ${years.at(-1)} } as const;
/**
 * The published schedule of each year from the first, as what it changes in the provisional
 * schedule of that year (src/calendar/rules.ts): runs [gap, length, code]*, where gap counts days
 * from the previous run's first day (the first from the year's 01-01) and code is idIndex * 2 + 1
 * for days off, idIndex * 2 for 调休 working days, -1 for a day the notice does not have.
 * Written against the rules as they were at build time: after changing rules.ts, run
 * \`npm run data\` (test/calendar/notices.test.ts reads every notice's days back).
 */
export const SCHEDULE_FIXES: ReadonlyArray<readonly number[]> = ${JSON.stringify(fixes)};
/** [year, holiday index, notice index]* for the holidays that come from a year's other notice (not its first). */
export const NOTICE_OF: readonly number[] = [${noticeOf.join(',')}];
/** The notices, by year. */
export const NOTICES: ReadonlyArray<{ readonly year: number; readonly title: string; readonly number?: string; readonly issued?: string; readonly url: string; readonly note?: string }> = ${literal(notices)};
`,
  );
}

/**
 * Checks each holiday's quoted sentence against its days: holidays quoting the same sentence (中秋
 * and 国庆 in one break) are checked together, every day off and every 调休 working day.
 */
function checkQuotes(value: z.output<typeof holidayYearSchema>, file: string, locate: (path: Array<string | number>) => { line: number; column: number } | undefined, issues: PackIssue[]): void {
  const groups = new Map<string, number[]>();
  value.holidays.forEach((h, hi) => {
    if (h.quote === undefined) {
      issues.push({ file, path: ['holidays', hi], ...locate(['holidays', hi]), message: 'quote the notice: each built-in holiday carries its notice sentence (quote)' });
      return;
    }
    const key = JSON.stringify(h.quote);
    groups.set(key, [...(groups.get(key) ?? []), hi]);
  });
  for (const [key, his] of groups) {
    const quotes = (JSON.parse(key) as Array<string | { text: string }>).map((q) => (typeof q === 'string' ? q : q.text));
    const said = daysOfQuotes(quotes, value.year, value.holidays[his[0]!]!.id);
    const where = { file, path: ['holidays', his[0]!, 'quote'], ...locate(['holidays', his[0]!, 'quote']) };
    for (const problem of said.problems) issues.push({ ...where, message: `the quote: ${problem}` });
    const off = new Set(his.flatMap((hi) => expandSpans(value.holidays[hi]!.off)));
    const work = new Set(his.flatMap((hi) => value.holidays[hi]!.work ?? []));
    const diff = (listed: Set<string>, quoted: string[], what: string) => {
      const missing = quoted.filter((d) => !listed.has(d));
      const extra = [...listed].filter((d) => !quoted.includes(d));
      if (missing.length > 0) issues.push({ ...where, message: `the notice says ${missing.join(', ')} ${what}, the data does not list ${missing.length === 1 ? 'it' : 'them'}` });
      if (extra.length > 0) issues.push({ ...where, message: `the data lists ${extra.join(', ')} ${what}, the notice does not say so` });
    };
    diff(off, said.off, 'off');
    diff(work, said.work, 'as a 调休 working day');
  }
}

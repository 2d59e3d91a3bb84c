/**
 * The mainland statutory holidays by year, from the calendar API (`holidayOn`, `statutoryNotices`):
 * days off, 调休 make-up working days and the State Council notice each schedule comes from.
 */
import { holidayOn, STATUTORY_RANGE, statutoryNotices } from '../../../src/calendar/index.js';
import { frontMatter, md, table } from '../markdown.js';
import type { GeneratedPage, Generator } from './types.js';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

interface Holiday {
  name: string;
  off: string[];
  work: string[];
}

function daysOf(year: number): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** `MM-DD – MM-DD` runs of consecutive dates. */
function runs(dates: readonly string[]): string {
  const parts: string[] = [];
  let first: string | undefined;
  let last: string | undefined;
  const flush = () => {
    if (first === undefined || last === undefined) return;
    parts.push(first === last ? first.slice(5) : `${first.slice(5)} – ${last.slice(5)}`);
  };
  for (const date of dates) {
    if (last !== undefined && Date.parse(date) - Date.parse(last) === 86_400_000) last = date;
    else {
      flush();
      first = date;
      last = date;
    }
  }
  flush();
  return parts.join(', ');
}

function yearSection(year: number): string {
  const holidays = new Map<string, Holiday>();
  let official = true;
  for (const date of daysOf(year)) {
    const day = holidayOn(date);
    if (day.statutory === null) continue;
    official &&= day.statutory.official;
    const h = holidays.get(day.statutory.id) ?? { name: day.statutory.name, off: [], work: [] };
    if (day.statutory.off) h.off.push(date);
    else h.work.push(`${date.slice(5)} (星期${WEEKDAYS[day.weekday] ?? ''})`);
    holidays.set(day.statutory.id, h);
  }
  const lines = [`## ${year}`, ''];
  const notices = statutoryNotices(year);
  if (notices.length > 0) {
    for (const n of notices) lines.push(`Notice: [${md(n.title)}](${n.url})${n.number === undefined ? '' : ` (${md(n.number)})`}${n.issued === undefined ? '' : `, issued ${n.issued}`}`, '');
  } else if (!official) lines.push('Derived from the fixed rules: the schedule of this year is not published yet.', '');
  lines.push(
    table(
      ['holiday', 'days off', 'days', '调休 working days'],
      [...holidays.values()]
        .sort((a, b) => (a.off[0] ?? '').localeCompare(b.off[0] ?? ''))
        .map((h) => [md(h.name), runs(h.off), String(h.off.length), h.work.join(', ')]),
    ),
    '',
  );
  return lines.join('\n');
}

/** Generates `holidays.md`. */
export const holidaysGenerator: Generator = {
  name: 'holidays',
  generate(): readonly GeneratedPage[] {
    const years: number[] = [];
    for (let y = STATUTORY_RANGE.last; y >= STATUTORY_RANGE.first; y--) years.push(y);
    const content = [
      frontMatter({ title: 'Statutory holidays', group: 'Reference' }),
      '# Statutory holidays',
      '',
      `Mainland China's public holidays ${STATUTORY_RANGE.first}–${STATUTORY_RANGE.last} as \`holidayOn(date)\` reports them:`,
      'the days off and the 调休 weekend days worked to make up for them, with the State Council',
      'notice of each year. Greetings use them (`holiday-period`); see the [calendar guide](../calendar.md).',
      '',
      ...years.map(yearSection),
    ].join('\n');
    return [{ file: 'holidays.md', content }];
  },
};

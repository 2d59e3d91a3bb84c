import { addHolidaySchedule, holidayOn, toLunar, DEFAULT_TIME_ZONE } from '../../calendar/index.js';
import { scheduleDays, type ScheduleIssue } from '../../calendar/internal.js';
import { holidayYearSchema, PARSE_OPTIONS, type PackIssue } from '../../schema/index.js';
import { formatIssue, toPackIssues } from '../../schema/internal.js';
import { parse } from '../args.js';
import { CliUsageError, type CliIo, type Command } from '../io.js';
import { parseYaml } from '../../files/index.js';

/**
 * Reads `--schedule` files (YAML or JSON: one year's schedule, the shape of
 * data/calendar/holidays/<year>.yaml, or a list of them), checks them all, then adds them with
 * addHolidaySchedule. Every problem is reported as `file:line:col path — reason`.
 */
export async function loadScheduleFiles(paths: readonly string[] | undefined, io: CliIo): Promise<number[]> {
  const issues: PackIssue[] = [];
  const found: Array<{ year: number; value: object }> = [];
  for (const file of paths ?? []) {
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (error) {
      throw new CliUsageError(`cannot read schedule file "${file}": ${error instanceof Error ? error.message : String(error)}`);
    }
    const doc = parseYaml(text);
    if (doc.errors.length > 0) {
      issues.push(...doc.errors.map((e) => ({ file, path: [], line: e.line, column: e.column, message: e.message })));
      continue;
    }
    const list = Array.isArray(doc.value) ? doc.value : [doc.value];
    list.forEach((value: unknown, i) => {
      const prefix = Array.isArray(doc.value) ? [i] : [];
      const year = typeof value === 'object' && value !== null && 'year' in value ? (value as { year: unknown }).year : undefined;
      const checked = typeof year === 'number' ? checkSchedule(year, value) : [{ path: ['year'], message: 'a schedule needs its year (2000–2100)' }];
      if (Array.isArray(checked)) {
        for (const issue of checked) {
          const path = [...prefix, ...issue.path];
          issues.push({ file, path, ...doc.locate(path), message: issue.message });
        }
      } else found.push({ year: year as number, value: value as object });
    });
  }
  if (issues.length > 0) {
    throw new CliUsageError(`invalid holiday schedule: ${issues.map(formatIssue).join('; ')}`);
  }
  for (const { year, value } of found) addHolidaySchedule(year, value as Parameters<typeof addHolidaySchedule>[1]);
  return found.map((f) => f.year);
}

/** A schedule file's value checked as addHolidaySchedule checks it: the data's schema, then the days. */
function checkSchedule(year: number, value: unknown): ScheduleIssue[] | object {
  const parsed = holidayYearSchema.safeParse(value, PARSE_OPTIONS);
  if (!parsed.success) return toPackIssues(parsed.error);
  return scheduleDays(year, parsed.data);
}

const WEEKDAYS = '日一二三四五六';

function dateArg(verb: string, args: string[], io: CliIo) {
  const { values, positionals } = parse(verb, args, { tz: { type: 'string' }, ...(verb === 'holiday' ? { schedule: { type: 'string', multiple: true } } : {}) });
  if (positionals.length > 1) throw new CliUsageError(`huashu ${verb}: unexpected argument "${positionals[1]}"`);
  const date = positionals[0];
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new CliUsageError(`huashu ${verb}: give the date as YYYY-MM-DD (got "${date}")`);
  return { at: date ?? io.now(), timeZone: values.tz ?? DEFAULT_TIME_ZONE, json: values.json === true, schedule: values.schedule as string[] | undefined };
}

/** `huashu lunar <YYYY-MM-DD>`: the lunar date of a day. */
export const lunarCommand: Command = {
  name: 'lunar',
  summary: 'Lunar (农历) date of a day',
  help: `Usage: huashu lunar [YYYY-MM-DD] [--tz ZONE] [--json]

Prints the Chinese lunar date of the day (today in --tz when no date is given; a date is read
as a calendar date in --tz, default Asia/Shanghai). Range 1900-01-31 … 2100-12-31.
--json prints { year, month, day, leap, monthName, dayName }.`,
  run(args, io) {
    const { at, timeZone, json } = dateArg('lunar', args, io);
    const l = toLunar(at, { timeZone });
    io.stdout(json ? JSON.stringify(l, null, 2) + '\n' : `农历${l.year}年${l.monthName}${l.dayName}\n`);
    return 0;
  },
};

/** `huashu holiday <YYYY-MM-DD>`: statutory holiday, 调休, festivals and solar term of a day. */
export const holidayCommand: Command = {
  name: 'holiday',
  summary: 'Holiday, 调休 and festivals of a day (mainland China)',
  help: `Usage: huashu holiday [YYYY-MM-DD] [--tz ZONE] [--schedule FILE…] [--json]

Prints whether the day is a working day, the statutory holiday it belongs to (off day or 调休
working day, which day of the break; from a published State Council notice, else provisional,
computed from the rules), the pay multiplier, festivals and the solar term. A date is read as a
calendar date in --tz (default Asia/Shanghai). --schedule adds a published year's schedule (YAML
or JSON, the shape of data/calendar/holidays/<year>.yaml) before answering.
--json prints { date, weekday, statutory, workday, pay, layer, festivals, solarTerm }.`,
  async run(args, io) {
    const { at, timeZone, json, schedule } = dateArg('holiday', args, io);
    await loadScheduleFiles(schedule, io);
    const h = holidayOn(at, { timeZone });
    if (json) {
      io.stdout(JSON.stringify(h, null, 2) + '\n');
      return 0;
    }
    const parts = [`${h.date} 星期${WEEKDAYS[h.weekday]!}`, h.workday ? '工作日' : '休息日'];
    if (h.statutory !== null) {
      const s = h.statutory;
      parts.push(`${s.name}${s.off ? `假期第${s.break!.day}天（共${s.break!.of}天）${s.legal ? '·法定节假日' : ''}` : '调休上班'}${s.official ? '' : '（按放假办法推算，通知未公布）'}`);
    }
    parts.push(`加班工资${h.pay}倍`);
    if (h.festivals.length > 0) parts.push(h.festivals.map((f) => f.name).join('、'));
    if (h.solarTerm !== null) parts.push(`节气：${h.solarTerm.name}`);
    io.stdout(parts.join(' · ') + '\n');
    return 0;
  },
};

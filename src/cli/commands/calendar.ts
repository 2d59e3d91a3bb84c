import { holidayOn } from '../../calendar/index.js';
import { toLunar } from '../../calendar/index.js';
import { DEFAULT_TIME_ZONE } from '../../calendar/index.js';
import { parse } from '../args.js';
import { CliUsageError, type CliIo, type Command } from '../io.js';

const WEEKDAYS = '日一二三四五六';

function dateArg(verb: string, args: string[], io: CliIo) {
  const { values, positionals } = parse(verb, args, { tz: { type: 'string' } });
  if (positionals.length > 1) throw new CliUsageError(`huashu ${verb}: unexpected argument "${positionals[1]}"`);
  const date = positionals[0];
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new CliUsageError(`huashu ${verb}: give the date as YYYY-MM-DD (got "${date}")`);
  return { at: date ?? io.now(), timeZone: values.tz ?? DEFAULT_TIME_ZONE, json: values.json === true };
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
  help: `Usage: huashu holiday [YYYY-MM-DD] [--tz ZONE] [--json]

Prints whether the day is a working day, the statutory holiday it belongs to (off day or 调休
working day; "official" when from a published State Council notice, else from the fixed rules),
festivals and the solar term. A date is read as a calendar date in --tz (default Asia/Shanghai).
--json prints { date, weekday, statutory, workday, festivals, solarTerm }.`,
  run(args, io) {
    const { at, timeZone, json } = dateArg('holiday', args, io);
    const h = holidayOn(at, { timeZone });
    if (json) {
      io.stdout(JSON.stringify(h, null, 2) + '\n');
      return 0;
    }
    const parts = [`${h.date} 星期${WEEKDAYS[h.weekday]!}`, h.workday ? '工作日' : '休息日'];
    if (h.statutory !== null) parts.push(`${h.statutory.name}${h.statutory.off ? '假期' : '调休上班'}${h.statutory.official ? '' : '（按放假办法推算，未公布）'}`);
    if (h.festivals.length > 0) parts.push(h.festivals.map((f) => f.name).join('、'));
    if (h.solarTerm !== null) parts.push(`节气：${h.solarTerm.name}`);
    io.stdout(parts.join(' · ') + '\n');
    return 0;
  },
};

/**
 * Reads the days a State Council holiday notice names, from the notice's own sentence as quoted
 * in data/calendar/holidays/<year>.yaml (`quote`), so that the data build and test/calendar can
 * check every day of every range against the schedule, independently of how the data lists them.
 *
 * The sentences it reads, as the notices write them (2007–2026):
 * - `2月18日至24日放假调休，共7天。2月15日（星期日）、2月28日（星期六）上班。` — a range (至, —);
 *   every day in it is off, weekend days included; `共N天` must match the range's length.
 * - `5月1日放假，与周末连休。`, `4月5日放假，4月6日（星期一）补休。`, `9月27日放假。` — named days
 *   without a range: the named days are off, with the weekend days they touch (the break).
 * - the clause ending in `上班` lists the 调休 working days (not `起正常上班`).
 * - `延长…假期至2月2日` (2020) extends the break through that day; working days in it are lifted.
 * - `（星期六）`, `（周日）`, `（农历除夕、周二）` after a day: the weekday is checked.
 * - `……` marks text left out of the quote.
 *
 * Years: a day without a year is in the schedule's year, except December days of 元旦 (the
 * previous year); a day without a month takes the month and year of the day before it.
 */

const DAY_MS = 86_400_000;
const WEEKDAYS = '日一二三四五六';

/** What a quote says: off days and 调休 working days (`YYYY-MM-DD`), and what could not be read. */
export interface QuotedDays {
  off: string[];
  work: string[];
  problems: string[];
}

interface Token {
  year: number;
  month: number;
  day: number;
  /** index in the text with dates replaced by markers */
  at: number;
  weekday?: number;
}

const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
const iso = (dn: number) => new Date(dn * DAY_MS).toISOString().slice(0, 10);
const weekdayOf = (dn: number) => new Date(dn * DAY_MS).getUTCDay();
const isWeekend = (dn: number) => weekdayOf(dn) === 0 || weekdayOf(dn) === 6;

/**
 * The days a quote names. `base` is what earlier quotes of the same holiday said (an amendment
 * such as 2020's 延长 extends it).
 */
export function daysOfQuote(quote: string, year: number, id: string, base?: QuotedDays): QuotedDays {
  const problems: string[] = [];
  const text = quote.replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/[—–]|-(?=\d)|到/g, '至');
  // Replace each date (with its parenthetical note) by a marker §k§; drop other parentheticals.
  const tokens: Token[] = [];
  let previous: Token | undefined;
  const marked = text
    .replace(/(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^)]*)\))?/g, (_, y?: string, m?: string, d?: string, note?: string) => {
      const day = Number(d);
      let month: number;
      let yr: number;
      if (m === undefined) {
        if (previous === undefined) {
          problems.push(`"${d}日" has no month`);
          return '';
        }
        month = previous.month;
        yr = y === undefined ? previous.year : Number(y);
      } else {
        month = Number(m);
        yr = y !== undefined ? Number(y) : month === 12 && id === 'new-year' ? year - 1 : year;
      }
      const token: Token = { year: yr, month, day, at: 0 };
      const w = note === undefined ? null : /(?:星期|周)([日一二三四五六])/.exec(note);
      if (w !== null) token.weekday = WEEKDAYS.indexOf(w[1]!);
      tokens.push(token);
      previous = token;
      return `§${tokens.length - 1}§`;
    })
    .replace(/\([^)]*\)/g, '');
  for (const t of tokens) {
    const dn = dayNumber(t.year, t.month, t.day);
    if (iso(dn) !== `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`) problems.push(`no such day ${t.year}-${t.month}-${t.day}`);
    else if (t.weekday !== undefined && weekdayOf(dn) !== t.weekday) problems.push(`${iso(dn)} is not a 星期${WEEKDAYS[t.weekday]} but a 星期${WEEKDAYS[weekdayOf(dn)]}`);
  }
  const dayOf = (k: number) => {
    const t = tokens[k]!;
    return dayNumber(t.year, t.month, t.day);
  };
  const markers = (s: string) => [...s.matchAll(/§(\d+)§/g)].map((m) => Number(m[1]));
  const sentences = marked.split(/。|……/).filter((s) => s.trim() !== '');
  const off = new Set<number>((base?.off ?? []).map((d) => Date.parse(d) / DAY_MS));
  const work = new Set<number>((base?.work ?? []).map((d) => Date.parse(d) / DAY_MS));
  const first = sentences[0] ?? '';
  if (/延长/.test(first)) {
    // 延长…假期至X: the break runs on from its last day through X, and is off throughout.
    const until = /至§(\d+)§/.exec(first);
    if (until === null || off.size === 0) problems.push('an extension needs the break it extends and the day it runs to');
    else {
      const end = dayOf(Number(until[1]));
      for (let d = Math.max(...off) + 1; d <= end; d++) {
        off.add(d);
        work.delete(d);
      }
    }
  } else if (/放假/.test(first)) {
    const ks = markers(first);
    let ranged = false;
    for (const m of first.matchAll(/§(\d+)§至§(\d+)§/g)) {
      ranged = true;
      const from = dayOf(Number(m[1]));
      const to = dayOf(Number(m[2]));
      if (!(to >= from && to - from < 16)) problems.push(`range ${iso(from)}..${iso(to)} does not run forwards within 16 days`);
      else for (let d = from; d <= to; d++) off.add(d);
    }
    if (!ranged) {
      const named = ks.map(dayOf);
      for (const d of named) off.add(d);
      // the weekend days the named days touch belong to the break
      let lo = Math.min(...named);
      let hi = Math.max(...named);
      for (let d = lo; d <= hi; d++) if (isWeekend(d)) off.add(d);
      while (isWeekend(lo - 1)) off.add(--lo);
      while (isWeekend(hi + 1)) off.add(++hi);
    }
    const total = /共(\d+)天/.exec(first) ?? /放假(\d+)天/.exec(first);
    if (total !== null && Number(total[1]) !== off.size) problems.push(`says ${total[1]} days but names ${off.size}`);
  } else problems.push('the first sentence must say which days are off (放假) or extend a break (延长)');
  for (const sentence of sentences) {
    for (const clause of sentence.split(/[，,；;]/)) {
      if (!/上班\s*$/.test(clause) || /起正常上班/.test(clause)) continue;
      for (const k of markers(clause)) {
        const d = dayOf(k);
        if (off.has(d)) problems.push(`${iso(d)} is both off and a working day`);
        work.add(d);
      }
    }
  }
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b).map(iso);
  return { off: sorted(off), work: sorted(work), problems };
}

/** The days of several quotes of one holiday (the notice's, then its amendments), in order. */
export function daysOfQuotes(quotes: readonly string[], year: number, id: string): QuotedDays {
  let days: QuotedDays | undefined;
  const problems: string[] = [];
  for (const q of quotes) {
    days = daysOfQuote(q, year, id, days);
    problems.push(...days.problems);
  }
  return { off: days?.off ?? [], work: days?.work ?? [], problems };
}

/** Expands `YYYY-MM-DD` and `YYYY-MM-DD..YYYY-MM-DD` spans to days. */
export function expandSpans(spans: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of spans) {
    const [a, b = a] = s.split('..') as [string, string?];
    for (let d = Date.parse(a) / DAY_MS; d <= Date.parse(b) / DAY_MS; d++) out.push(iso(d));
  }
  return out;
}

/**
 * One-off bootstrap: wrote data/calendar/holidays/<year>.yaml (2007–2026) from chinese-days'
 * data; notices were then added by hand from the 国务院办公厅 notices (URLs as in chinese-days'
 * source comments). Kept for reference; test/calendar/statutory.test.ts cross-checks the data
 * against chinese-days on every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import cd from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

const IDS: Record<string, string> = {
  元旦: 'new-year',
  春节: 'spring-festival',
  清明: 'qingming',
  劳动节: 'labour-day',
  端午: 'dragon-boat',
  中秋: 'mid-autumn',
  国庆节: 'national-day',
  中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: 'victory-day',
};
type Y = Map<string, { off: string[][]; work: string[] }>;
const years = new Map<number, Y>();
const idOf = (v: string) => IDS[v.split(',')[1]!]!;
const noticeYear = (date: string, id: string) => {
  const y = Number(date.slice(0, 4));
  return id === 'new-year' && date.slice(5, 7) === '12' ? y + 1 : y;
};
const get = (y: number, id: string) => {
  let m = years.get(y);
  if (!m) years.set(y, (m = new Map()));
  let e = m.get(id);
  if (!e) m.set(id, (e = { off: [], work: [] }));
  return e;
};
const next = (d: string) => new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10);
let prev: { d: string; id: string } | undefined;
for (const d of Object.keys(cd.holidays).sort()) {
  const id = idOf((cd.holidays as Record<string, string>)[d]!);
  const e = get(noticeYear(d, id), id);
  const last = e.off.at(-1);
  if (prev && prev.id === id && next(prev.d) === d && last && last.at(-1) === prev.d) last[1] = d;
  else e.off.push([d, d]);
  prev = { d, id };
}
for (const d of Object.keys(cd.workdays).sort()) {
  const id = idOf((cd.workdays as Record<string, string>)[d]!);
  get(noticeYear(d, id), id).work.push(d);
}
mkdirSync('data/calendar/holidays', { recursive: true });
for (const [y, m] of [...years].sort((a, b) => a[0] - b[0])) {
  if (y < 2007) continue;
  let s = `year: ${y}\nnotices:\n  - title: 国务院办公厅关于${y}年部分节假日安排的通知\nholidays:\n`;
  for (const [id, e] of m) {
    s += `  - id: ${id}\n    off: [${e.off.map(([a, b]) => (a === b ? a : `${a}..${b}`)).join(', ')}]\n`;
    if (e.work.length) s += `    work: [${e.work.join(', ')}]\n`;
  }
  writeFileSync(`data/calendar/holidays/${y}.yaml`, s);
}

import { TERM_BASE, TERM_DAYS } from './tables.js';

/** Pinyin ids of the 24 solar terms (二十四节气), in Gregorian-year order from 小寒. */
export type SolarTermId =
  | 'xiaohan'
  | 'dahan'
  | 'lichun'
  | 'yushui'
  | 'jingzhe'
  | 'chunfen'
  | 'qingming'
  | 'guyu'
  | 'lixia'
  | 'xiaoman'
  | 'mangzhong'
  | 'xiazhi'
  | 'xiaoshu'
  | 'dashu'
  | 'liqiu'
  | 'chushu'
  | 'bailu'
  | 'qiufen'
  | 'hanlu'
  | 'shuangjiang'
  | 'lidong'
  | 'xiaoxue'
  | 'daxue'
  | 'dongzhi';

/** A solar term: its id and Chinese name. */
export interface SolarTerm {
  readonly id: SolarTermId;
  readonly name: string;
}

const IDS: readonly SolarTermId[] = ['xiaohan', 'dahan', 'lichun', 'yushui', 'jingzhe', 'chunfen', 'qingming', 'guyu', 'lixia', 'xiaoman', 'mangzhong', 'xiazhi', 'xiaoshu', 'dashu', 'liqiu', 'chushu', 'bailu', 'qiufen', 'hanlu', 'shuangjiang', 'lidong', 'xiaoxue', 'daxue', 'dongzhi'];
const NAMES = '小寒大寒立春雨水惊蛰春分清明谷雨立夏小满芒种夏至小暑大暑立秋处暑白露秋分寒露霜降立冬小雪大雪冬至';

/** Day of the month of term `k` (0–23) in Gregorian `year` (1900–2100, Beijing time). */
export function termDay(year: number, k: number): number {
  const i = (year - 1900) * 12 + 11 - (k >> 1);
  const nibble = Number.parseInt(TERM_DAYS.charAt(i), 16);
  return TERM_BASE[k]! + ((nibble >> ((k & 1) * 2)) & 3);
}

/** The solar term starting on a civil date (Beijing time), or `null`. */
export function solarTermOn(year: number, month: number, day: number): SolarTerm | null {
  for (let k = (month - 1) * 2; k < month * 2; k++) {
    if (termDay(year, k) === day) return { id: IDS[k]!, name: NAMES.slice(k * 2, k * 2 + 2) };
  }
  return null;
}

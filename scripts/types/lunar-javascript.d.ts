declare module 'lunar-javascript' {
  interface Lunar {
    getYear(): number;
    getMonth(): number;
    getDay(): number;
    getMonthInChinese(): string;
    getDayInChinese(): string;
    getJieQi(): string;
  }
  export const Solar: { fromYmd(y: number, m: number, d: number): { getLunar(): Lunar } };
}

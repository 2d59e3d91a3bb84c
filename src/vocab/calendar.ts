/** Ids of mainland statutory holidays (法定节假日); `victory-day` is 2015's one-off 抗战胜利70周年纪念日. */
export const STATUTORY_HOLIDAY_IDS = ['new-year', 'spring-festival', 'qingming', 'labour-day', 'dragon-boat', 'mid-autumn', 'national-day', 'victory-day'] as const;
/** A statutory holiday id. */
export type StatutoryHolidayId = (typeof STATUTORY_HOLIDAY_IDS)[number];

/** Ids of traditional festivals and Gregorian observances, in the order holidayOn lists them. */
export const FESTIVAL_IDS = [
  'chuxi',
  'spring-festival',
  'lantern',
  'dragon-boat',
  'qixi',
  'mid-autumn',
  'double-ninth',
  'laba',
  'xiaonian',
  'qingming',
  'new-year',
  'womens-day',
  'labour-day',
  'youth-day',
  'childrens-day',
  'army-day',
  'teachers-day',
  'national-day',
  'christmas',
] as const;
/** A festival or observance id. */
export type FestivalId = (typeof FESTIVAL_IDS)[number];

/** Pinyin ids of the 24 solar terms (二十四节气), in Gregorian-year order from 小寒. */
export const SOLAR_TERM_IDS = [
  'xiaohan',
  'dahan',
  'lichun',
  'yushui',
  'jingzhe',
  'chunfen',
  'qingming',
  'guyu',
  'lixia',
  'xiaoman',
  'mangzhong',
  'xiazhi',
  'xiaoshu',
  'dashu',
  'liqiu',
  'chushu',
  'bailu',
  'qiufen',
  'hanlu',
  'shuangjiang',
  'lidong',
  'xiaoxue',
  'daxue',
  'dongzhi',
] as const;
/** A solar term id. */
export type SolarTermId = (typeof SOLAR_TERM_IDS)[number];
/** The solar terms' Chinese names, in {@link SOLAR_TERM_IDS} order (two characters each). */
export const SOLAR_TERM_NAMES = '小寒大寒立春雨水惊蛰春分清明谷雨立夏小满芒种夏至小暑大暑立秋处暑白露秋分寒露霜降立冬小雪大雪冬至';

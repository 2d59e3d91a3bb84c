import type { LocaleDefinition } from '../types.js';

/** Traditional Chinese as written in Hong Kong, also read in Macao (opencc's Hong Kong variants, terms.yaml). */
export const zhHK: LocaleDefinition = {
  tag: 'zh-HK',
  script: 'Hant',
  regions: ['HK', 'MO'],
  scriptDefault: false,
  opencc: 'hk',
  femaleTitle: '小姐',
  units: { seconds: '秒', minutes: '分鐘', hours: '小時', days: '天', 'working-days': '個工作日' },
};

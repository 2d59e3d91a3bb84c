import type { LocaleDefinition } from '../types.js';

/** Traditional Chinese as written in Taiwan (opencc's Taiwan phrases, regional words in terms.yaml). */
export const zhTW: LocaleDefinition = {
  tag: 'zh-TW',
  script: 'Hant',
  regions: ['TW'],
  scriptDefault: true,
  opencc: 'twp',
  femaleTitle: '小姐',
  units: { seconds: '秒', minutes: '分鐘', hours: '小時', days: '天', 'working-days': '個工作日' },
};

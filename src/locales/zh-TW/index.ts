import type { LocaleDefinition } from '../types.js';

/** Traditional Chinese as written in Taiwan (opencc's Taiwan phrases, regional words in terms.yaml). */
export const zhTW: LocaleDefinition = {
  tag: 'zh-TW',
  script: 'Hant',
  regions: ['TW'],
  scriptDefault: true,
  opencc: 'twp',
  femaleTitle: '小姐',
};

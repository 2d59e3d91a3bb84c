import type { LocaleDefinition } from '../types.js';

/** Simplified Chinese, mainland China (and Singapore, Malaysia): the source every text is written in. */
export const zhCN: LocaleDefinition = {
  tag: 'zh-CN',
  script: 'Hans',
  regions: ['CN', 'SG', 'MY'],
  scriptDefault: true,
  opencc: null,
  femaleTitle: '女士',
  units: { seconds: '秒', minutes: '分钟', hours: '小时', days: '天', 'working-days': '个工作日' },
};

import type { LocaleDefinition } from '../types.js';

/** Simplified Chinese, mainland China (and Singapore, Malaysia): the source every text is written in. */
export const zhCN: LocaleDefinition = {
  tag: 'zh-CN',
  script: 'Hans',
  regions: ['CN', 'SG', 'MY'],
  scriptDefault: true,
  opencc: null,
  femaleTitle: '女士',
};

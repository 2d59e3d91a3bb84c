import type { ActionKind, Condition, ConditionFlag, ReplyIntent } from '../schema/index.js';

/** How each reply intent reads in a script (zh). */
export const REPLY_WORDS: Readonly<Record<ReplyIntent, string>> = {
  agree: '客户同意',
  decline: '客户拒绝',
  thanks: '客户致谢',
  praise: '客户表扬',
  'no-more': '客户没有其他需要',
  more: '客户还有其他需要',
  unclear: '客户表述不清',
  silent: '客户没有回应',
  dialect: '客户讲方言',
  insists: '客户坚持',
  other: '客户另有回答',
};

/** How each condition flag reads (zh). */
export const FLAG_WORDS: Readonly<Record<ConditionFlag, string>> = {
  'customer-anxious': '客户焦急',
  'customer-abusive': '客户情绪激烈',
  'transfer-failed': '转接不成功',
  'still-unclear': '仍听不清',
  'apology-rejected': '客户不接受道歉',
  'personal-matter': '客户有私事',
  'business-matter': '客户有业务问题',
  'cannot-resolve': '无法当场解决',
  resolved: '问题已解决',
};

/** How each action reads (zh). */
export const ACTION_WORDS: Readonly<Record<ActionKind, string>> = {
  'look-up': '查询',
  record: '记录',
  'record-complaint': '记录投诉内容',
  transfer: '转接',
  escalate: '上报',
  'schedule-callback': '约定回电',
  'follow-up': '回访',
  'raise-volume': '提高音量',
  'hang-up': '挂机',
  'end-chat': '结束会话',
  'send-guide': '发送操作指南',
  'create-ticket': '提交工单',
};

/**
 * A branch condition in words (zh), as the text and Markdown renderers print it after 若.
 *
 * @param c - the condition
 * @returns the words
 * @example
 * ```ts
 * conditionWords({ elapsedOver: 120 }); //=> '超过2分钟'
 * conditionWords({ text: '客户需要开发票' }); //=> '客户需要开发票'
 * ```
 */
export function conditionWords(c: Condition): string {
  if ('reply' in c) return REPLY_WORDS[c.reply];
  if ('flag' in c) return FLAG_WORDS[c.flag];
  if ('elapsedOver' in c) return c.elapsedOver % 60 === 0 ? `超过${c.elapsedOver / 60}分钟` : `超过${c.elapsedOver}秒`;
  if ('otherwise' in c) return '其他情况';
  return c.text;
}

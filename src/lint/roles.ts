/**
 * Who speaks in a transcript: the names apps and exports give the agent's and the customer's
 * side (English and Chinese, any case), so that a transcript whose turns say `Agent`, `客服` or
 * `坐席` is linted like one that says `agent`.
 */

/** Role names meaning the agent's side (compared trimmed and case-insensitively). */
export const AGENT_ROLE_NAMES: readonly string[] = [
  'agent', 'assistant', 'operator', 'staff', 'support', 'service', 'seller', 'merchant', 'rep', 'representative', 'csr', 'cs', 'advisor', 'host',
  '客服', '客服人员', '客服代表', '客服专员', '坐席', '座席', '坐席员', '座席员', '话务员', '接线员', '服务人员', '工作人员', '卖家', '商家', '店家', '店员', '店小二', '售后', '人工客服', '在线客服',
  '客服人員', '客服代表', '坐席員', '座席員', '話務員', '接線員', '服務人員', '工作人員', '賣家', '商家', '店員', '售後', '人工客服', '線上客服',
];

/** Role names meaning the customer's side. */
export const CUSTOMER_ROLE_NAMES: readonly string[] = [
  'customer', 'user', 'client', 'buyer', 'caller', 'visitor', 'guest', 'consumer', 'member',
  '客户', '顾客', '用户', '买家', '来电人', '访客', '会员', '业主', '消费者',
  '客戶', '顧客', '用戶', '買家', '來電人', '訪客', '會員', '業主',
];

const AGENT = new Set(AGENT_ROLE_NAMES.map((r) => r.toLowerCase()));
const CUSTOMER = new Set(CUSTOMER_ROLE_NAMES.map((r) => r.toLowerCase()));

/**
 * The side a transcript role name stands for: `agent`, `customer`, or `undefined` when the
 * name is not a known one (it is then compared as written).
 *
 * @param role - a turn's role as the transcript gives it
 * @returns `'agent'`, `'customer'` or `undefined`
 * @example
 * ```ts
 * roleSide(' Agent '); //=> 'agent'
 * roleSide('坐席'); //=> 'agent'
 * roleSide('Customer'); //=> 'customer'
 * roleSide('bot'); //=> undefined
 * ```
 */
export function roleSide(role: string): 'agent' | 'customer' | undefined {
  const key = role.trim().toLowerCase();
  return AGENT.has(key) ? 'agent' : CUSTOMER.has(key) ? 'customer' : undefined;
}

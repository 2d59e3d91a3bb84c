/**
 * Why a condition came out as it did, as data: a code and its values. The wording lives in the
 * tables below (zh and en), so an app can translate reasons without touching the engine.
 */
export type Reason =
  | { code: 'said'; phrases: string; turn: number }
  | { code: 'not-said'; phrases: string }
  | { code: 'said-forbidden'; phrases: string; count: number }
  | { code: 'not-said-forbidden'; phrases: string }
  | { code: 'no-turns'; role: string }
  | { code: 'no-timing' }
  | { code: 'missing-variable'; names: string }
  | { code: 'channel-unknown' }
  | { code: 'channel-other'; channel: string }
  | { code: 'not-applicable' }
  | { code: 'order-kept'; first: string; then: string }
  | { code: 'order-broken'; first: string; then: string }
  | { code: 'order-no-anchor'; phrases: string }
  | { code: 'within-kept'; first: string; then: string; turns: number }
  | { code: 'within-missed'; first: string; then: string; turns: number; count: number }
  | { code: 'procedure-kept'; stages: string }
  | { code: 'procedure-missing'; stages: string }
  | { code: 'procedure-broken'; first: string; then: string }
  | { code: 'silence-none'; over: number }
  | { code: 'silence-kept'; count: number }
  | { code: 'silence-no-before'; seconds: number; phrases: string }
  | { code: 'silence-no-after'; seconds: number; phrases: string }
  | { code: 'wait-kept'; count: number; max: number }
  | { code: 'wait-over'; count: number; worst: number; max: number }
  | { code: 'no-response' }
  | { code: 'answer-kept'; value: number; unit: string }
  | { code: 'answer-over'; value: number; unit: string; max: number }
  | { code: 'answer-unknown'; by: string }
  | { code: 'rate-kept'; value: number }
  | { code: 'rate-out'; value: number; bound: string }
  | { code: 'length-kept'; max: number }
  | { code: 'length-over'; count: number; max: number }
  | { code: 'length-under'; count: number; min: number }
  | { code: 'duration-kept'; minutes: number }
  | { code: 'duration-out'; minutes: number; bound: string }
  | { code: 'interrupt-none' }
  | { code: 'interrupted'; count: number }
  | { code: 'count-kept'; count: number }
  | { code: 'count-out'; count: number; bound: string }
  | { code: 'lint-clean' }
  | { code: 'lint-found'; count: number }
  | { code: 'name-unknown' }
  | { code: 'address-kept'; address: string }
  | { code: 'address-you'; count: number }
  | { code: 'address-missing'; surname: string };

type Table = { [C in Reason['code']]: (r: Extract<Reason, { code: C }>) => string };

const zh: Table = {
  said: (r) => `第${r.turn + 1}轮说了「${r.phrases}」`,
  'not-said': (r) => `没有说「${r.phrases}」`,
  'said-forbidden': (r) => `说了${r.count}次不应说的「${r.phrases}」`,
  'not-said-forbidden': (r) => `没有说「${r.phrases}」`,
  'no-turns': (r) => `没有${r.role === 'customer' ? '客户' : r.role === 'agent' ? '客服' : ''}的发言可查`,
  'no-timing': () => '缺少时间信息，无法判断',
  'missing-variable': (r) => `未设置变量 ${r.names}`,
  'channel-unknown': () => '未知渠道（电话或在线），无法判断',
  'channel-other': (r) => `不适用于${r.channel}渠道`,
  'not-applicable': () => '本通不适用',
  'order-kept': (r) => `「${r.first}」在「${r.then}」之前`,
  'order-broken': (r) => `「${r.then}」之前没有「${r.first}」`,
  'order-no-anchor': (r) => `没有出现「${r.phrases}」`,
  'within-kept': (r) => `「${r.first}」之后${r.turns}轮内都有「${r.then}」`,
  'within-missed': (r) => `${r.count}处「${r.first}」之后${r.turns}轮内没有「${r.then}」`,
  'procedure-kept': (r) => `按顺序完成：${r.stages}`,
  'procedure-missing': (r) => `缺少环节：${r.stages}`,
  'procedure-broken': (r) => `「${r.then}」出现在「${r.first}」之前`,
  'silence-none': (r) => `没有超过${r.over}秒的静默`,
  'silence-kept': (r) => `${r.count}次长时间静默前后均有提示和致谢`,
  'silence-no-before': (r) => `静默${r.seconds}秒前没有说「${r.phrases}」`,
  'silence-no-after': (r) => `静默${r.seconds}秒后没有说「${r.phrases}」`,
  'wait-kept': (r) => `${r.count}次回复都在${r.max}秒内`,
  'wait-over': (r) => `${r.count}次回复超过${r.max}秒（最长${r.worst}秒）`,
  'no-response': () => '客户发言后客服没有回复',
  'answer-kept': (r) => `${r.value}${r.unit === 'rings' ? '声' : '秒'}内接听`,
  'answer-over': (r) => `${r.value}${r.unit === 'rings' ? '声' : '秒'}才接听（标准${r.max}）`,
  'answer-unknown': (r) => `缺少${r.by === 'rings' ? '响铃次数' : '接听等待时间'}`,
  'rate-kept': (r) => `语速每分钟${r.value}字`,
  'rate-out': (r) => `语速每分钟${r.value}字，标准${r.bound}`,
  'length-kept': (r) => `每条消息不超过${r.max}字`,
  'length-over': (r) => `${r.count}条消息超过${r.max}字`,
  'length-under': (r) => `${r.count}条消息少于${r.min}字`,
  'duration-kept': (r) => `通话${r.minutes}分钟`,
  'duration-out': (r) => `通话${r.minutes}分钟，标准${r.bound}`,
  'interrupt-none': () => '没有打断客户',
  interrupted: (r) => `${r.count}次在客户说完前开口`,
  'count-kept': (r) => `出现${r.count}次`,
  'count-out': (r) => `出现${r.count}次，应${r.bound}`,
  'lint-clean': () => '没有服务禁语',
  'lint-found': (r) => `${r.count}处服务禁语`,
  'name-unknown': () => '未得知客户姓名',
  'address-kept': (r) => `以「${r.address}」称呼客户`,
  'address-you': (r) => `得知客户姓名后${r.count}次称“你”`,
  'address-missing': (r) => `得知客户姓${r.surname}后没有以姓氏加称谓称呼`,
};

const en: Table = {
  said: (r) => `turn ${r.turn + 1} says “${r.phrases}”`,
  'not-said': (r) => `“${r.phrases}” was not said`,
  'said-forbidden': (r) => `“${r.phrases}” was said ${r.count} time${r.count === 1 ? '' : 's'}`,
  'not-said-forbidden': (r) => `“${r.phrases}” was not said`,
  'no-turns': (r) => `no ${r.role === 'any' ? '' : `${r.role} `}turns to check`,
  'no-timing': () => 'no timing in the transcript: cannot be judged',
  'missing-variable': (r) => `variable ${r.names} is not set`,
  'channel-unknown': () => 'the channel (phone or chat) is not known',
  'channel-other': (r) => `does not apply to ${r.channel}`,
  'not-applicable': () => 'does not apply to this call',
  'order-kept': (r) => `“${r.first}” comes before “${r.then}”`,
  'order-broken': (r) => `“${r.then}” without “${r.first}” before it`,
  'order-no-anchor': (r) => `“${r.phrases}” never occurs`,
  'within-kept': (r) => `every “${r.first}” is followed by “${r.then}” within ${r.turns} turns`,
  'within-missed': (r) => `${r.count} “${r.first}” not followed by “${r.then}” within ${r.turns} turns`,
  'procedure-kept': (r) => `stages in order: ${r.stages}`,
  'procedure-missing': (r) => `missing stages: ${r.stages}`,
  'procedure-broken': (r) => `“${r.then}” comes before “${r.first}”`,
  'silence-none': (r) => `no silence over ${r.over} s`,
  'silence-kept': (r) => `${r.count} long silence${r.count === 1 ? '' : 's'}, each announced and thanked`,
  'silence-no-before': (r) => `a ${r.seconds} s silence without “${r.phrases}” before it`,
  'silence-no-after': (r) => `a ${r.seconds} s silence without “${r.phrases}” after it`,
  'wait-kept': (r) => `${r.count} repl${r.count === 1 ? 'y' : 'ies'} within ${r.max} s`,
  'wait-over': (r) => `${r.count} repl${r.count === 1 ? 'y' : 'ies'} over ${r.max} s (longest ${r.worst} s)`,
  'no-response': () => 'the agent never answered the customer',
  'answer-kept': (r) => `answered after ${r.value} ${r.unit === 'rings' ? 'rings' : 's'}`,
  'answer-over': (r) => `answered after ${r.value} ${r.unit === 'rings' ? 'rings' : 's'} (standard ${r.max})`,
  'answer-unknown': (r) => `the ${r.by === 'rings' ? 'number of rings' : 'answer time'} is not known`,
  'rate-kept': (r) => `${r.value} characters a minute`,
  'rate-out': (r) => `${r.value} characters a minute, standard ${r.bound}`,
  'length-kept': (r) => `every message at most ${r.max} characters`,
  'length-over': (r) => `${r.count} message${r.count === 1 ? '' : 's'} over ${r.max} characters`,
  'length-under': (r) => `${r.count} message${r.count === 1 ? '' : 's'} under ${r.min} characters`,
  'duration-kept': (r) => `a ${r.minutes}-minute call`,
  'duration-out': (r) => `a ${r.minutes}-minute call, standard ${r.bound}`,
  'interrupt-none': () => 'the customer was never interrupted',
  interrupted: (r) => `${r.count} time${r.count === 1 ? '' : 's'} the agent spoke before the customer finished`,
  'count-kept': (r) => `${r.count} occurrence${r.count === 1 ? '' : 's'}`,
  'count-out': (r) => `${r.count} occurrence${r.count === 1 ? '' : 's'}, expected ${r.bound}`,
  'lint-clean': () => 'no banned phrases',
  'lint-found': (r) => `${r.count} banned phrase${r.count === 1 ? '' : 's'}`,
  'name-unknown': () => "the customer's name never became known",
  'address-kept': (r) => `addresses the customer as “${r.address}”`,
  'address-you': (r) => `says 你 ${r.count} time${r.count === 1 ? '' : 's'} once the name is known`,
  'address-missing': (r) => `never addresses the customer by surname (${r.surname}) and title`,
};

/**
 * Words a reason in Chinese or English.
 *
 * @param reason - a reason from a check result
 * @param language - `zh` (default) or `en`
 * @returns the sentence
 * @example
 * ```ts
 * describeReason({ code: 'wait-over', count: 1, worst: 31, max: 20 }); //=> '1次回复超过20秒（最长31秒）'
 * describeReason({ code: 'no-timing' }, 'en'); //=> 'no timing in the transcript: cannot be judged'
 * ```
 */
export function describeReason(reason: Reason, language: 'zh' | 'en' = 'zh'): string {
  const table = language === 'en' ? en : zh;
  return (table[reason.code] as (r: Reason) => string)(reason);
}

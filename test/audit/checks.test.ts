/**
 * Every built-in check with a passing and a failing transcript, written from the sources' own
 * procedures and wording (the seed lines are named), audited in simplified and in traditional
 * script (converted with OpenCC, roles included): the verdict must not depend on the script.
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { createAuditor, readTranscript, type Transcript } from '../../src/audit/index.js';
import type { CoreAuditCheckId } from '../../src/audit/index.js';

const toTW = OpenCC.Converter({ from: 'cn', to: 'twp' });
const toHK = OpenCC.Converter({ from: 'cn', to: 'hk' });
const auditor = createAuditor({ vars: { brand: '阳光物业' } });

interface Case {
  check: CoreAuditCheckId;
  verdict: 'pass' | 'fail' | 'n/a';
  /** What the case shows, and the source lines it comes from. */
  name: string;
  text: string;
  call?: Omit<Transcript, 'turns'>;
}

/** 180–200 字/分钟 (003:19): a turn's end for a rate of `perMinute` over its spoken characters. */
function spoken(start: number, text: string, perMinute: number): string {
  const chars = [...text].filter((c) => !/[\s，。！？、：；“”]/.test(c)).length;
  const end = start + (chars / perMinute) * 60;
  const clock = (s: number) => `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${(s % 60).toFixed(2).padStart(5, '0')}`;
  return `[${clock(start)}-${clock(end)}] 客服：${text}`;
}

const cases: Case[] = [
  // ── opening (004:13 first line; 002:7; 003:15) ──
  { check: 'opening-greeting', verdict: 'pass', name: '您好，**业主服务中心 (004:13)', text: '客服：您好，阳光物业业主服务中心，请问有什么可以帮助您？\n客户：我家水管坏了。' },
  { check: 'opening-greeting', verdict: 'fail', name: '“喂，你好” is what 004:13 says not to open with', text: '客服：喂，你好。\n客户：我家水管坏了。' },
  { check: 'opening-greeting', verdict: 'fail', name: 'the greeting comes only in the second agent turn', text: '客服：请讲。\n客户：在吗？\n客服：您好，很高兴为您服务。' },
  { check: 'opening-brand', verdict: 'pass', name: '报出企业名称 (003:15)', text: '客服：您好，这里是阳光物业客户服务中心，工号001，很高兴为您服务。' },
  { check: 'opening-brand', verdict: 'fail', name: 'a greeting without the company', text: '客服：您好，请问有什么可以帮助您？' },
  // ── closing (004:13 通话终了时; 000:5-7; 003:38-42) ──
  {
    check: 'closing-anything-else',
    verdict: 'pass',
    name: '请问还有什么可以帮助您？ then thanks (004:13)',
    text: '客服：您好，请问有什么可以帮助您？\n客户：查一下物业费。\n客服：您本月的物业费已缴清。请问还有什么可以帮助您？\n客户：没有了。\n客服：感谢您的来电，若有问题请再次来电，再见！',
  },
  // An online shop's agents word the question freely (measured on real JD.com chats, docs/audit.md); our wording.
  {
    check: 'closing-anything-else',
    verdict: 'pass',
    name: 'chat: 请问还有其他还可以帮到您的吗 (还有 + 其他 … 帮)',
    text: '客服：您好，很高兴为您服务。\n客户：发货了吗？\n客服：已经发货了哦，请问还有其他还可以帮到您的吗？\n客户：没有了。\n客服：感谢您的咨询，祝您生活愉快！',
  },
  {
    check: 'closing-anything-else',
    verdict: 'pass',
    name: 'chat: 如果您还有问题可以随时提问',
    text: '客服：您好，很高兴为您服务。\n客户：发货了吗？\n客服：已经发货了哦，如果您还有疑问可以随时提问。\n客户：好的。\n客服：感谢您的咨询，再见！',
  },
  { check: 'closing-anything-else', verdict: 'fail', name: 'chat: 还有其他颜色 is about the goods, not the customer’s needs', text: '客服：您好，很高兴为您服务。\n客户：有白色吗？\n客服：白色没有了，还有其他颜色哦。\n客户：好吧。\n客服：感谢您的咨询，再见！' },
  { check: 'closing-anything-else', verdict: 'fail', name: '“没事了吧，您挂电话吧” (004:13, 不应该)', text: '客服：您好，请问有什么可以帮助您？\n客户：查一下物业费。\n客服：已经缴清了。没事了吧，您挂电话吧。' },
  { check: 'closing-farewell', verdict: 'pass', name: '感谢您的来电，请稍后挂机对我本次服务进行评价，谢谢，再见！ (000:7)', text: '客服：您好。\n客户：没有别的了。\n客服：感谢您的来电，请稍后挂机对我本次服务进行评价，谢谢，再见！' },
  { check: 'closing-farewell', verdict: 'fail', name: 'the call ends on the customer being told to hang up', text: '客服：您好。\n客户：没有别的了。\n客服：没事了吧，您挂电话吧。' },
  // ── banned phrases (004:13 不应该 column; 001:1-4 禁言) ──
  { check: 'banned-phrases', verdict: 'pass', name: '对不起，您的声音有点太小，请您拿起话筒说话好吗？ (004:13, 应该)', text: '客服：对不起，您的声音有点太小，请您拿起话筒说话好吗？' },
  { check: 'banned-phrases', verdict: 'fail', name: '喂，大声一点！ (004:13, 不应该)', text: '客服：喂，大声一点！' },
  { check: 'banned-phrases', verdict: 'fail', name: '公司的规定就是这样，我没有办法。 (001:3)', text: '客户：我要退货。\n客服：公司的规定就是这样，我没有办法。' },
  // ── honorifics once the name is known (001:87, 001:93, 004:13) ──
  {
    check: 'honorific-address',
    verdict: 'pass',
    name: '先生/女士：请问您贵姓？ then the surname and title (004:13)',
    text: '客服：请问您贵姓？\n客户：免贵姓李。\n客服：李女士，请您留下您的联系电话，我们查询后将尽快与您联系，好吗？',
  },
  { check: 'honorific-address', verdict: 'fail', name: '你 after the customer gave her name (004:13: “你的名字叫什么？”)', text: '客服：请问怎么称呼您？\n客户：我姓李。\n客服：李女士，你的房号是多少？' },
  { check: 'honorific-address', verdict: 'fail', name: 'the surname is never used (001:93 称呼客户姓氏)', text: '客服：请问怎么称呼您？\n客户：我叫王小明。\n客服：好的，请问您的房号是多少？' },
  // ── hold etiquette (000:11-14: 请您稍等片刻 … 让您久等了) ──
  {
    check: 'hold-etiquette',
    verdict: 'pass',
    name: '很抱歉，X先生，我帮您查询一下，请您稍等片刻 … 让您久等了 (000:11, 000:14)',
    text: '[00:00:00] 客户：帮我查一下订单。\n[00:00:05] 客服：很抱歉，王先生，我帮您查询一下，请您稍等片刻，谢谢！\n[00:01:10] 客服：很抱歉，王先生，让您久等了！订单明天送达。',
  },
  { check: 'hold-etiquette', verdict: 'fail', name: 'a 65-second silence, unannounced and unthanked', text: '[00:00:00] 客户：帮我查一下订单。\n[00:00:05] 客服：我看看。\n[00:01:10] 客服：订单明天送达。' },
  {
    check: 'hold-etiquette',
    verdict: 'fail',
    name: 'announced (请稍等) but not thanked after',
    text: '[00:00:00] 客户：帮我查一下订单。\n[00:00:05] 客服：请稍等，我帮您查询一下。\n[00:01:10] 客服：订单明天送达。',
  },
  // ── chat response times (001:34 first greeting within 15 s; 001:35 each reply within 20 s) ──
  { check: 'chat-first-response', verdict: 'pass', name: 'greeted after 6 s', call: { channel: 'chat' }, text: '[10:00:00] 客户：在吗？\n[10:00:06] 客服：您好，很高兴为您服务！' },
  { check: 'chat-first-response', verdict: 'fail', name: 'greeted after 16 s', call: { channel: 'chat' }, text: '[10:00:00] 客户：在吗？\n[10:00:16] 客服：您好，很高兴为您服务！' },
  {
    check: 'chat-each-response',
    verdict: 'pass',
    name: 'every later reply within 20 s',
    call: { channel: 'chat' },
    text: '[10:00:00] 客户：在吗？\n[10:00:05] 客服：您好！\n[10:00:20] 客户：这个包是正品吗？\n[10:00:38] 客服：都是正品，您可以放心购买。',
  },
  {
    check: 'chat-each-response',
    verdict: 'fail',
    name: 'a later reply after 25 s (the customer waits from the first unanswered message)',
    call: { channel: 'chat' },
    text: '[10:00:00] 客户：在吗？\n[10:00:05] 客服：您好！\n[10:00:20] 客户：这个包是正品吗？\n[10:00:30] 客户：有发票吗？\n[10:00:45] 客服：都是正品。',
  },
  // ── chat message length (001:34-35: typing 50 字/分钟, reply within 20 s, split long answers) ──
  { check: 'chat-message-length', verdict: 'pass', name: 'an answer split as the standard asks', call: { channel: 'chat' }, text: '客服：您好！\n客服：很高兴为您服务。\n客服：请问有什么可以帮您？' },
  {
    check: 'chat-message-length',
    verdict: 'fail',
    name: '002:27’s security answer in one message',
    call: { channel: 'chat' },
    text: '客服：您好，我们网站是标准数字证书体系，运用数字认证和强加密通讯管道，确保客户身份认证和数据传输以及密码输入的安全。',
  },
  // ── phone answer (003:14: within 3 rings, waiting at most 10 s) ──
  { check: 'phone-answer-rings', verdict: 'pass', name: 'answered on the third ring', call: { channel: 'phone', rings: 3 }, text: '客服：您好，请问有什么可以帮助您？' },
  { check: 'phone-answer-rings', verdict: 'fail', name: 'answered on the fourth ring', call: { channel: 'phone', rings: 4 }, text: '客服：对不起，刚才因为线路忙，让您久等了！请问有什么可以帮助您？' },
  { check: 'phone-answer-rings', verdict: 'n/a', name: 'rings not recorded: never a silent pass', call: { channel: 'phone' }, text: '客服：您好，请问有什么可以帮助您？' },
  { check: 'phone-answer-seconds', verdict: 'pass', name: 'the caller waited 8 s', call: { channel: 'phone', answerSeconds: 8 }, text: '客服：您好，请问有什么可以帮助您？' },
  { check: 'phone-answer-seconds', verdict: 'fail', name: 'the caller waited 12 s', call: { channel: 'phone', answerSeconds: 12 }, text: '客服：您好，请问有什么可以帮助您？' },
  // ── speaking rate (003:19: 180–200 字/分钟) ──
  { check: 'speaking-rate', verdict: 'pass', name: '190 字/分钟', call: { channel: 'phone' }, text: spoken(0, '您好，这里是企业客户服务中心，工号001，很高兴为您服务。请问怎么称呼您？', 190) },
  { check: 'speaking-rate', verdict: 'fail', name: '260 字/分钟', call: { channel: 'phone' }, text: spoken(0, '您好，这里是企业客户服务中心，工号001，很高兴为您服务。请问怎么称呼您？', 260) },
  { check: 'speaking-rate', verdict: 'n/a', name: 'no timing', call: { channel: 'phone' }, text: '客服：您好，这里是企业客户服务中心。' },
  // ── call duration (003:43: 3–5 minutes) ──
  { check: 'call-duration', verdict: 'pass', name: 'a 4-minute call', call: { channel: 'phone' }, text: '[00:00:00] 客服：您好。\n[00:04:00] 客服：感谢您的来电，再见！' },
  { check: 'call-duration', verdict: 'fail', name: 'a 6-minute call', call: { channel: 'phone' }, text: '[00:00:00] 客服：您好。\n[00:06:00] 客服：感谢您的来电，再见！' },
  // ── interruptions (003:27: 不打断客户表述) ──
  {
    check: 'no-interruption',
    verdict: 'pass',
    name: 'the agent waits for the customer to finish',
    call: { channel: 'phone' },
    text: '[00:00:00-00:00:04] 客服：您好，请问有什么可以帮助您？\n[00:00:05-00:00:15] 客户：我上周报修的水管到现在还没人来。\n[00:00:16-00:00:20] 客服：很抱歉，我马上帮您查询。',
  },
  {
    check: 'no-interruption',
    verdict: 'fail',
    name: 'the agent starts 3 s before the customer finishes',
    call: { channel: 'phone' },
    text: '[00:00:00-00:00:04] 客服：您好，请问有什么可以帮助您？\n[00:00:05-00:00:15] 客户：我上周报修的水管到现在还没人来。\n[00:00:12-00:00:16] 客服：您是说水管，对吗？',
  },
  // ── complaint procedure (003:61-79 投诉处理类话术模板: apologise → record → solution → time promise) ──
  {
    check: 'complaint-procedure',
    verdict: 'pass',
    name: '003’s complaint template in order',
    text: [
      '客户：我要投诉，订单配送延迟了三天，也没人通知我。',
      '客服：您好，我是客服主管，非常抱歉让您遇到了不愉快，请问能具体说说情况吗？',
      '客户：就是三天了还没到。',
      '客服：我非常理解您的心情。您反馈的是订单配送延迟3天且未提前通知，对吗？',
      '客户：对。',
      '客服：我们为您办理订单优先配送，并补偿20元优惠券，预计今天内发出。',
    ].join('\n'),
  },
  {
    check: 'complaint-procedure',
    verdict: 'fail',
    name: 'a solution before any apology or record',
    text: ['客户：我要投诉，订单配送延迟了三天。', '客服：给您补偿20元优惠券，预计今天内发出。', '客户：那好吧。', '客服：不好意思，您反馈的是配送延迟，对吗？'].join('\n'),
  },
  {
    check: 'complaint-procedure',
    verdict: 'fail',
    name: 'apology and record, but no solution or time',
    text: ['客户：你们什么态度！', '客服：非常抱歉，您反映的是我们的服务态度问题，我已经记录下来了。'].join('\n'),
  },
  { check: 'complaint-procedure', verdict: 'n/a', name: 'not a complaint', text: '客户：我想查一下物业费。\n客服：好的，请稍等。' },
];

function run(c: Case, convert: (s: string) => string) {
  const t = readTranscript(convert(c.text));
  return auditor.audit({ ...c.call, turns: t.turns }).checks.find((r) => r.id === c.check)!;
}

describe('built-in checks', () => {
  it('covers every built-in check with a passing and a failing transcript', () => {
    const ids = auditor.checks.map((c) => c.id);
    for (const id of ids) {
      expect(cases.filter((c) => c.check === id).map((c) => c.verdict), id).toEqual(expect.arrayContaining(['pass', 'fail']));
    }
  });
  describe.each([
    ['simplified', (s: string) => s],
    ['traditional (zh-TW)', toTW],
    ['traditional (zh-HK)', toHK],
  ] as const)('in %s script', (_script, convert) => {
    it.each(cases.map((c) => [c.check, c.verdict, c.name, c] as const))('%s is %s: %s', (_id, verdict, _name, c) => {
      const result = run(c, convert);
      expect({ verdict: result.verdict, reason: result.reason }).toMatchObject({ verdict });
      // Every piece of evidence is a slice of its turn.
      const turns = readTranscript(convert(c.text)).turns;
      for (const e of result.evidence) expect(turns[e.turn]!.text.slice(e.start, e.end)).toBe(e.text);
      expect(result.sources.length).toBeGreaterThan(0);
    });
  });
});

describe('what the checks explain', () => {
  const audit = (text: string, call: Omit<Transcript, 'turns'> = {}) => auditor.audit({ ...call, turns: readTranscript(text).turns });
  it('points at the banned phrase with offsets and the rule’s reason', () => {
    const card = audit('客服：您好。\n客户：能不能快点？\n客服：喂，大声一点！');
    const banned = card.checks.find((c) => c.id === 'banned-phrases')!;
    expect(banned.evidence.map((e) => [e.turn, e.start, e.end, e.text])).toEqual([
      [2, 0, 1, '喂'],
      [2, 2, 6, '大声一点'],
    ]);
    expect(banned.deducted).toBe(20);
    expect(card.findings.filter((f) => f.check === 'banned-phrases').map((f) => f.severity)).toEqual(['error', 'error']);
  });
  it('measures the slow reply and names it', () => {
    const card = audit('[10:00:00] 客户：在吗？\n[10:00:16] 客服：您好！', { channel: 'chat' });
    const first = card.checks.find((c) => c.id === 'chat-first-response')!;
    expect(first).toMatchObject({ verdict: 'fail', reason: '1次回复超过15秒（最长16秒）', measured: { value: 16, unit: 'seconds', max: 15 }, sources: ['001:34'] });
    expect(first.evidence).toEqual([{ turn: 1, start: 0, end: 3, text: '您好！', note: '16 s' }]);
  });
  it('says n/a, never pass, when timing or the channel is missing', () => {
    const card = audit('客户：在吗？\n客服：您好，很高兴为您服务。');
    const verdicts = Object.fromEntries(card.checks.map((c) => [c.id, c.verdict]));
    for (const id of ['chat-first-response', 'chat-each-response', 'phone-answer-rings', 'speaking-rate', 'call-duration', 'no-interruption', 'hold-etiquette']) {
      expect(verdicts[id], id).toBe('n/a');
    }
  });
  it('derives the complaint order from workflow.complaint’s steps and cites them', () => {
    const card = audit('客户：我要投诉。\n客服：非常抱歉。您反馈的是配送延迟，对吗？我们为您办理优先配送，预计今天内发出。');
    const procedure = card.checks.find((c) => c.id === 'complaint-procedure')!;
    expect(procedure.verdict).toBe('pass');
    expect(procedure.evidence.map((e) => e.text)).toEqual(['抱歉', '您反馈的是', '为您办理', '预计']);
    expect(procedure.sources).toEqual(expect.arrayContaining(['003:61-79']));
  });
});

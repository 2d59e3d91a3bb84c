import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { stepSchema, type StepInput } from '../../src/schema/index.js';
import { parseCondition, parseNumber, parseScript } from '../../src/steps/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/steps/scripts/${name}`, import.meta.url), 'utf8');
const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** A condition as the outline prints it: the known intent, or the open condition's text. */
const whenOf = (when: Record<string, unknown>) => {
  const { text, ...known } = when;
  return JSON.stringify(Object.keys(known).length === 0 ? { text } : known);
};

/** One line a step: kind, label, and what it carries; branches and numbered groups indented. */
function outline(steps: readonly StepInput[], indent = ''): string[] {
  return steps.flatMap((s) => {
    const label = s.label === undefined ? '' : `[${s.label}] `;
    const head =
      s.kind === 'say' ? `say ${s.text ?? s.phrase}` :
      s.kind === 'wait' ? `wait ${s.seconds ?? 'reply'}` :
      s.kind === 'action' ? `action ${s.action}` :
      s.kind === 'note' ? `note ${s.text}` : s.kind;
    const lines = [`${indent}${label}${head}`];
    if (s.kind === 'branch' || s.kind === 'ask') {
      for (const b of s.branches) lines.push(`${indent}  when ${whenOf(b.when)}`, ...outline(b.steps, `${indent}    `));
    }
    if (s.kind === 'group') lines.push(...outline(s.steps, `${indent}  `));
    return lines;
  });
}

/** Every step's and branch's `source`, in document order. */
function sources(steps: readonly StepInput[]): string {
  return steps
    .map(
      (s) =>
        (s.source ?? '') +
        ('branches' in s ? s.branches.map((b) => (b.source ?? '') + sources(b.steps)).join('') : '') +
        (s.kind === 'group' ? sources(s.steps) : ''),
    )
    .join('');
}
const squeeze = (s: string) => s.replace(/\s/g, '');

/** 000's hold procedure, as parsed. */
const hold = [
  '[4] group',
  '  branch',
  '    when {"text":"處理過程中需要用戶等待"}',
  '      [第一步] group',
  '        note 應先講明原因并探尋用戶需求:',
  '        say 很抱歉,X先生/女士,我幫您查詢一下,請您稍等片刻,謝謝!',
  '      [第二步] group',
  '        branch',
  '          when {"elapsedOver":120}',
  '            note 應建議用戶留下聯系號碼,',
  '            action schedule-callback',
  '            say 請您留下您的聯系方式,我們查詢后,盡快跟您聯系。',
  '      [第三步] group',
  '        branch',
  '          when {"flag":"customer-anxious"}',
  '            note 比如:客戶很忙,但又必須來電處理業務問題,這時應先安撫用戶情緒:',
  '            say 先生/女士,我理解您的心情,您別急,我馬上幫您處理。',
  '            note 并迅速開始處理。',
  '        note 應在查詢/處理后,應立即與客戶通話:',
  '        say 很抱歉,先生/女士,讓您久等了!',
];

describe('parseScript on the sources’ own procedures', () => {
  it('004 silent call: 还是无声 … 还是毫无反应 nest, each pause followed by a branch on silence', () => {
    const steps = parseScript(fixture('silent-call.zh-hans.txt'));
    expect(outline(steps)).toEqual([
      'say 您好!请问有什么可以帮助您?',
      'wait 5',
      'branch',
      '  when {"reply":"silent"}',
      '    say 您好!请问有什么可以帮助您?',
      '    wait 5',
      '    branch',
      '      when {"reply":"silent"}',
      '        say 对不起,您的电话没有声音,请您换一部电话?再见!',
      '        wait 5',
      '        action hang-up',
    ]);
    expect(steps[2]).toMatchObject({ kind: 'branch', branches: [{ source: '还是无声' }] });
  });

  it('004 quiet voice: 若仍听不清楚 branches, 过5秒挂机 pauses then hangs up', () => {
    expect(outline(parseScript(fixture('quiet-voice.zh-hans.txt')))).toEqual([
      'say 对不起!请您大声一点,好吗?',
      'branch',
      '  when {"flag":"still-unclear"}',
      '    say 对不起!您的电话声音太小,请您换一部电话再次打来,好吗?',
      '    wait 5',
      '    action hang-up',
    ]);
  });


  it('000 hold (traditional): 第一步/第二步/第三步, over 2 minutes, anxious customer', () => {
    expect(outline(parseScript(fixture('hold.zh-hant.txt')))).toEqual(hold);
  });

  it('000 hold converted to simplified gives the same structure', () => {
    const simplified = parseScript(toHans(fixture('hold.zh-hant.txt')));
    expect(outline(simplified)).toEqual(hold.map((line) => toHans(line)));
  });

  it('000 complaint: say, 等用户回答, 若用户说:可以 → 应说 …', () => {
    expect(outline(parseScript(fixture('complaint.zh-hant.txt')))).toEqual([
      'say 很抱歉↑給您添麻煩了!請問怎么稱呼您↑?很抱歉↑,xx先生/xx女士,給您帶來不便了,我能理解到您此時的感受。我這里立刻就為您協調處理并會在第一時間將處理結果反饋給您好嗎?↑',
      'wait reply',
      'branch',
      '  when {"reply":"agree"}',
      '    note 話務代表應說:',
      '    say 非常感謝您的理解,請問xx先生/女士方便留個聯系號碼嗎,以便我們第一時間與您電話聯系!',
    ]);
  });

  it('000 stock-out: the 若是…时 condition is an open branch holding its speech; 可以 → thanks; 那算了 → normal closing, as two branches of one step', () => {
    const steps = parseScript(toHans(fixture('stock-out.zh-hant.txt')));
    expect(outline(steps).filter((l) => !l.includes('say xx'))).toEqual([
      '[第二步] group',
      '  branch',
      '    when {"text":"因为我们的库存缺货/下市,从而无法正常满足用户的需求"}',
      '  wait reply',
      '  branch',
      '    when {"reply":"agree"}',
      '      say 感谢您的理解与支持,请问还需要其他帮助吗?正常结束语!',
      '    when {"reply":"decline"}',
      '      note 请按正常的结束语,结束通话。',
    ]);
    expect(outline(steps)[3]).toMatch(/^ {6}say xx先生\/女士,很抱歉影响您正常食用了/);
  });

  it('000 noise: (停顿2秒后挂机) in a 如确实无法听清 branch', () => {
    expect(outline(parseScript(fixture('noise.zh-hant.txt'))).slice(3)).toEqual([
      '[第二步] group',
      '  branch',
      '    when {"flag":"still-unclear"}',
      '      note 則請求客戶諒解:',
      '      say 很抱歉,您電話聲音太小,請您換一部話機再撥好嗎?',
      '      wait 2',
      '      action hang-up',
    ]);
  });

  it('000 complaint about an agent: record the complaint, escalate, 如客户不接受道歉 branch', () => {
    expect(outline(parseScript(toHans(fixture('complaint-about-agent.zh-hant.txt'))))).toEqual([
      'say 很抱歉,给您添麻烦了,您能否将详细情况给我说一下?↑',
      'action record-complaint',
      'action escalate',
      'branch',
      '  when {"flag":"apology-rejected"}',
      '    say 很抱歉,给您带来不便了,麻烦您留个联系号码,公司会派专人与您电话联系,您看可以吗?',
    ]);
  });

  it('000 transfer: 若转接不成功 branch', () => {
    expect(outline(parseScript(fixture('transfer.zh-hant.txt')))).toEqual([
      'say 請稍等,我現在幫您轉接到我們的投訴專席(其他專席),會有專人為您處理。',
      'branch',
      '  when {"flag":"transfer-failed"}',
      '    say 麻煩您再次撥打4008288888,謝謝!',
    ]);
  });

  it('004 complaint about service: record, ask for contact, hand to a supervisor', () => {
    expect(outline(parseScript(fixture('complaint-record.zh-hans.txt')))).toEqual([
      'say 对不起,由于我们服务不周给您添麻烦了,请您原谅,您能否将详细情况告诉我?',
      'action record-complaint',
      'note 并请客户留下联系方式,',
      'action escalate',
    ]);
  });

  it('003 closing stage: a follow-up within 24 hours', () => {
    const steps = parseScript(fixture('closing-stage.zh-hans.txt'));
    expect(steps.length).toBe(1);
    const inner = steps[0]?.kind === 'group' ? steps[0].steps : [];
    expect(steps[0]).toMatchObject({ kind: 'group', label: '(四)', source: '(四)' });
    expect(inner[0]).toEqual({ kind: 'note', text: '结束与跟进:强化服务体验', source: '结束与跟进:强化服务体验' });
    expect(inner.find((s) => s.kind === 'action')).toEqual({ kind: 'action', action: 'follow-up', withinHours: 24, note: '需在24小时内进行回访,', source: '需在24小时内进行回访,' });
  });

  it('003 per-category template: (一) heading, stage names as notes, quoted lines as say', () => {
    const steps = parseScript(fixture('consult-template.zh-hans.txt'));
    expect(steps[0]).toMatchObject({ kind: 'group', label: '(一)' });
    expect(steps[0]?.kind === 'group' ? steps[0].steps[0] : undefined).toEqual({ kind: 'note', text: '业务咨询类话术模板', source: '业务咨询类话术模板' });
    expect(outline(steps).filter((l) => l.startsWith('  say'))).toEqual([
      '  say 您好,企业客服工号002,请问需要咨询哪方面业务?',
      '  say 您是想知晓产品的年费政策,对吗?具体想确认缴费方式还是优惠条件呢?',
      '  say 目前产品支持年付、季付两种方式,年付可享受9折优惠,您可以通过官网或APP在线支付,操作路径是……',
      '  say 还有其他疑问吗?感谢您的咨询,祝您使用愉快!',
    ]);
  });

  it.each(['silent-call.zh-hans.txt', 'quiet-voice.zh-hans.txt', 'consult-template.zh-hans.txt', 'closing-stage.zh-hans.txt', 'complaint-record.zh-hans.txt'])(
    '%s parses to the same outline in traditional script',
    (name) => {
      const text = fixture(name);
      expect(outline(parseScript(toHant(text)))).toEqual(outline(parseScript(text)).map((l) => toHant(l)));
    },
  );

  it.each(['hold.zh-hant.txt', 'complaint.zh-hant.txt', 'complaint-about-agent.zh-hant.txt', 'stock-out.zh-hant.txt', 'noise.zh-hant.txt', 'silent-call.zh-hans.txt', 'closing-stage.zh-hans.txt', 'complaint-record.zh-hans.txt'])(
    '%s: output is valid pack steps and keeps every character in its sources',
    (name) => {
      const text = fixture(name);
      const steps = parseScript(text);
      for (const s of steps) expect(stepSchema.safeParse(s).success).toBe(true);
      expect(squeeze(sources(steps))).toBe(squeeze(text));
    },
  );
});

describe('parseScript numbering, pauses and conditions', () => {
  it.each([
    ['第一步:您好!\n第二步:再见!', ['第一步', '第二步']],
    ['1、您好!\n2、再见!', ['1', '2']],
    ['一、您好!\n二、再见!', ['一', '二']],
    ['(一)您好!\n(二)再见!', ['(一)', '(二)']],
    ['A. 您好!\nB. 再见!', ['A', 'B']],
    ['第一種情況:您好!\n第二種情況:再見!', ['第一種情況', '第二種情況']],
  ])('labels %j: each numbered item is one group holding its step', (text, labels) => {
    const steps = parseScript(text);
    expect(steps.map((s) => s.label)).toEqual(labels);
    expect(outline(steps).map((l) => l.replace(/^\[.*?\] /, ''))).toEqual(['group', '  say 您好!', 'group', `  say ${text.includes('再見') ? '再見' : '再见'}!`]);
  });

  it.each([
    ['稍停五秒', 5],
    ['停顿2秒后挂机', 2],
    ['停頓2秒後掛機', 2],
    ['过5秒挂机', 5],
    ['再稍停十五秒', 15],
    ['稍停２０秒', 20],
  ])('reads the pause in %s', (text, seconds) => {
    expect(parseScript(text)[0]).toMatchObject({ kind: 'wait', seconds });
  });

  it('hangs up after a pause only when the text says so, and never on 不可以直接挂机', () => {
    expect(parseScript('过5秒挂机').map((s) => s.kind)).toEqual(['wait', 'action']);
    expect(parseScript('稍停五秒').map((s) => s.kind)).toEqual(['wait']);
    expect(parseScript('不可以直接挂机')).toEqual([{ kind: 'note', text: '不可以直接挂机', source: '不可以直接挂机' }]);
  });

  it.each([
    ['等用户回答', { kind: 'wait', for: 'reply' }],
    ['等待用戶回答', { kind: 'wait', for: 'reply' }],
  ])('waits for the reply on %s', (text, step) => {
    expect(parseScript(text)[0]).toMatchObject(step);
  });

  it.each([
    ['若用户说:可以', { reply: 'agree' }],
    ['若用戶說:那算了/到時再說吧', { reply: 'decline' }],
    ['如客户不接受道歉', { flag: 'apology-rejected' }],
    ['若转接不成功', { flag: 'transfer-failed' }],
    ['如果查询需要3分钟以上', { elapsedOver: 180 }],
    ['如果用户非常焦急', { flag: 'customer-anxious' }],
  ])('reads the condition %s', (text, when) => {
    expect(parseCondition(text)).toEqual(when);
  });

  it('keeps an unknown condition as an open branch holding what it makes conditional', () => {
    expect(parseScript('若是因为天气原因,请您谅解。')).toEqual([
      {
        kind: 'branch',
        branches: [{ when: { text: '因为天气原因' }, source: '若是因为天气原因,', steps: [{ kind: 'say', text: '请您谅解。', source: '请您谅解。' }] }],
      },
    ]);
  });

  it('reads numerals', () => {
    expect([parseNumber('5'), parseNumber('五'), parseNumber('十'), parseNumber('十五'), parseNumber('二十'), parseNumber('两百'), parseNumber('x')]).toEqual([5, 5, 10, 15, 20, 200, undefined]);
    expect([parseNumber('一二'), parseNumber('二〇二四'), parseNumber('一百零五'), parseNumber('两千'), parseNumber('３０')]).toEqual([12, 2024, 105, 2000, 30]);
    // A digit run too long to read exactly is no number at all (never Infinity, never rounded).
    expect([parseNumber('1'.repeat(400)), parseNumber('9'.repeat(17)), parseNumber('一'.repeat(17))]).toEqual([undefined, undefined, undefined]);
  });

  it('returns nothing for blank text', () => {
    expect(parseScript('')).toEqual([]);
    expect(parseScript(' \n\t\n')).toEqual([]);
  });
});

describe('parseScript: a reply that is still the same (还是无声) nests in the open branch', () => {
  it('in traditional script too, with 則說 as the speech that follows', () => {
    expect(outline(parseScript('“您好！”稍停五秒，還是無聲“您好！”稍停五秒，對方仍然毫無反應，則說：“再見！”掛機。'))).toEqual([
      'say 您好！',
      'wait 5',
      'branch',
      '  when {"reply":"silent"}',
      '    say 您好！',
      '    wait 5',
      '    branch',
      '      when {"reply":"silent"}',
      '        say 再見！',
      '        action hang-up',
    ]);
  });

  it('at the top when no branch is open, flags too; 还是 in speech is not a condition', () => {
    expect(outline(parseScript('稍停五秒，还是没有回应，挂机。'))).toEqual(['wait 5', 'branch', '  when {"reply":"silent"}', '    action hang-up']);
    expect(outline(parseScript('“请您大声一点。”仍无法听清楚，挂机。'))).toEqual(['say 请您大声一点。', 'branch', '  when {"flag":"still-unclear"}', '    action hang-up']);
    expect(outline(parseScript('还是由我来帮您处理吧。'))).toEqual(['say 还是由我来帮您处理吧。']);
  });
});

describe('parseScript never throws and never loses text', () => {
  const pieces = fc.constantFrom(
    '第一步:', '第二步:', '1、', '(一)', 'A.', '“', '”', '「', '」', '若用户说:', '可以', '那算了', '如果', '2分钟以上', '焦急',
    '稍停五秒', '挂机', '等用户回答', '应说:', '您好', '请您稍等', ',', '。', '!', '?', ':', '\n', ' ', '并', '掛機', '不可以', '秒', '↑', '记录客户投诉', '24小时内回访', '回电', '提交主管处理', '- ',
    '第二步：', '2、', '（二）', '：', '，', '；', '。', '问候', '若客户无回应，', '如客户说：', '第一次', '2分钟', '稍停2秒', '三、', '1.5',
  );
  const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')));

  it('keeps every non-space character, in order, in the steps’ sources, and emits valid steps', () => {
    fc.assert(
      fc.property(text, (input) => {
        const steps = parseScript(input);
        expect(squeeze(sources(steps))).toBe(squeeze(input));
        for (const s of steps) expect(stepSchema.safeParse(s).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseScript: numbering mid-line, the customer’s behaviour as a condition, labels without leftovers', () => {
  const silentHangUp = (label: string, source: string, hangUp: string, text: string) => ({
    kind: 'group',
    label,
    source: `${label}：`,
    steps: [
      { kind: 'branch', branches: [{ when: { reply: 'silent', text }, source, steps: [{ kind: 'action', action: 'hang-up', source: hangUp }] }] },
    ],
  });

  it('第二步 after ；starts a step; 若客户无回应，挂机 hangs up only when the customer is silent', () => {
    expect(parseScript('第一步：“您好！”稍停五秒；第二步：若客户无回应，挂机。')).toEqual([
      { kind: 'group', label: '第一步', source: '第一步：', steps: [{ kind: 'say', text: '您好！', source: '“您好！”' }, { kind: 'wait', seconds: 5, source: '稍停五秒；' }] },
      silentHangUp('第二步', '若客户无回应，', '挂机。', '客户无回应'),
    ]);
    expect(parseScript('第一步：“您好！”稍停五秒；第二步：若客戶無回應，掛機。')).toEqual([
      { kind: 'group', label: '第一步', source: '第一步：', steps: [{ kind: 'say', text: '您好！', source: '“您好！”' }, { kind: 'wait', seconds: 5, source: '稍停五秒；' }] },
      silentHangUp('第二步', '若客戶無回應，', '掛機。', '客戶無回應'),
    ]);
  });

  it('问候“您好！” is a say step, in its group, with the instruction in its source', () => {
    expect(parseScript('第一步：问候“您好！”\n第二步：稍停五秒\n第三步：如客户无回应，挂机。')).toEqual([
      { kind: 'group', label: '第一步', source: '第一步：', steps: [{ kind: 'say', text: '您好！', source: '问候“您好！”' }] },
      { kind: 'group', label: '第二步', source: '第二步：', steps: [{ kind: 'wait', seconds: 5, source: '稍停五秒' }] },
      silentHangUp('第三步', '如客户无回应，', '挂机。', '客户无回应'),
    ]);
    expect(parseScript('第一步：問候“您好！”\n第二步：稍停五秒\n第三步：如客戶無回應，掛機。')).toEqual([
      { kind: 'group', label: '第一步', source: '第一步：', steps: [{ kind: 'say', text: '您好！', source: '問候“您好！”' }] },
      { kind: 'group', label: '第二步', source: '第二步：', steps: [{ kind: 'wait', seconds: 5, source: '稍停五秒' }] },
      silentHangUp('第三步', '如客戶無回應，', '掛機。', '客戶無回應'),
    ]);
  });

  it.each([
    ['“您好！”稍停五秒；第二步：“再见！”', [undefined, undefined, '第二步']],
    ['“您好！”。2、“再见！”', [undefined, '2']],
    ['“您好！”(二)“再见！”', [undefined, '(二)']],
    ['“您好！”（二）“再见！”', [undefined, '（二）']],
    ['“您好！”，三、“再见！”', [undefined, '三']],
    ['1、“您好！”2、“再见！”', ['1', '2']],
  ])('a marker after ；。，or a closing quote starts a step: %s', (text, labels) => {
    expect(parseScript(text).map((s) => s.label)).toEqual(labels);
  });

  it.each([
    '“您好！”稍停2秒，2分钟后再问。',
    '第一次来电，请说“您好”。',
    '您好，第一次来电吗？',
    '我们会在三、五天内回电。',
    '“您好”，1.5秒后挂机。',
    '“请说第二句”第二句话。',
  ])('numbers that are not markers do not start a step: %s', (text) => {
    expect(parseScript(text).every((s) => s.label === undefined)).toBe(true);
  });

  it('strips the label’s punctuation: the label names the group, what follows (on the next line too) is inside it', () => {
    const group = (label: string, source: string, steps: unknown[]) => ({ kind: 'group', label, source, steps });
    expect(parseScript('第一步：\n“您好”')).toEqual([group('第一步', '第一步：', [{ kind: 'say', text: '您好', source: '“您好”' }])]);
    expect(parseScript('第一步 ： “您好”')).toEqual([group('第一步', '第一步 ： ', [{ kind: 'say', text: '您好', source: '“您好”' }])]);
    expect(parseScript('2、应说：“您好”')).toEqual([group('2', '2、', [{ kind: 'say', text: '您好', source: '应说：“您好”' }])]);
    expect(parseScript('第一步：')).toEqual([group('第一步', '第一步：', [])]);
  });

  it.each([
    ['若客户无回应', { reply: 'silent' }],
    ['如果客户没有反应', { reply: 'silent' }],
    ['若用户不说话', { reply: 'silent' }],
    ['若对方毫无反应', { reply: 'silent' }],
    ['如客户仍无声', { reply: 'silent' }],
    ['若业主仍未有回应', { reply: 'silent' }],
    ['若客户同意', { reply: 'agree' }],
    ['若客户说可以', { reply: 'agree' }],
    ['如果用户愿意', { reply: 'agree' }],
    ['若客户不同意', { reply: 'decline' }],
    ['如客户拒绝', { reply: 'decline' }],
    ['若客户说那算了', { reply: 'decline' }],
    ['若客户听不清', { reply: 'unclear' }],
    ['若仍听不清', { flag: 'still-unclear' }],
    ['如果超过5分钟', { elapsedOver: 300 }],
    ['如果超过30秒', { elapsedOver: 30 }],
    ['若客户焦急', { flag: 'customer-anxious' }],
    ['如客户着急', { flag: 'customer-anxious' }],
    ['若转接不成功', { flag: 'transfer-failed' }],
    ['当业主继续讲方言', { reply: 'dialect' }],
    ['若业主坚持要求', { reply: 'insists' }],
  ])('reads the customer’s behaviour %s, in both scripts', (text, when) => {
    expect(parseCondition(text)).toEqual(when);
    expect(parseCondition(toHant(text))).toEqual(when);
  });

  it('若客户说：“那算了” reads the quoted words as the condition, but “您好” is no reply intent', () => {
    expect(outline(parseScript('若客户说：“那算了”，挂机。'))).toEqual(['branch', '  when {"reply":"decline"}', '    action hang-up']);
    // After 说： the quoted words are the customer's: part of the condition, never said by the agent.
    expect(outline(parseScript('若客户说：“您好”'))).toEqual(['branch', '  when {"text":"客户说：您好"}']);
    expect(outline(parseScript('如对方无回应，挂机'))).toEqual(['branch', '  when {"reply":"silent"}', '    action hang-up']);
  });

  it('000 caller who cannot hear: a condition running to …時 over two clauses; 可以請用戶… is an instruction', () => {
    const text = '第一步:將電話靠的近一些并適當提高音量,確認用戶能夠聽清楚了,再說“請問有什么事情需要幫助的嗎?\n第二步:如果聲音已經足夠大,客戶仍無法聽清楚時,可以請用戶換一部話機再撥,而不宜再提高音量,影響其他員工工作。';
    expect(outline(parseScript(text))).toEqual([
      '[第一步] group',
      '  note 將電話靠的近一些并適當提高音量,確認用戶能夠聽清楚了,',
      '  say 請問有什么事情需要幫助的嗎?',
      '[第二步] group',
      '  branch',
      '    when {"flag":"still-unclear"}',
      '      note 可以請用戶換一部話機再撥,而不宜再提高音量,影響其他員工工作。',
    ]);
    expect(squeeze(sources(parseScript(text)))).toBe(squeeze(text));
  });

  it('004 caller who does not hang up: 若业主仍未有回应 branches on silence', () => {
    expect(outline(parseScript('“请问还有什么可以帮助您？”若业主仍未有回应，客服：“对不起，我挂线了。”'))).toEqual([
      'say 请问还有什么可以帮助您？',
      'branch',
      '  when {"reply":"silent"}',
      '    note 客服：',
      '    say 对不起，我挂线了。',
    ]);
  });

  it('000 dialect (traditional): 第二步 若仍聽不清 … 應說:“…”', () => {
    const text = '第一步:“很抱歉,請您講慢點好嗎?”\n第二步:若仍聽不清用戶所講內容時,應說:“很抱歉,先生/女士,我沒聽懂您的講話,請問您方便說普通話嗎?”';
    expect(outline(parseScript(text))).toEqual([
      '[第一步] group',
      '  say 很抱歉,請您講慢點好嗎?',
      '[第二步] group',
      '  branch',
      '    when {"flag":"still-unclear"}',
      '      say 很抱歉,先生/女士,我沒聽懂您的講話,請問您方便說普通話嗎?',
    ]);
  });

  // The library writes full-width punctuation; the seeds mostly ASCII. Both parse alike.
  const widen = (s: string) => s.replace(/[,:;!?()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  const fullWidth = (s: string) => (/^\s*when /.test(s) ? s.replace(/"text":"(.*)"/, (_, t: string) => `"text":"${widen(t)}"`) : widen(s));
  it.each(['silent-call.zh-hans.txt', 'hold.zh-hant.txt', 'noise.zh-hant.txt', 'stock-out.zh-hant.txt', 'complaint.zh-hant.txt', 'transfer.zh-hant.txt', 'complaint-about-agent.zh-hant.txt', 'quiet-voice.zh-hans.txt'])(
    '%s in full-width punctuation parses to the same outline',
    (name) => {
      const text = fixture(name);
      expect(outline(parseScript(text.split('\n').map(fullWidth).join('\n')))).toEqual(outline(parseScript(text)).map(fullWidth));
    },
  );

  it('000 hold’s 第一步…第三步 on one line in full-width punctuation: the markers mid-line give the same steps', () => {
    const text = fixture('hold.zh-hant.txt').split('\n').slice(1, 4).map(fullWidth).join('');
    expect(outline(parseScript(text))).toEqual(hold.slice(3, -2).map((l) => fullWidth(l.slice(6))));
  });
});

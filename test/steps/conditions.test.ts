import { SEEDS, seed } from '../seeds.js';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { isHuashuError } from '../../src/errors/index.js';
import { stepSchema, type StepInput } from '../../src/schema/index.js';
import { fillStepsOf, parseScript, startFlow, toXStateConfig } from '../../src/steps/index.js';

const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Every say step, in text order, with the conditions (open text or known intent) of the branches above it. */
function saysWithConditions(steps: readonly StepInput[], under: string[] = []): Array<{ text: string; under: string[] }> {
  return steps.flatMap((s) =>
    s.kind === 'say'
      ? [{ text: s.text ?? '', under }]
      : s.kind === 'group'
        ? saysWithConditions(s.steps, under)
        : s.kind === 'branch' || s.kind === 'ask'
          ? s.branches.flatMap((b) => saysWithConditions(b.steps, [...under, 'text' in b.when && b.when.text !== undefined ? b.when.text : JSON.stringify(b.when)]))
          : [],
  );
}

/** The texts of a script's say steps, in order. */
const saidIn = (text: string): string[] => saysWithConditions(parseScript(text)).map((s) => s.text);

describe('open conditions: a condition the step model has no word for keeps its speech conditional', () => {
  it.each([
    ['3、如果客户需要开发票，应说：“我马上为您开具发票。”', '客户需要开发票', '我马上为您开具发票。'],
    ['若客户要求退款，请说：“我这就为您办理退款。”', '客户要求退款', '我这就为您办理退款。'],
    ['如需加急配送，应说：“加急配送需另付运费。”', '加急配送', '加急配送需另付运费。'],
    ['一旦系统恢复，说：“系统已恢复，请您重新下单。”', '系统恢复', '系统已恢复，请您重新下单。'],
    ['假如客户是会员，回答：“会员可以享受九折。”', '客户是会员', '会员可以享受九折。'],
    ['要是快递已经发出，说“包裹已经在路上了。”', '快递已经发出', '包裹已经在路上了。'],
    ['当客户询问发票抬头时，应说：“请您提供单位全称。”', '客户询问发票抬头', '请您提供单位全称。'],
  ])('%s', (script, condition, speech) => {
    for (const text of [script, toHant(script)]) {
      const says = saysWithConditions(parseScript(text));
      const conv = text === script ? (s: string) => s : toHant;
      expect(says).toEqual([{ text: conv(speech), under: [conv(condition)] }]);
    }
  });

  it('否则 / 不然 / 其他情况 become the otherwise branch of the condition before them', () => {
    const steps = parseScript('若客户需要开发票，说：“我马上为您开具发票。”否则，说：“好的，祝您生活愉快。”');
    expect(steps).toEqual([
      {
        kind: 'branch',
        branches: [
          { when: { text: '客户需要开发票' }, source: '若客户需要开发票，', steps: [{ kind: 'say', text: '我马上为您开具发票。', source: '说：“我马上为您开具发票。”' }] },
          { when: { otherwise: true }, source: '否则，', steps: [{ kind: 'say', text: '好的，祝您生活愉快。', source: '说：“好的，祝您生活愉快。”' }] },
        ],
      },
    ]);
    for (const word of ['不然', '其他情况', '否則', '其他情況']) {
      const parsed = parseScript(`如果客户是会员，说“欢迎回来。”\n${word}，说“欢迎光临。”`);
      expect(parsed).toHaveLength(1);
      expect(parsed[0]).toMatchObject({ kind: 'branch', branches: [{ when: { text: '客户是会员' } }, { when: { otherwise: true } }] });
    }
  });

  it('否则 with no condition before it is an open condition, never unconditional speech', () => {
    expect(saysWithConditions(parseScript('否则说“再见。”'))).toEqual([{ text: '再见。', under: ['否则'] }]);
  });

  it.skipIf(SEEDS === undefined)('a branch whose line ends with 应说： runs over the next lines; a condition after 等用户回答 on such a line nests', () => {
    const text = seed('000_f622cd23febf7b9c.txt').split('\n').slice(3, 7).join('\n');
    expect(saysWithConditions(parseScript(text))).toEqual([
      { text: '請問還需要其它幫助嗎?↑', under: ['服務結束'] },
      { text: '感謝您的來電,請稍后掛機對我本次服務進行評價,謝謝,再見!', under: ['服務結束', '用戶說明不需要了'] },
    ]);
  });

  it('the flow runner asks the application: done at an open condition is refused, a condition event decides', () => {
    const steps = fillStepsOf(parseScript('如果客户需要开发票，应说：“我马上为您开具发票。”否则说：“好的。”'));
    const flow = startFlow(steps, { clock: () => 0 });
    expect(flow.current()?.kind).toBe('branch');
    let error: unknown;
    try {
      flow.next({ type: 'done' });
    } catch (e) {
      error = e;
    }
    expect(isHuashuError(error) && error.code).toBe('INVALID_FLOW_STATE');
    expect(flow.current()?.kind).toBe('branch');
    expect(flow.next({ type: 'condition', text: '客户需要开发票', holds: true })).toMatchObject({ kind: 'say', text: '我马上为您开具发票。' });
    const other = startFlow(steps, { clock: () => 0 });
    expect(other.next({ type: 'condition', text: '客户需要开发票', holds: false })).toMatchObject({ kind: 'say', text: '好的。' });
    expect(() => other.next({ type: 'condition', text: '客户需要开发票', holds: true })).toThrow(/does not fit/);
  });

  it('the XState export names the condition: COND.<text> takes the branch, NOT.<text> the otherwise branch, no DONE', () => {
    const steps = fillStepsOf(parseScript('如果客户需要开发票，应说：“我马上为您开具发票。”否则说：“好的。”'));
    expect(toXStateConfig(steps).states['s0']).toEqual({
      meta: { step: steps[0], path: [0] },
      on: { 'COND.客户需要开发票': 's0_b0_s0', 'NOT.客户需要开发票': 's0_b1_s0' },
    });
  });
});

describe.skipIf(SEEDS === undefined)('numbered steps keep their shape', () => {
  it('一、 → 1、 → (1) nest; a number of the same style closes the one before', () => {
    const text = '一、开场\n1、问候\n(1)“您好！”\n(2)稍停五秒\n2、确认\n二、结束\n“再见！”';
    const shape = (steps: readonly StepInput[]): unknown[] =>
      steps.map((s) => (s.kind === 'group' ? { [s.label ?? '?']: shape(s.steps) } : s.kind));
    expect(shape(parseScript(text))).toEqual([
      { 一: ['note', { 1: ['note', { '(1)': ['say'] }, { '(2)': ['wait'] }] }, { 2: ['note'] }] },
      { 二: ['note', 'say'] },
    ]);
    expect(shape(parseScript(toHant(text)))).toEqual(shape(parseScript(text)));
  });

  it('第一步 inside 4、 and ① inside 第一步; circled and full-width parenthesised numbers are markers', () => {
    const steps = parseScript('4、等待时\n第一步：说明原因\n①“请您稍等。”\n②稍停五秒\n第二步：（1）“让您久等了。”');
    expect(steps).toHaveLength(1);
    const json = JSON.stringify(steps);
    expect(json.match(/"label":"[^"]+"/g)).toEqual(['"label":"4"', '"label":"第一步"', '"label":"①"', '"label":"②"', '"label":"第二步"', '"label":"（1）"']);
  });

  it.each([
    ['000_f622cd23febf7b9c.txt', 22],
    ['003_8f1cca5ce0a36db3.txt', 10],
  ])('%s: the numbered situations are %i top-level groups (simplified and traditional alike)', (name, groups) => {
    const text = seed(name);
    for (const variant of [text, toHans(text), toHant(text)]) {
      const steps = parseScript(variant);
      expect(steps.filter((s) => s.kind === 'group').length).toBe(groups);
      for (const s of steps) expect(stepSchema.safeParse(s).success).toBe(true);
    }
  });

  it('000 in both scripts: every quoted or spoken line after a condition stays under it', () => {
    for (const text of [seed('000_f622cd23febf7b9c.txt'), toHans(seed('000_f622cd23febf7b9c.txt'))]) {
      const says = saysWithConditions(parseScript(text));
      const conv = text.includes('應說') ? (s: string) => s : toHans;
      const under = (speech: string) => says.find((s) => s.text === conv(speech))?.under;
      // 7、遇投訴問題,一時解決不了…時: heads the situation; 若轉接不成功 nests in it.
      expect(under('請稍等,我現在幫您轉接到我們的投訴專席(其他專席),會有專人為您處理。')).toEqual([conv('投訴問題,一時解決不了或用戶明確要求找現場班長/主管進行處理')]);
      expect(under('麻煩您再次撥打4008288888,謝謝!')).toEqual([conv('投訴問題,一時解決不了或用戶明確要求找現場班長/主管進行處理'), conv('轉接不成功')]);
      expect(under('很抱歉,您電話聲音太小,請您換一部話機再撥好嗎?')).toEqual([conv('客戶咨詢時電話雜音較大'), conv('確實無法聽清')]);
      expect(under('很抱歉,我沒有說清楚,請允許我再說一遍好嗎?')).toEqual([conv('用戶表示不理解'), conv('是因為使用了過多的專業術語(如有機、無公害、綠色等)')]);
      expect(under('感謝您的理解與支持,請問還需要其他幫助嗎?正常結束語!')).toEqual([conv('用戶說:可以')]);
    }
  });

  it('004 in both scripts: the silent call nests 还是无声 twice, every line inside its branch', () => {
    for (const text of [seed('004_671910b98ed89475.txt'), toHant(seed('004_671910b98ed89475.txt'))]) {
      const conv = text.includes('还是无声') ? (s: string) => s : toHant;
      const says = saysWithConditions(parseScript(text));
      expect(says.find((s) => s.text === conv('对不起,您的电话没有声音,请您换一部电话?再见!'))?.under.slice(-2)).toEqual([conv('还是无声'), conv('对方还是毫无反应')]);
      expect(says.find((s) => s.text === conv('对不起!您的电话声音太小,请您换一部电话再次打来,好吗?'))?.under).toEqual([conv('仍听不清楚')]);
    }
  });
});

describe('property: no quoted speech inside a conditional clause ends up outside a branch', () => {
  const CJK = [...'客户订单包裹会员账号密码地址快递门店库存价格优惠活动预约维修发票退款合同积分卡号'];
  // A condition starts with who or what it is about (客户…, 订单…): 当地/当天 are words, not conditions.
  const body = fc
    .tuple(fc.constantFrom('客户', '订单', '包裹', '会员', '系统'), fc.array(fc.constantFrom(...CJK), { maxLength: 8 }))
    .map(([who, c]) => who + c.join(''));
  const opener = fc.constantFrom('若', '如果', '如需', '当', '一旦', '假如', '要是', '倘若', '如客户', '若是');
  const connector = fc.constantFrom('，', ',', '，应说：', '，请说：', '，则说：', '时，说', '：', '，话务员应说：');
  const quote = fc.constantFrom<readonly [string, string]>(['“', '”'], ['「', '」'], ['"', '"']);
  const traditional = fc.boolean();

  it('over generated scripts with unknown conditions, same line or the line after a colon, any numbering', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            number: fc.constantFrom('', '1、', '第二步：', '(3)', '一、', '- '),
            lead: fc.constantFrom('', '“您好。”', '稍停五秒，', '等用户回答，'),
            opener,
            condition: body,
            connector,
            quote,
            nextLine: fc.boolean(),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        traditional,
        (items, hant) => {
          const lines: string[] = [];
          items.forEach((item, n) => {
            const speech = `您好第${n}句`;
            const open = item.quote[0];
            const close = item.quote[1];
            const head = `${item.number}${item.lead}${item.opener}${item.condition}${item.connector}`;
            if (item.nextLine && /[：:]$/.test(head)) lines.push(head, `${open}${speech}${close}`);
            else lines.push(`${head}${open}${speech}${close}`);
          });
          const script = lines.join('\n');
          const says = saysWithConditions(parseScript(hant ? toHant(script) : script));
          items.forEach((_, n) => {
            const speech = hant ? toHant(`您好第${n}句`) : `您好第${n}句`;
            const found = says.filter((s) => s.text === speech);
            expect(found).toHaveLength(1);
            expect(found[0]?.under.length).toBeGreaterThan(0);
          });
        },
      ),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 200) },
    );
  });
});

describe.skipIf(SEEDS === undefined)('held-out material: all five seeds, in both scripts', () => {
  const CONDITION_WORD = /(?:^|[，,。；;：:\s])(?:若|如果|如需|一旦|假如|要是|倘若)/;
  it.each(['000_f622cd23febf7b9c.txt', '001_2d83491da5383e68.txt', '002_5bd82078d116cfa7.txt', '003_8f1cca5ce0a36db3.txt', '004_671910b98ed89475.txt'])(
    '%s: parses to valid steps, and every quote after a condition word on its line is said only under a branch',
    (name) => {
      for (const text of [toHans(seed(name)), toHant(seed(name))]) {
        const steps = parseScript(text);
        for (const s of steps) expect(stepSchema.safeParse(s).success).toBe(true);
        const says = saysWithConditions(steps);
        let checked = 0;
        for (const line of text.split('\n')) {
          const at = line.search(CONDITION_WORD);
          if (at < 0) continue;
          // Quoted speech (“…”) starting after the condition word, outside any quote before it.
          const before = line.slice(0, at);
          if (((before.match(/[“”"]/g) ?? []).length % 2) === 1) continue;
          for (const m of line.slice(at).matchAll(/“([^“”]+)”/g)) {
            const spoken = says.filter((s) => s.text === (m[1] ?? '').trim());
            for (const s of spoken) expect({ speech: s.text, under: s.under.length > 0 }).toEqual({ speech: s.text, under: true });
            checked += spoken.length;
          }
        }
        if (name.startsWith('000') || name.startsWith('004')) expect(checked).toBeGreaterThan(0);
      }
    },
  );
});

describe('what must not be said is never a say step', () => {
  it.each([
    ['“您好！”严禁：“讲话呀！”', ['say 您好！', 'note 严禁：“讲话呀！”']],
    ['严禁：“没有”，“不知道”。', ['note 严禁：“没有”，“不知道”。']],
    ['不可以说“喂，没事了吧，您挂电话吧。”', ['note 不可以说“喂，没事了吧，您挂电话吧。”']],
    ['不可说“喂,听懂了吧?” “请问我刚才的解释您是否明白?”', ['note 不可说“喂,听懂了吧?” ', 'say 请问我刚才的解释您是否明白?']],
    ['禁語：「講話呀！」', ['note 禁語：「講話呀！」']],
    ['不宜说:“欢迎下次再来。”', ['note 不宜说:“欢迎下次再来。”']],
    ['切勿对患者说“忍着点”。', ['note 切勿对患者说“忍着点”。']],
  ])('%s', (text, expected) => {
    const steps = parseScript(text);
    expect(steps.map((s) => (s.kind === 'say' ? `say ${s.text}` : s.kind === 'note' ? `note ${s.source}` : s.kind))).toEqual(expected);
  });

  it('seed 004: the “不应该” column’s 不可说“喂，听懂了吧？” is not said, the “应该” column after it is', () => {
    const says = saysWithConditions(parseScript(seed('004_671910b98ed89475.txt'))).map((s) => s.text);
    expect(says.some((t) => t.startsWith('喂,听懂了吧'))).toBe(false);
    expect(says.some((t) => t.startsWith('请问我刚才的解释您是否明白/清楚?'))).toBe(true);
  });
});

// Standards often lay out "the situation | what not to say | what to say" as a table, and pages
// flatten it to one line per row (or one line for all): the wrong wording must never be a say step.
describe('a table of wrong and right wordings, flattened to text', () => {
  /** Each top-level step as `kind text` (a branch: `if <condition>: <its steps>`). */
  const show = (steps: readonly StepInput[]): string[] =>
    steps.map((s) =>
      s.kind === 'say' ? `say ${s.text}` : s.kind === 'note' ? `note ${s.text}` : s.kind === 'branch' ? `if ${String((s.branches[0]!.when as { text?: string }).text)}: ${show(s.branches[0]!.steps).join(' | ')}` : s.kind,
    );

  it('the wrong column comes first (不应该 应该): its quote is a note, the right one is said', () => {
    const script = '遇到的情况 不应该 应该\n遇到业主打错电话时 “打错了！看清楚再拨” “对不起，这里是服务中心，请您查证后再拨。”\n想要问业主的姓名时候 “你叫什么？” “请问您贵姓？”';
    for (const text of [script, toHant(script)]) {
      expect(show(parseScript(text)).map((line) => toHans(line))).toEqual([
        'note 遇到的情况 不应该 应该',
        'if 业主打错电话: note “打错了！看清楚再拨” | say 对不起，这里是服务中心，请您查证后再拨。',
        'if 想要问业主的姓名: note “你叫什么？” | say 请问您贵姓？',
      ]);
    }
  });

  it('alternatives in one column (“…”或“…”) stay in that column', () => {
    expect(show(parseScript('情景 服务忌语 规范用语\n顾客提出的要求无法做到时 “不可能的。”或“不行！” “很抱歉，这超出了我们的服务范围。”'))).toEqual([
      'note 情景 服务忌语 规范用语',
      'if 顾客提出的要求无法做到: note “不可能的。”或“不行！” | say 很抱歉，这超出了我们的服务范围。',
    ]);
  });

  it('the right column first (规范用语 服务忌语): the second quote is the wrong one', () => {
    expect(show(parseScript('情景 规范用语 服务忌语\n顾客询问价格时 “价格标在这里，请您看一下。” “自己看！”'))).toEqual([
      'note 情景 规范用语 服务忌语',
      'if 顾客询问价格: say 价格标在这里，请您看一下。 | note “自己看！”',
    ]);
  });

  it('without such a header, or after a blank line, two quotes in a row are both said', () => {
    const row = '顾客询问价格时 “您好！” “价格标在这里，请您看一下。”';
    const both = ['if 顾客询问价格: say 您好！ 价格标在这里，请您看一下。'];
    expect(show(parseScript(row))).toEqual(both);
    expect(show(parseScript(`情景 服务忌语 规范用语\n\n${row}`)).slice(1)).toEqual(both);
  });

  it('seed 004: each row’s 不应该 wording is a note and its 应该 wording is said, under the row’s situation', () => {
    const says = saysWithConditions(parseScript(seed('004_671910b98ed89475.txt')));
    for (const wrong of ['喂,打错电话了', '喂,说话呀!再不说话我就挂了啊', '喂,我也没办法', '喂,嘴巴干净一点', '喂,不好意思,我是新手啦', '喂,刚才的电话不是我接的呀', '喂,我不清楚', '喂,没事了吧', '喂,不可能的吧', '你的名字叫什么', '什么意思?']) {
      expect(says.filter((s) => s.text.includes(wrong)).map((s) => s.text)).toEqual([]);
    }
    expect(says.filter((s) => s.text.startsWith('对不起,这里是**业主服务中心')).map((s) => s.under)).toEqual([['业主打错电话']]);
    expect(says.filter((s) => s.text.startsWith('请问,您可以告诉我您的姓名和房号吗')).map((s) => s.under)).toEqual([['想要问业主的名字或房号']]);
  });

  it('a quote never closed ends with its sentence where the procedure goes on about the customer', () => {
    expect(show(parseScript('解释完毕后应说：“请问您是否明白？若业主仍不明白，应重新解释。'))).toEqual([
      'note 解释完毕后应说：',
      'say 请问您是否明白？',
      'if 业主仍不明白: note 应重新解释。',
    ]);
    // Speech that names the customer to them, or asks them (若您…), goes on.
    expect(show(parseScript('应说：“请问您是否明白？若您还有疑问，请随时问我。'))).toEqual(['say 请问您是否明白？若您还有疑问，请随时问我。']);
  });

  it('seed 000: 注意不可以强硬的对客户说“不对”、“错了” is a note, after the speech it follows', () => {
    const steps = parseScript(seed('000_f622cd23febf7b9c.txt'));
    const says = saysWithConditions(steps).map((s) => s.text);
    expect(says.filter((t) => t.includes('不對') || t.includes('錯了'))).toEqual([]);
    expect(says.filter((t) => t.startsWith('很抱歉,我沒解釋清楚'))).toEqual(['很抱歉,我沒解釋清楚/我沒聽清楚,請問是這樣/您要點的是xxx是嗎?']);
  });

  it('…时候 ends a condition like …的时候, but 有时候 / 这时候 / 到时候 do not', () => {
    expect(show(parseScript('客户询问价格时候，应说：“请您稍等，我为您查询。”'))).toEqual(['if 客户询问价格: say 请您稍等，我为您查询。']);
    for (const text of ['有时候，客户会问价格。', '这时候，应说：“请您稍等。”', '到时候，请说：“欢迎再来。”']) {
      expect(parseScript(text).some((s) => s.kind === 'branch')).toBe(false);
    }
  });
});

// Forms of real service standards, measured on twelve held-out texts (docs/steps.md).
describe('what must not be said, as standards list it', () => {

  it('禁止说：“…”、“…” and a ban naming the kind of words (禁止反问句式：“…”) are not said', () => {
    expect(saidIn('接待客户时，应说：“您好，请问您办理什么业务？”，禁止说：“你办啥”、“下一个”。')).toEqual(['您好，请问您办理什么业务？']);
    expect(saidIn('1. 禁止反问句式：“你自己没看说明吗？”（应改用引导性解答）\n2. 避免否定表达：“这个办不了”')).toEqual([]);
  });

  it('a section titled 服务禁语 holds its sentences, quoted or not, to a number of its own level', () => {
    const text = '二、服务忌语\n严禁使用推诿性语言，例如：\n1. “这事不归我管。”\n2. 你问别人去！\n三、规范用语\n1. “请稍等，我马上为您处理。”';
    expect(saidIn(text)).toEqual(['请稍等，我马上为您处理。']);
    expect(saidIn(toHant(text)).map((t) => toHans(t))).toEqual(['请稍等，我马上为您处理。']);
  });

  it('a flattened page: the banned list after its title runs on, in the same line, to a title of what to say', () => {
    expect(saidIn('3.2电话用语：“您好，这里是服务台。”3.3服务禁语不规范服务用语神经病！你怎么这么烦啊！不知道，问别人去。3.4文明用语“请慢走。”')).toEqual([
      '您好，这里是服务台。',
      '请慢走。',
    ]);
  });

  it('inside a banned section, what to say instead (应说：“…”) is said; a title naming both kinds is no banned section', () => {
    expect(saidIn('服务禁语：\n“不知道。”应说：“请稍等，我帮您查询。”')).toEqual(['请稍等，我帮您查询。']);
    expect(saidIn('服务用语及忌语指南\n迎客接待：“您好，请问需要办理什么业务？”')).toEqual(['您好，请问需要办理什么业务？']);
    // An instruction to avoid them (禁止使用服务禁语) starts no section.
    expect(saidIn('要规范使用服务用语，禁止使用服务禁语。接待客户时，应说：“您好！”')).toEqual(['您好！']);
  });
});

describe('more of the ways standards write what not to say and when to say what', () => {
  it('a title naming both what to say and what not to (文明用语与服务禁语) starts no banned section', () => {
    expect(saysWithConditions(parseScript('员工服务文明用语与服务禁语\n31.非常抱歉，根据规定我不能为您办理这项业务，希望您能谅解。')).map((s) => s.text)).toEqual([
      '非常抱歉，根据规定我不能为您办理这项业务，希望您能谅解。',
    ]);
  });

  it('a ban verb right before the words, a lead-in to a list of banned kinds of words, and a 禁忌 title', () => {
    expect(saidIn('均应礼貌对待，杜绝“七不”，即：“不”、“不知道”、“不会”等，应耐心解答问题。')).toEqual([]);
    expect(saidIn('服务禁忌清单\n\n严格禁止使用以下类型语言：\n\n1. 否定性用语：“不知道”、“我不管”\n2. 推诿用语：“找领导去”\n\n仪容仪表要求')).toEqual([]);
    // A title of what to say ends the section: 打招呼用语 is one.
    expect(saidIn('★服务忌语\n☆“这不关我事”\n★打招呼用语\n☆早上好！')).toEqual(['早上好！']);
  });

  it('what the agent is doing, then 应当使用“…”: the doing is the case; a role or a step in a sequence is not', () => {
    const steps = parseScript('2.接听服务对象电话应当使用“您好，政务大厅××窗口”，“请稍等一下”等文明用语。');
    expect(saysWithConditions(steps)).toEqual([{ text: '您好，政务大厅××窗口，请稍等一下', under: ['接听服务对象电话'] }]);
    for (const text of ['话务代表应说：“不客气。”', '接到凭证，配款完毕后应说：“请您点收。”', '接听电话首先应该说：“您好！”']) {
      expect(parseScript(text).some((s) => s.kind === 'branch')).toBe(false);
    }
  });

  it('a case opening a numbered item holds the item’s next lines until it has words to say', () => {
    const steps = parseScript('1、客户进入营业厅时，微笑迎接客户。\n\n“上午好，请问有什么可以帮您？”\n\n2、客户离开时，“请慢走。”\n“欢迎再来。”');
    expect(saysWithConditions(steps).map((s) => [s.text, s.under.join()])).toEqual(
      expect.arrayContaining([['上午好，请问有什么可以帮您？', '客户进入营业厅'], ['请慢走。', '客户离开'], ['欢迎再来。', '']]),
    );
  });
});

describe('a list of phrases under its title', () => {
  it('short lines under 欢迎性敬语 / 问候用语 are said, though they name no one; instructions stay notes', () => {
    const text = '3.常用的服务性敬语\n(1)欢迎性敬语\n欢迎光临！\n(2)问候用语\n早上好！\n节日快乐！\n服务员要面带微笑。\n\n没关系。';
    expect(parseScript(text).flatMap(function flat(s): string[] {
      return s.kind === 'say' ? [`say ${s.text}`] : s.kind === 'note' ? [`note ${s.text}`] : s.kind === 'group' ? s.steps.flatMap(flat) : [s.kind];
    })).toEqual(['note 常用的服务性敬语', 'note 欢迎性敬语', 'say 欢迎光临！', 'note 问候用语', 'say 早上好！', 'say 节日快乐！', 'note 服务员要面带微笑。', 'note 没关系。']);
  });

  it('quotes talked about as examples (如“你要饭吗”这类语言, “不对”等不礼貌字样) are not said; 使用“…”等语言 prescribes them', () => {
    expect(saysWithConditions(parseScript('有些服务员用如“你要饭吗”这类语言征询客人，使人听起来很不舒服。'))).toEqual([]);
    expect(saysWithConditions(parseScript('不可以对客户说“不对”、“错了”等不礼貌字样。'))).toEqual([]);
    expect(saysWithConditions(parseScript('使用“我理解您的心情”、“谢谢您告诉我这个情况”等语言，先进行情感安抚。')).map((s) => s.text)).toEqual(['我理解您的心情、谢谢您告诉我这个情况']);
    expect(saysWithConditions(parseScript('应说：“这种情况有关规定是这样的。”'))).toEqual([{ text: '这种情况有关规定是这样的。', under: [] }]);
  });

  it('under 禁忌用语 they are what must not be said', () => {
    expect(saysWithConditions(parseScript('(二)禁忌用语\n1、喂，过来！\n2、你这人真麻烦！'))).toEqual([]);
  });
});

describe('cases named the ways standards name them', () => {
  it('the words first, then what they are for: “…”，用于客人离开时 — a branch on the case', () => {
    const steps = parseScript('(1)“再见”、“您慢走”，用于客人离开时，热情地说。');
    expect(saysWithConditions(steps)).toEqual([{ text: '再见、您慢走', under: ['客人离开'] }]);
  });

  it('a heading naming the people (针对经常出差的业主 / 对…的患者（称呼）：) holds the words after it, across a blank line and a code fence', () => {
    const text = '针对经常出差的业主\n\n```\n您好，您可以考虑办理银行代扣。\n```\n\n针对有误解的业主\n\n```\n您好，之前的事情我们已经处理好了。\n```';
    expect(saysWithConditions(parseScript(text))).toEqual([
      { text: '您好，您可以考虑办理银行代扣。', under: ['经常出差的业主'] },
      { text: '您好，之前的事情我们已经处理好了。', under: ['有误解的业主'] },
    ]);
    expect(saysWithConditions(parseScript('3、对初次来院的患者（称呼）：语言：您好！请问您要看什么病？')).map((s) => s.under)).toEqual([['对初次来院的患者（称呼）']]);
    // Not a case: 对于…要… is an instruction, 面对面 is no 面对, 针对服务 names no one.
    for (const text of ['对于熟悉的客户要称呼客户姓氏。', '面对面的沟通：说得清楚明白。', '明确身份，针对服务']) {
      expect(parseScript(text).some((s) => s.kind === 'branch')).toBe(false);
    }
  });

  it('the case, then 语言：/ 用语： before the words: the case holds them', () => {
    expect(saysWithConditions(parseScript('4、患者就诊发现专家停诊：语言：“真对不起，主任今天休息，我给您介绍别的专家好吗？”'))).toEqual([
      { text: '真对不起，主任今天休息，我给您介绍别的专家好吗？', under: ['患者就诊发现专家停诊'] },
    ]);
  });

  it('切忌挂断电话 is never a hang-up; 如来电者… and …后若还是… are cases', () => {
    const steps = parseScript('(7)如来电者只能使用方言，难以沟通时切忌挂断电话，应讲“对不起，请您慢点讲”。');
    expect(JSON.stringify(steps).includes('hang-up')).toBe(false);
    expect(saysWithConditions(steps).map((s) => s.under[0])).toEqual(['来电者只能使用方言']);
    expect(saysWithConditions(parseScript('应提醒“您好，请问您需要咨询什么问题”，稍停后若还是没有声音，应再次提醒“您好，请问您能听到我的声音吗？”'))).toEqual([
      { text: '您好，请问您需要咨询什么问题', under: [] },
      { text: '您好，请问您能听到我的声音吗？', under: ['稍停后若还是没有声音'] },
    ]);
  });

  it('a hard-wrapped line that stops after a comma runs on (text copied from a PDF); list items do not', () => {
    expect(saysWithConditions(parseScript('第一条 电话铃声响两声后，必须接听。如果超过3声铃响，再接电话，\n必须先说：“对不起，让您久等了。”'))).toEqual([
      { text: '对不起，让您久等了。', under: ['超过3声铃响'] },
    ]);
    expect(parseScript('顾客刁难时，迅速转移话题，引导销售\n体验愉悦（解决问题、强化优势、欢送）').length).toBe(2);
  });

  it('the customer’s lettered answers (A.方便――… B.不方便――…), on their own lines or after the question on one line', () => {
    const expected = [
      { text: '请问您现在方便接电话吗？', under: [] },
      { text: '好的，耽误您2分钟时间。', under: ['方便'] },
      { text: '好的，那请问什么时候方便给您回电呢？', under: ['不方便'] },
      { text: '您对这次服务满意吗？', under: [] },
    ];
    expect(saysWithConditions(parseScript('1.请问您现在方便接电话吗？ A.方便――好的，耽误您2分钟时间。 B.不方便――好的，那请问什么时候方便给您回电呢？ 2.您对这次服务满意吗？'))).toEqual(expected);
    expect(saysWithConditions(parseScript('1.请问您现在方便接电话吗？\nA.方便：好的，耽误您2分钟时间。\nB.不方便：好的，那请问什么时候方便给您回电呢？\n2.您对这次服务满意吗？'))).toEqual(expected);
    // A label of the words (A.回答：…) is no answer of the customer's.
    expect(saysWithConditions(parseScript('A.回答：很抱歉，我需要咨询一下，稍后给您回复，您看可以吗？'))).toEqual([{ text: '很抱歉，我需要咨询一下，稍后给您回复，您看可以吗？', under: [] }]);
  });

  it('cases side by side after ；, a two-character case (结束时) when the words follow, and 应先说', () => {
    const steps = parseScript('接电话时应先说：“您好，服务厅，请讲”；如听不清对方讲话时，应说：“请您重复一下，好吗？”；结束时，要说：“谢谢，再见”。');
    expect(saysWithConditions(steps)).toEqual([
      { text: '您好，服务厅，请讲', under: ['接电话'] },
      { text: '请您重复一下，好吗？', under: ['如听不清对方讲话'] },
      { text: '谢谢，再见。', under: ['结束'] },
    ]);
    expect(parseScript('订单时，顾客在犹豫期间，客服发出一条简讯。').some((s) => s.kind === 'branch')).toBe(false);
  });
});

// Procedures and regulations often name a case with no opening word, in a clause ending in 的
// ("where …"): 客户要求退货的，… / 超过48小时仍未找到的，…; such a clause is a condition too, and an
// instruction with 申请 (请 of 申请 is no "please") stays an instruction, never speech.
describe('conditions without an opening word: the case named in a …的， clause', () => {
  it('each case becomes a branch holding its instruction', () => {
    const script = '客户询问快递未送达的，先查询物流信息。物流显示已签收但客户未收到的，联系快递员核实；超过48小时仍未找到的，为客户申请补发或退款。';
    for (const text of [script, toHant(script)]) {
      const steps = parseScript(text);
      expect(steps.map((s) => s.kind)).toEqual(['branch', 'branch', 'branch']);
      const whens = steps.map((s) => (s.kind === 'branch' ? toHans(String((s.branches[0]!.when as { text?: string }).text)) : ''));
      expect(whens).toEqual(['客户询问快递未送达', '物流显示已签收但客户未收到', '超过48小时仍未找到']);
      const inner = steps.map((s) => (s.kind === 'branch' ? s.branches[0]!.steps.map((x) => x.kind) : []));
      expect(inner).toEqual([['note'], ['note'], ['note']]);
      expect(saysWithConditions(steps)).toEqual([]);
    }
  });

  it('a 的 clause that speaks, or names no case, is no condition', () => {
    expect(parseScript('应说：“好的，我们会尽快处理的，请您稍等。”').map((s) => [s.kind, s.kind === 'say' ? s.text : ''])).toEqual([['say', '好的，我们会尽快处理的，请您稍等。']]);
    expect(parseScript('这是新来的，先熟悉一下流程。').map((s) => s.kind)).toEqual(['note']);
    expect(parseScript('好的，为客户申请退款。').map((s) => s.kind)).toEqual(['note']);
  });
});

// Procedures name a case at the END of its clause as often as with 若/如果: 顾客抱怨时，… /
// 客户要求转人工的时候，… / 客户没有订单号的话，… / 在客户情绪激动的情况下，…, or open it with
// 遇到/碰到/只要/凡. Each is a branch; words that only end in 时 (同时, 及时, 这时, 24小时) are not.
describe('conditions that end their clause: …时， …的时候， …的话， …的情况下，', () => {
  it.each([
    ['顾客抱怨时，先向顾客道歉，再记录问题。', '顾客抱怨', ['先向顾客道歉，再记录问题。']],
    ['客户要求转人工的时候，为客户转接人工坐席。', '客户要求转人工', ['为客户转接人工坐席。']],
    ['客户没有订单号的话，核对下单手机号。', '客户没有订单号', ['核对下单手机号。']],
    ['在客户情绪激动的情况下，先安抚客户情绪，再解释原因。', '客户情绪激动', ['先安抚客户情绪，再解释原因。']],
    ['在办理业务时，保持微笑。', '办理业务', ['保持微笑。']],
    ['遇到客户投诉，先倾听，不要打断客户。', '客户投诉', ['先倾听，不要打断客户。']],
    ['碰到客户无理取闹，保持冷静。', '客户无理取闹', ['保持冷静。']],
    ['只要客户提供订单号，即可查询物流。', '客户提供订单号', ['即可查询物流。']],
    ['凡涉及退款金额的，需主管审批。', '涉及退款金额', ['需主管审批。']],
  ])('%s', (script, condition, notes) => {
    for (const text of [script, toHant(script)]) {
      const conv = text === script ? (s: string) => s : toHant;
      const steps = parseScript(text);
      expect(steps.map((s) => s.kind)).toEqual(['branch']);
      const branch = (steps[0] as Extract<StepInput, { kind: 'branch' }>).branches[0]!;
      expect(branch.when).toEqual({ text: conv(condition) });
      expect(branch.steps.map((s) => (s.kind === 'note' ? s.text : s.kind))).toEqual(notes.map(conv));
    }
  });

  it('the case is said under it: 听不清客户声音时，说“…” is the unclear-reply branch', () => {
    expect(saysWithConditions(parseScript('听不清客户声音时，说“您好，请您大声一点好吗？”'))).toEqual([
      { text: '您好，请您大声一点好吗？', under: ['听不清客户声音'] },
    ]);
    expect(parseScript('听不清客户声音时，说“您好，请您大声一点好吗？”')[0]).toMatchObject({ branches: [{ when: { reply: 'unclear' } }] });
  });

  it('words that only end in 时 or 的话, and clauses that speak, are no condition', () => {
    for (const script of [
      '同时，记录客户信息。',
      '回复要及时，不得拖延。',
      '这时，先安抚客户。',
      '超过24小时，上报主管。',
      '这样的话，再核对一次地址。',
      '一般情况下，当天发货。',
      '您方便的时候，请回电给我们。',
      '订单时，顾客在犹豫。',
    ]) {
      expect(parseScript(script).some((s) => s.kind === 'branch')).toBe(false);
    }
  });

  it('a condition heading the numbered lines after it holds them, up to a number of its own rank or a blank line', () => {
    const outline = (steps: readonly StepInput[], depth = 0): string[] =>
      steps.flatMap((s) => [
        `${'  '.repeat(depth)}${s.label === undefined ? '' : `[${s.label}] `}${s.kind}${s.kind === 'note' ? ` ${s.text}` : ''}`,
        ...(s.kind === 'group' ? outline(s.steps, depth + 1) : []),
        ...(s.kind === 'branch' ? s.branches.flatMap((b) => [`${'  '.repeat(depth + 1)}when ${'text' in b.when ? b.when.text : ''}`, ...outline(b.steps, depth + 2)]) : []),
      ]);
    expect(outline(parseScript('三、顾客抱怨时：\n1、耐心倾听\n2、向顾客道歉\n四、结束通话'))).toEqual([
      '[三] group',
      '  branch',
      '    when 顾客抱怨',
      '      [1] group',
      '        note 耐心倾听',
      '      [2] group',
      '        note 向顾客道歉',
      '[四] group',
      '  note 结束通话',
    ]);
    expect(outline(parseScript('若客户投诉：\n1、耐心倾听\n\n2、记录工单'))).toEqual([
      'branch',
      '  when 客户投诉',
      '    [1] group',
      '      note 耐心倾听',
      '[2] group',
      '  note 记录工单',
    ]);
    // The next condition heading its own line is the next case, beside the first, not inside its list.
    expect(outline(parseScript('若客户投诉：\n1、耐心倾听\n若客户退货：\n1、核对订单\n2、办理退款'))).toEqual([
      'branch',
      '  when 客户投诉',
      '    [1] group',
      '      note 耐心倾听',
      'branch',
      '  when 客户退货',
      '    [1] group',
      '      note 核对订单',
      '    [2] group',
      '      note 办理退款',
    ]);
    // A list that starts over at 1 inside 1、 is the condition's; the 2、 that does not go on from it is the outer list's.
    expect(outline(parseScript('1、若客户投诉：\n1、耐心倾听\n2、向客户道歉\n2、若客户退货：\n1、核对订单'))).toEqual([
      '[1] group',
      '  branch',
      '    when 客户投诉',
      '      [1] group',
      '        note 耐心倾听',
      '      [2] group',
      '        note 向客户道歉',
      '[2] group',
      '  branch',
      '    when 客户退货',
      '      [1] group',
      '        note 核对订单',
    ]);
    // A condition that is a whole sentence heads nothing.
    expect(outline(parseScript('若客户投诉则记录。\n1、耐心倾听'))).toEqual(['branch', '  when 客户投诉则记录', '[1] group', '  note 耐心倾听']);
  });
});

describe('lists after a colon: lead-ins, lists of what must not be said', () => {
  it('numbers right after a colon are steps, and the words before them introduce them (a note, not speech)', () => {
    const steps = parseScript('顾客抱怨时，您必须：1、集中精神，耐心倾听；2、向顾客道歉。');
    expect(steps).toHaveLength(1);
    const branch = (steps[0] as Extract<StepInput, { kind: 'branch' }>).branches[0]!;
    expect(branch.when).toEqual({ text: '顾客抱怨' });
    expect(branch.steps.map((s) => [s.kind, s.label ?? (s.kind === 'note' ? s.text : '')])).toEqual([
      ['note', '您必须：'],
      ['group', '1'],
      ['group', '2'],
    ]);
    expect(saysWithConditions(steps)).toEqual([]);
  });

  it('a numbered list after 禁语： / 禁言: / 忌语： is never said, up to the next text line', () => {
    for (const script of ['服务禁语：\n1、“不知道！”\n2、“你问我，我问谁？”\n文明用语：“您好！”', '处理顾客抱怨时的禁言: 1、“这种问题连小孩子都知道!” 2、“你要知道,一分钱,一分货!”\n文明用语：“您好！”']) {
      for (const text of [script, toHant(script)]) {
        const says = saysWithConditions(parseScript(text)).map((s) => s.text);
        expect(says).toEqual([text === script ? '您好！' : toHant('您好！')]);
      }
    }
  });

  it('a pinyin gloss after a character (時(shí)) is not part of the condition', () => {
    const steps = parseScript('遇到在線無法回答的問題時(shí):\nA.回答:“很抱歉，我需要諮詢一下。”');
    expect((steps[0] as Extract<StepInput, { kind: 'branch' }>).branches[0]!.when).toEqual({ text: '在線無法回答的問題' });
    expect(saysWithConditions(steps)).toEqual([{ text: '很抱歉，我需要諮詢一下。', under: ['在線無法回答的問題'] }]);
  });
});

describe('speech ends with its quote', () => {
  it('after a closed quote, words about the agent or the customer in the third person are the procedure again', () => {
    const steps = parseScript('客户情绪激动时，先说“请您放心，我来处理”。客服应保持耐心，不打断客户倾诉，让客户感到被尊重。');
    expect(saysWithConditions(steps)).toEqual([{ text: '请您放心，我来处理。', under: ['客户情绪激动'] }]);
    // Unquoted speech after 应说： still runs on.
    expect(parseScript('应说：很抱歉，我帮您查询一下，请您稍等。').filter((s) => s.kind === 'say').map((s) => s.text)).toEqual(['很抱歉，我帮您查询一下，请您稍等。']);
  });
});

describe('the case and the words to say, as service standards write them', () => {
  it.each([
    ['该业务非本柜台办理时——“请您到××柜台办理。”', '该业务非本柜台办理', '请您到××柜台办理。'],
    ['转接电话无人接听时应说:“您好,总机,请您稍后再拨。”', '转接电话无人接听', '您好,总机,请您稍后再拨。'],
    ['客户在非营业时间来办理业务,应说:“对不起,现在已经不是营业时间了。”', '客户在非营业时间来办理业务', '对不起,现在已经不是营业时间了。'],
    ['客户请求兑换零钱时,应说:“这是××元,请您稍等一下。”', '客户请求兑换零钱', '这是××元,请您稍等一下。'],
    ['客户取款,接到客户取款凭证,配款完毕后应说:“请您当面点清。”', '客户取款', '请您当面点清。'],
    ['在交谈过程中如需要暂时中断谈话,应说:“对不起,请稍候。”', '在交谈过程中如需要暂时中断谈话', '对不起,请稍候。'],
  ])('%s', (script, condition, speech) => {
    for (const text of [script, toHant(script)]) {
      const conv = text === script ? (s: string) => s : toHant;
      expect(saysWithConditions(parseScript(text))).toEqual([{ text: conv(speech), under: [conv(condition)] }]);
    }
  });

  it('说：“…”。 ends with its quote: the next sentence is not more speech', () => {
    const steps = parseScript('先说:“您好,电话占线,请稍后打来”。转接电话无人接听时应说:“您好,请您稍后再拨”。');
    expect(saysWithConditions(steps)).toEqual([
      { text: '您好,电话占线,请稍后打来。', under: [] },
      { text: '您好,请您稍后再拨。', under: ['转接电话无人接听'] },
    ]);
  });

  it('a clause about the customer that is not followed by words to say stays an instruction', () => {
    expect(parseScript('客户取款,核对凭证后付款。').some((s) => s.kind === 'branch')).toBe(false);
    expect(parseScript('客户离开柜台,整理台面,然后说:“下一位。”').some((s) => s.kind === 'branch')).toBe(false);
    expect(parseScript('请客户留下电话,以便万一有问题及时联系。').some((s) => s.kind === 'branch')).toBe(false);
  });
});

describe('a condition said to the customer is part of the speech', () => {
  it('如果您… inside or before speech addressed to the customer stays in the say step', () => {
    for (const script of ['请您确认，如果您不会使用，我可以给您介绍一下。', '如果你对我的服务满意，稍后请您参加满意度评价。']) {
      const steps = parseScript(script);
      expect(steps.map((s) => s.kind)).toEqual(['say']);
      expect(steps[0]).toMatchObject({ text: script });
    }
    // Addressed to the agent, about the customer in the third person: a condition.
    expect(parseScript('如果您遇到客户投诉，请先耐心倾听客户诉说。').map((s) => s.kind)).toEqual(['branch']);
  });
});

describe('numbered situations on one line, as hotline standards print them', () => {
  it('a quote never closed ends at the next number; a number after a closing parenthesis is a step', () => {
    const script = '1、遇到电话没有声音时，则说：“对不起，您的电话没有声音，再见！再稍停五秒挂机。2、遇到电话杂音太大时（不可以直接挂机）3、遇到客户讲方言时“对不起，请您讲普通话，好吗？”';
    const steps = parseScript(script);
    expect(steps.map((s) => s.label)).toEqual(['1', '2', '3']);
    expect(saysWithConditions(steps).sort((a, b) => a.text.localeCompare(b.text))).toEqual([
      { text: '对不起，您的电话没有声音，再见！再稍停五秒挂机。', under: ['电话没有声音'] },
      { text: '对不起，请您讲普通话，好吗？', under: ['客户讲方言'] },
    ].sort((a, b) => a.text.localeCompare(b.text)));
  });
});

describe('如 + the case + 说：', () => {
  it('如转接电话占线说：“…” is the case with its words; 例如说 / 如下说 are not', () => {
    expect(saysWithConditions(parseScript('如转接电话占线说:“您好,电话占线,请稍后打来。”'))).toEqual([{ text: '您好,电话占线,请稍后打来。', under: ['转接电话占线'] }]);
    for (const script of ['例如说：“您好。”', '如下说：“您好。”']) expect(saysWithConditions(parseScript(script))).toEqual([{ text: '您好。', under: [] }]);
  });
});

describe('two conditions in a row narrow each other', () => {
  it('a condition right after another, nothing between them, nests in it', () => {
    const steps = parseScript('遇到客户声音小听不清楚时，客户保持音量不变的情况下“对不起！请您大声一点，好吗？”');
    expect(saysWithConditions(steps)).toEqual([{ text: '对不起！请您大声一点，好吗？', under: ['客户声音小听不清楚', '客户保持音量不变'] }]);
  });

  it('…的目的， is no case: an instruction stays an instruction', () => {
    expect(parseScript('先确认客户来电的目的，如果是订菜，说：“我来帮您处理。”').map((s) => s.kind)).toEqual(['note', 'branch']);
  });
});

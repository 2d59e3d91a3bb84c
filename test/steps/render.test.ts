import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPhrasebook } from '../../src/phrasebook/index.js';
import { chatPace, fillStepsOf, followPath, speakingTime, splitMessage, stepsOf, toChat, toMarkdown, toSsml, toText, type FilledStep } from '../../src/steps/index.js';
import { standards } from '../../src/catalogue/index.js';
import { everyPhraseStep } from '../fixtures/steps/phrases.js';
import { proceduresPack } from '../fixtures/steps/procedures.js';

const book = createPhrasebook({ packs: [proceduresPack()] });

/**
 * A small XML well-formedness check (no DOMParser in Node): balanced tags, quoted attributes,
 * only the five predefined entities, no stray `<` or `&` in text.
 */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const token = /<\/([A-Za-z][\w:-]*)\s*>|<([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>|&(?:amp|lt|gt|quot|apos);|([<&])/g;
  let roots = 0;
  for (const m of xml.matchAll(token)) {
    if (m[5] !== undefined) return false;
    if (m[1] !== undefined) {
      if (stack.pop() !== m[1]) return false;
    } else if (m[2] !== undefined) {
      if (stack.length === 0) roots++;
      if (m[4] !== '/') stack.push(m[2]);
    }
  }
  return stack.length === 0 && roots === 1 && xml.startsWith('<') && xml.endsWith('>');
}

describe('toText and toMarkdown', () => {
  it('numbers the hold procedure with its branches', () => {
    expect(toText(book.stepsOf('fx.hold', { customer: '王女士' }))).toBe(
      [
        '1. 第一步 说:“很抱歉，王女士，我帮您查询一下，请您稍等片刻，谢谢！”',
        '2. 第二步 视情况:',
        '   若超过2分钟:',
        '      2.1. 说:“请您留下您的联系方式,我们查询后,尽快跟您联系。”',
        '      2.2. 约定回电',
        '3. 第三步 视情况:',
        '   若客户焦急:',
        '      3.1. 说:“王女士,我理解您的心情,您别急,我马上帮您处理。”',
        '4. 说:“很抱歉,王女士,让您久等了!”',
      ].join('\n'),
    );
  });

  it('renders a Markdown checklist with nested branches', () => {
    expect(toMarkdown(book.stepsOf('fx.stock-out'))).toBe(
      [
        '- [ ] 问:“很抱歉,暂时缺货,一旦仓库补货,我们会第一时间与您电话联系,好吗?”',
        '  - 若客户同意:',
        '    - [ ] 说:“感谢您的理解与支持,请问还需要其他帮助吗?”',
        '  - 若客户拒绝:',
        '    - [ ] 说:“感谢您的来电,再见!”',
      ].join('\n'),
    );
    expect(toMarkdown([{ kind: 'note', label: '开场', text: '用*主管*身份' }])).toBe('- [ ] **开场** (用\\*主管\\*身份)');
  });
});

describe('followPath: one run of a procedure with branches', () => {
  const silent = { reply: 'silent' } as const;

  it('takes the branch each decision’s condition picks, in place', () => {
    const kinds = (path: Parameters<typeof followPath>[1]) => followPath(stepsOf('call.silent'), path).map((s) => (s.kind === 'say' ? `say ${s.ref}` : s.kind));
    expect(kinds([])).toEqual(['say call.silent#default', 'wait']);
    expect(kinds([silent])).toEqual(['say call.silent#default', 'wait', 'say call.silent#default', 'wait']);
    expect(kinds([silent, silent])).toEqual(['say call.silent#default', 'wait', 'say call.silent#default', 'wait', 'say call.silent#goodbye', 'wait', 'action']);
    // The customer spoke at the first pause: the procedure ends there.
    expect(kinds([{ reply: 'agree' }, silent])).toEqual(['say call.silent#default', 'wait']);
  });

  it('keeps an ask (it is said), takes otherwise when nothing matches, and refuses a path entry that is not a condition', () => {
    const steps = fillStepsOf([
      { kind: 'ask', text: '可以吗？', branches: [{ when: { reply: 'agree' }, steps: [{ kind: 'say', text: '好的。' }] }, { when: { otherwise: true }, steps: [{ kind: 'say', text: '那我再想办法。' }] }] },
    ]);
    const said = (path: Parameters<typeof followPath>[1]) => followPath(steps, path).map((s) => (s.kind === 'say' || s.kind === 'ask' ? s.text : s.kind));
    expect(said([{ reply: 'agree' }])).toEqual(['可以吗？', '好的。']);
    expect(said([{ reply: 'decline' }])).toEqual(['可以吗？', '那我再想办法。']);
    expect(said([])).toEqual(['可以吗？']);
    expect(() => followPath(steps, ['silent' as never])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('path[0]') }));
  });

  it('is what toSsml and toChat follow with a path, and nothing without one', () => {
    const ssml = toSsml(stepsOf('call.silent'), { path: [silent, silent] });
    expect(ssml).toBe(
      '<speak xml:lang="zh-CN">' +
        '<s>您好！请问有什么可以帮助您？</s><break time="5s"/>' +
        '<s>您好！请问有什么可以帮助您？</s><break time="5s"/>' +
        '<s>对不起，您的电话没有声音，请您换一部电话？再见！</s><break time="5s"/>' +
        '</speak>',
    );
    expect(wellFormed(ssml)).toBe(true);
    expect(toSsml(stepsOf('call.silent'))).toBe('<speak xml:lang="zh-CN"><s>您好！请问有什么可以帮助您？</s><break time="5s"/></speak>');
    expect(toChat(stepsOf('call.silent'), { path: [silent, silent], maxChars: 40 }).map((m) => m.text)).toEqual([
      '您好！请问有什么可以帮助您？',
      '您好！请问有什么可以帮助您？',
      '对不起，您的电话没有声音，请您换一部电话？再见！',
    ]);
  });
});

describe('toSsml', () => {
  it('speaks the silent call with rising pitch and three 5-second breaks', () => {
    const ssml = toSsml(book.stepsOf('fx.silent-call'));
    expect(ssml).toBe(
      '<speak xml:lang="zh-CN">' +
        '<s><prosody pitch="+15%">您好</prosody>!请问有什么可以帮助您?</s><break time="5s"/>' +
        '<s><prosody pitch="+15%">您好</prosody>!请问有什么可以帮助您?</s><break time="5s"/>' +
        '<s>对不起,您的电话没有声音,请您换一部电话?再见!</s><break time="5s"/>' +
        '</speak>',
    );
    expect(wellFormed(ssml)).toBe(true);
  });

  it('raises the clause before each ↑ and breaks strongly for a reply', () => {
    expect(toSsml(book.stepsOf('fx.complaint'))).toBe(
      '<speak xml:lang="zh-CN"><s><prosody pitch="+15%">很抱歉</prosody>给您添麻烦了!<prosody pitch="+15%">请问怎么称呼您</prosody>?</s><break strength="x-strong"/></speak>',
    );
  });

  it('escapes filled values', () => {
    const ssml = toSsml(fillStepsOf([{ kind: 'say', text: '{customer}您好↑' }], { customer: '<b>&"王\'</b>' }), { risingPitch: '+20%' });
    expect(ssml).toBe('<speak xml:lang="zh-CN"><s><prosody pitch="+20%">&lt;b&gt;&amp;&quot;王&apos;&lt;/b&gt;您好</prosody></s></speak>');
    expect(wellFormed(ssml)).toBe(true);
  });

  it('is well-formed XML for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 5 }), fc.nat(30), (texts, seconds) => {
        const steps: FilledStep[] = texts.flatMap((t) => [
          { kind: 'say', text: t.replaceAll('↑', ''), toned: t } as const,
          { kind: 'wait', seconds: seconds + 1 } as const,
        ]);
        expect(wellFormed(toSsml(steps))).toBe(true);
      }),
    );
  });

  it('the checker rejects broken XML', () => {
    expect(wellFormed('<speak><s>a</speak>')).toBe(false);
    expect(wellFormed('<speak>a & b</speak>')).toBe(false);
    expect(wellFormed('<speak>a < b</speak>')).toBe(false);
  });
});

describe('toChat and speakingTime', () => {
  it('reads the typing speed from standards, falling back to 50 字/分钟 and 20 s', () => {
    expect(chatPace([])).toEqual({ charsPerMinute: 50, replyWithinSeconds: 20 });
    expect(
      chatPace([
        { id: 'chat-typing-speed', title: { zh: '打字速度', en: 'Typing' }, channels: ['chat'], unit: 'chars-per-minute', min: 60, sources: ['001:34'] },
        { id: 'chat-reply-within', title: { zh: '回复', en: 'Reply' }, channels: ['chat'], unit: 'seconds', max: 30, sources: ['001:35'] },
      ]),
    ).toEqual({ charsPerMinute: 60, replyWithinSeconds: 30 });
  });

  it('splits a long answer into messages that can each be typed within the reply wait', () => {
    const messages = toChat(book.stepsOf('fx.stock-out', { channel: 'chat' }), { standards: [] });
    expect(messages).toEqual([
      { text: '很抱歉,暂时缺货,一旦仓库补货,', typingSeconds: 19.2, ref: 'fx.stock-out#offer' },
      { text: '我们会第一时间与您电话联系,', typingSeconds: 16.8, ref: 'fx.stock-out#offer' },
      { text: '好吗?', typingSeconds: 3.6, ref: 'fx.stock-out#offer' },
    ]);
    expect(messages.every((m) => m.typingSeconds <= 20)).toBe(true);
    expect(toChat(book.stepsOf('fx.stock-out'), { maxChars: 100 })).toHaveLength(1);
  });

  it('never loses text when splitting', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 1, max: 40 }), (text, max) => {
        expect(splitMessage(text, max).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });

  it('times speech at 180–200 字/分钟', () => {
    expect(speakingTime('感谢您的来电,祝您生活愉快,再见!')).toEqual({ chars: 17, minSeconds: 5.1, maxSeconds: 5.7 });
    expect(speakingTime('您好↑ 请说')).toEqual({ chars: 4, minSeconds: 1.2, maxSeconds: 1.3 });
    expect(speakingTime('')).toEqual({ chars: 0, minSeconds: 0, maxSeconds: 0 });
  });
});

describe('one punctuation vocabulary: real phrases use full-width ，！？；：', () => {
  const phrases = everyPhraseStep();

  it('hold.explain is two chat messages, each typed within the 20-second reply standard (was one of 31 s)', () => {
    expect(toChat(fillStepsOf([{ kind: 'say', phrase: 'hold.explain#default' }], { customer: '王女士' }))).toEqual([
      { text: '很抱歉，王女士，我帮您查询一下，', typingSeconds: 19.2, ref: 'hold.explain#default' },
      { text: '请您稍等片刻，谢谢！', typingSeconds: 12, ref: 'hold.explain#default' },
    ]);
  });

  it(`every built-in phrase (${phrases.length}) becomes chat messages each typed within the reply time, losing no character`, () => {
    const { charsPerMinute, replyWithinSeconds } = chatPace(standards());
    const tooSlow: string[] = [];
    for (const { ref, step } of phrases) {
      const messages = toChat([step]);
      for (const m of messages) if (m.typingSeconds > replyWithinSeconds) tooSlow.push(`${ref}: ${m.text} (${m.typingSeconds} s)`);
      expect(messages.map((m) => m.text).join('').replace(/\s/g, '')).toBe(step.text.replace(/\s/g, ''));
      expect(messages.every((m) => m.typingSeconds === Math.round(([...m.text.replace(/\s/g, '')].length / charsPerMinute) * 600) / 10)).toBe(true);
    }
    expect(tooSlow).toEqual([]);
  });

  it('splits at full-width clause breaks before cutting a clause, and a clause longer than a message is cut, never sent whole', () => {
    expect(splitMessage('很抱歉，王女士，我帮您查询一下，请您稍等片刻，谢谢！', 16)).toEqual(['很抱歉，王女士，我帮您查询一下，', '请您稍等片刻，谢谢！']);
    expect(splitMessage('您好！请问有什么可以帮您？', 6)).toEqual(['您好！', '请问有什么可', '以帮您？']);
    expect(splitMessage('价格是1.5元。好的。', 8)).toEqual(['价格是1.5元。', '好的。']);
    expect(() => splitMessage('您好', 0)).toThrow(/max must be a positive integer/);
  });

  it('raises the clause a ↑ follows, after full-width punctuation too', () => {
    expect(toSsml([{ kind: 'say', text: '您好，很高兴为您服务，请说。', toned: '您好↑，很高兴为您服务，请说。↑' }])).toBe(
      '<speak xml:lang="zh-CN"><s><prosody pitch="+15%">您好</prosody>，很高兴为您服务，<prosody pitch="+15%">请说</prosody>。</s></speak>',
    );
    expect(toSsml([{ kind: 'say', text: '很抱歉，我没有听清楚', toned: '很抱歉，↑我没有听清楚' }])).toBe(
      '<speak xml:lang="zh-CN"><s><prosody pitch="+15%">很抱歉</prosody>，我没有听清楚</s></speak>',
    );
  });

  it(`in every built-in phrase with ↑, the rising span is one clause: no clause punctuation inside it, none lost`, () => {
    const toned = phrases.filter((p) => p.step.toned.includes('↑'));
    expect(toned.length).toBeGreaterThan(10);
    for (const { step } of toned) {
      const ssml = toSsml([step]);
      expect(wellFormed(ssml)).toBe(true);
      for (const m of ssml.matchAll(/<prosody pitch="\+15%">([^<]*)<\/prosody>/g)) expect(m[1]).not.toMatch(/[，。！？；：,.!?;:]/);
      expect(ssml.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&')).toBe(step.text);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { isHuashuError } from '../../src/errors/index.js';
import { createLinter, expandPattern, lint, loadLinter, MAX_VARIANTS, type Rule } from '../../src/lint/index.js';
import { ruleSchema } from '../../src/schema/rule.js';

const rule = (extra: Partial<Rule> & Pick<Rule, 'patterns'>): Rule => ({ id: 'r', severity: 'error', message: { zh: '中', en: 'en' }, ...extra });
const texts = (r: Rule, text: string, options?: Parameters<ReturnType<typeof createLinter>['lint']>[1]) =>
  createLinter({ rules: [r] }).lint(text, options).map((f) => f.text);

describe('pattern language: expansion', () => {
  it.each([
    ['(我|这边)不清楚', ['我不清楚', '这边不清楚']],
    ['不[太]清楚', ['不太清楚', '不清楚']],
    ['好(的|)呀', ['好的呀', '好呀']],
    ['{no}办法', ['没有办法', '没办法', '木有办法', '没得办法', '冇办法']],
  ])('%s → %j', (pattern, literals) => {
    const expanded = expandPattern(pattern);
    expect(expanded.ok && expanded.variants.map((v) => v.tail)).toEqual(literals);
  });

  it('splits a proximity pattern into a head and a tail, and keeps clause anchors', () => {
    expect(expandPattern('不归…管')).toEqual({ ok: true, variants: [{ head: '不归', tail: '管' }] });
    expect(expandPattern('不归...管')).toEqual({ ok: true, variants: [{ head: '不归', tail: '管' }] });
    expect(expandPattern('^不行$')).toEqual({ ok: true, variants: [{ head: '', tail: '不行', start: true, end: true }] });
  });

  it('a clause mark right after the gap lets the tail be in the next clause (A…，B)', () => {
    expect(expandPattern('规定…，你懂不懂')).toEqual({ ok: true, variants: [{ head: '规定', tail: '你懂不懂', across: true }] });
    expect(expandPattern('(规定|规矩)...,[你]懂不懂')).toEqual({
      ok: true,
      variants: [
        { head: '规定', tail: '你懂不懂', across: true },
        { head: '规定', tail: '懂不懂', across: true },
        { head: '规矩', tail: '你懂不懂', across: true },
        { head: '规矩', tail: '懂不懂', across: true },
      ],
    });
    expect(expandPattern('规定…，')).toEqual({ ok: false, issue: { kind: 'empty-side', at: 2 } });
    expect(ruleSchema.safeParse(rule({ patterns: ['规定…，你懂不懂'], within: 12 })).success).toBe(true);
  });

  it.each([
    ['a(b', { kind: 'unclosed', at: 1, open: '(' }],
    ['a)b', { kind: 'unopened', at: 1, close: ')' }],
    ['((x))', { kind: 'nested', at: 1 }],
    ['{boss}', { kind: 'unknown-slot', at: 0, slot: 'boss' }],
    ['a…b…c', { kind: 'too-many-gaps', at: 3 }],
    ['…b', { kind: 'empty-side', at: 0 }],
    ['a^b', { kind: 'misplaced-anchor', at: 1, anchor: '^' }],
    ['{self}{you}{what}', { kind: 'too-many-variants', variants: 390 }],
  ])('rejects %s with a typed issue', (pattern, issue) => {
    expect(expandPattern(pattern)).toEqual({ ok: false, issue });
  });

  it('reports pattern issues when a rule is validated, naming the pattern and the fix', () => {
    const result = ruleSchema.safeParse(rule({ patterns: ['{self}{you}{what}'] }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(`pattern "{self}{you}{what}" expands into 390 literals; at most ${MAX_VARIANTS}: split it into several patterns`);
    expect(ruleSchema.safeParse(rule({ patterns: ['不归…管'], exceptions: [{ before: 'a…b' }] })).success).toBe(false);
  });

  it('throws INVALID_RULE when an unvalidated rule carries a bad pattern', () => {
    expect.assertions(2);
    try {
      createLinter({ rules: [rule({ patterns: ['(我'] })] }).lint('x');
    } catch (error) {
      expect(isHuashuError(error) && error.code).toBe('INVALID_RULE');
      expect((error as Error).message).toBe('rules[0][patterns][0]: rule "r": pattern "(我": "(" at 0 is never closed');
    }
  });
});

describe('pattern language: matching', () => {
  it('proximity: A then B within the window, inside one clause, flagged from A to B', () => {
    const r = rule({ patterns: ['不归…管'], within: 4 });
    expect(texts(r, '这个病不归我们科管')).toEqual(['不归我们科管']);
    expect(texts(r, '不归这个部门的人管')).toEqual([]); // 5 characters between
    expect(texts(r, '不归我，管')).toEqual([]); // another clause
  });

  it('across a clause (A…，B): B in the same clause or the next one of the sentence, within the window, marks not counted', () => {
    const r = rule({ patterns: ['投诉…，爱找谁找谁', '{you}再闹…，[我]就报警'], within: 6 });
    const found = (text: string) => createLinter({ rules: [r] }).lint(text).map((f) => [f.start, f.end, f.text]);
    expect(found('你要投诉就去投诉，爱找谁找谁去')).toEqual([[6, 14, '投诉，爱找谁找谁']]);
    expect(found('你要投诉就去投诉爱找谁找谁')).toEqual([[6, 13, '投诉爱找谁找谁']]); // the same clause
    expect(found('你要投诉 😀 爱找谁找谁')).toEqual([[2, 13, '投诉 😀 爱找谁找谁']]); // spaces and an emoji: 4 marks
    expect(found('你要投诉，，，，，爱找谁找谁')).toEqual([]); // 5 marks: too many
    expect(found('投诉，好吧，爱找谁找谁')).toEqual([]); // two clauses back
    expect(found('你要投诉。爱找谁找谁')).toEqual([]); // another sentence
    expect(found('投诉的事情我们都会记下，爱找谁找谁')).toEqual([]); // 9 characters between
    expect(found('你再闹下去，我就报警了')).toEqual([[0, 10, '你再闹下去，我就报警']]);
    expect(found('您再闹，就报警')).toEqual([[0, 7, '您再闹，就报警']]);
    expect(found('如果您需要投诉，可以拨打客服热线')).toEqual([]);
  });

  it('an A…，B head never spans the clause mark, and the form loads and streams as compiled', () => {
    const r = rule({ patterns: ['规定…，你懂不懂'] });
    const linter = createLinter({ rules: [r] });
    expect(linter.lint('这是规，定你懂不懂')).toEqual([]);
    const loaded = loadLinter(linter.serialize());
    const text = '有急事也得等着，这是规定，你懂不懂？好，规定，懂不懂';
    const s = linter.stream();
    const streamed = [...text].flatMap((c) => s.push(c)).concat(s.end());
    expect(loaded.lint(text).map((f) => f.text)).toEqual(['规定，你懂不懂']);
    expect(streamed).toEqual(linter.lint(text));
    expect(loaded.lint(text)).toEqual(linter.lint(text));
  });

  it('the self-reference slot covers how agents name themselves', () => {
    const r = rule({ patterns: ['{self}不清楚'] });
    for (const who of ['我', '小妹', '这边', '本人', '咱']) expect(texts(r, `${who}不清楚`)).toEqual([`${who}不清楚`]);
  });

  it('word-class slots write a structure once: plain 你 + degree + derogatory predicate, never 您', () => {
    const r = rule({ patterns: ['{ni}{very}{dumb}'] });
    expect([texts(r, '你怎么这么笨'), texts(r, '你们真没用'), texts(r, '你为什么这么没出息'), texts(r, '您真笨'), texts(r, '你真棒')]).toEqual([
      ['你怎么这么笨'],
      ['你们真没用'],
      ['你为什么这么没出息'],
      [],
      [],
    ]);
    const beast = rule({ patterns: ['像(头|只|个|)({beast})', '(没长|不长)({sense})'] });
    expect([texts(beast, '笨得像头猪'), texts(beast, '像个木头'), texts(beast, '你没长耳朵吗'), texts(beast, '像只猫')]).toEqual([['像头猪'], ['像个木头'], ['没长耳朵'], []]);
  });

  it('^ and $ tie one pattern to the clause edges', () => {
    const r = rule({ patterns: ['^不行$'] });
    expect([texts(r, '不行。'), texts(r, '不行的话我再想办法'), texts(r, '好的 不行 再说')]).toEqual([['不行'], [], ['不行']]);
  });

  it('question form: only in a question, or only outside one', () => {
    const q = rule({ patterns: ['看不懂'], form: 'question' });
    const s = rule({ patterns: ['看不懂'], form: 'statement' });
    expect([texts(q, '你看不懂吗'), texts(q, '你看不懂？'), texts(q, '我看不懂。')]).toEqual([['看不懂'], ['看不懂'], []]);
    expect([texts(s, '你看不懂吗'), texts(s, '我看不懂。')]).toEqual([[], ['看不懂']]);
  });

  it('the agent quoting or confirming the customer is not flagged, for rules that opt in', () => {
    const r = rule({ patterns: ['不知道'], quoted: 'skip' });
    expect(texts(r, '您是说您不知道怎么退货吗？')).toEqual([]);
    expect(texts(r, '您的意思是您不知道密码，对吗？')).toEqual([]);
    expect(texts(r, '您说“不知道”是指哪一步？')).toEqual([]);
    expect(texts(r, '不可以对客户说“不知道”。')).toEqual(['不知道']); // said to the customer, not by them
    expect(texts(r, '我不知道。')).toEqual(['不知道']);
    expect(texts(r, '您是说……我不知道。')).toEqual(['不知道']); // not a question: not a confirmation
    expect(texts(rule({ patterns: ['不知道'] }), '您是说您不知道怎么退货吗？')).toEqual(['不知道']); // a rule that does not opt in
  });

  it('exceptions: earlier and later in the clause, with slots', () => {
    const r = rule({ patterns: ['错了'], exceptions: [{ earlier: '{self}' }, { later: '吗' }] });
    expect([texts(r, '小妹看错了'), texts(r, '是不是错了吗'), texts(r, '您填错了')]).toEqual([[], [], ['错了']]);
  });

  it('exceptions: sentence reaches across clause marks, spaces and emoji, never across a sentence end', () => {
    const r = rule({ patterns: ['改不了'], exceptions: [{ sentence: '(抱歉|不好意思)' }] });
    expect([texts(r, '不好意思亲，这个改不了'), texts(r, '这个改不了 抱歉哈'), texts(r, '这个改不了😀抱歉'), texts(r, '不好意思、这个呢，改不了')]).toEqual([[], [], [], []]);
    expect([texts(r, '这个改不了。'), texts(r, '不好意思。这个改不了'), texts(r, '这个改不了！抱歉'), texts(r, '不好意思\n这个改不了'), texts(r, '这个改不了…不好意思')]).toEqual([['改不了'], ['改不了'], ['改不了'], ['改不了'], ['改不了']]);
    // Within 24 units each side (clause marks and spaces count); a literal never spans a clause mark.
    // The schema takes it (and still refuses an empty exception); serialized rules keep it.
    expect(ruleSchema.safeParse(r).success).toBe(true);
    expect(ruleSchema.safeParse(rule({ patterns: ['改不了'], exceptions: [{}] })).error?.issues[0]?.message).toBe('an exception needs "before", "after", "earlier", "later" or "sentence"');
    expect(loadLinter(createLinter({ rules: [r] }).serialize()).lint('不好意思亲，这个改不了')).toEqual([]);
    expect([texts(r, `不好意思${'，'.repeat(24)}改不了`), texts(r, `不好意思${'，'.repeat(25)}改不了`), texts(r, '不好，意思，改不了')]).toEqual([[], ['改不了'], ['改不了']]);
  });

  it('scopes: by role, by turn position and by profile', () => {
    const transcript = [
      { role: 'agent', text: '不行' },
      { role: 'bot', text: '不行' },
      { role: 'agent', text: '不行' },
    ];
    const first = createLinter({ rules: [rule({ patterns: ['不行'], turn: 'first' })] });
    const last = createLinter({ rules: [rule({ patterns: ['不行'], turn: 'last', roles: ['bot'] })] });
    expect(first.lint(transcript, { roles: ['agent', 'bot'] }).map((f) => f.turn)).toEqual([0]);
    expect(last.lint(transcript, { roles: ['agent', 'bot'] }).map((f) => f.turn)).toEqual([]);
    expect(last.lint(transcript.slice(0, 2), { roles: ['agent', 'bot'] }).map((f) => f.turn)).toEqual([1]);
    const strict = rule({ patterns: ['哦'], profile: 'strict', severity: 'info' });
    expect([texts(strict, '好的哦'), texts(strict, '好的哦', { profile: 'strict' })]).toEqual([[], ['哦']]);
    expect(createLinter({ rules: [strict], profile: 'strict' }).lint('好的哦')).toHaveLength(1);
  });
});

describe('lint: what real agents write', () => {
  it('a sentence-final 哦 is no error; a bare 哦/嗯 reply or clause is', () => {
    expect(lint('是可以的哦，请您稍等一下哦').filter((f) => f.severity === 'error')).toEqual([]);
    expect(lint('是可以的哦', { profile: 'strict' }).map((f) => [f.ruleId, f.severity])).toEqual([['softener-particle', 'info']]);
    expect(lint('嗯 我帮您看一下').map((f) => f.ruleId)).toEqual(['no-uh-huh']);
    expect(lint('哦😀好的').map((f) => f.ruleId)).toEqual(['no-uh-huh']);
  });

  it('可能 in a cause, a notice or a risk is not a vague promise', () => {
    for (const text of ['您的咨询可能会被记录', '可能是快递延误了', '这样操作可能导致数据丢失']) expect(lint(text)).toEqual([]);
  });

  it('错了 about the agent’s own side, and 看不清楚 about the line, are fine', () => {
    for (const text of ['不好意思我看错了', '是小妹发错了', '您发来的照片看不清楚', '我这边听不清楚您的声音']) expect(lint(text).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('妳 and 祢 fold to 你', () => {
    expect(lint('妳看不懂中文吗').map((f) => f.ruleId)).toEqual(['no-cant-you-read']);
    expect(lint('祢好').map((f) => f.ruleId)).toEqual(['prefer-nin']);
  });

  it('chat slang and self-reference: 木有, 神马, 肿么, 小妹', () => {
    expect(lint('小妹也木有办法呢').map((f) => f.ruleId)).toEqual(['no-nothing-i-can-do']);
    expect(lint('神马意思？').map((f) => f.ruleId)).toEqual(['no-what-do-you-mean']);
    expect(lint('肿么搞的').map((f) => f.ruleId)).toEqual(['no-blaming']);
  });
});

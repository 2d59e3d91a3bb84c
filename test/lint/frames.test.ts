import { describe, expect, it } from 'vitest';
import { createLinter, expandPattern } from '../../src/lint/index.js';

// Round 4 (issue 17): frames of counter speech. Each case names the one error rule that must
// report the sentence, and the innocent neighbours that must raise no error at all.
const linter = createLinter();
const errors = (text: string) => linter.lint(text).filter((f) => f.severity === 'error').map((f) => [f.ruleId, f.text]);

describe('round-4 frame rules', () => {
  it.each([
    ['这两个是中央领导才能乘的，你是吗？', 'no-sarcastic-question', '你是吗'],
    ['说你们买不起怎么了？', 'no-sarcastic-question', '说你们买不起怎么了'],
    // (Round 6: the threat as a whole, 再嚷嚷 … 请出去, by no-threat-sanction; no-dare's 信不信…你 inside it is dropped.)
    ['你再嚷嚷，信不信我让保安把你请出去！', 'no-threat-sanction', '再嚷嚷，信不信我让保安把你请出去'],
    ['别来问我！', 'no-not-my-concern', '别来问我'],
    ['牌子又不是我放的。', 'no-not-my-concern', '又不是我放的'],
    ['你到底寄不寄？', 'no-hurry-up-decide', '你到底寄不寄'],
    ['不要讲话了，啰嗦。', 'no-impatient-aside', '不要讲话了'],
    ['狗都比你强', 'no-derogatory-idiom', '狗都比你'],
    ['不能进就是不能进', 'no-verb-refusal', '不能进就是不能'],
    ['有急事也得等着，这是规矩', 'no-rules-are-rules', '这是规矩'],
    ['只能怪你自己', 'no-blame-frame', '只能怪你自己'],
    ['不要发表意见', 'no-gag-order', '不要发表意见'],
    ['自己想办法吧', 'no-do-it-yourself-frame', '自己想办法吧'],
    ['明天再说吧', 'no-brush-off-later', '明天再说吧'],
    ['你难道不知道吗？', 'no-rhetorical-ni', '你难道'],
  ])('%s → %s', (text, rule, span) => {
    expect(errors(text)).toContainEqual([rule, span]);
  });

  it.each(['请问您是会员吗？', '您可以自己想办法联系，也可以我帮您联系', '根据最新规定，需要您提供原件', '明天上午十点前我给您回电话', '我知道《别找我麻烦》这首歌', '你难道真的去了'])(
    'no error: %s',
    (text) => {
      expect(errors(text)).toEqual([]);
    },
  );

  it('the {beast} slot names the animals insults compare people to, 企鹅 and 蜗牛 among them', () => {
    const expanded = expandPattern('像只{beast}');
    expect(expanded.ok && expanded.variants.map((v) => v.tail)).toEqual(
      ['猪', '狗', '驴', '猴子', '木头', '死人', '傻子', '白痴', '呆子', '笨蛋', '企鹅', '乌龟', '蜗牛', '狗熊', '鸭子'].map((b) => `像只${b}`),
    );
    expect(errors('跑起來像只企鵝')).toEqual([['no-derogatory-address', '像只企鵝']]);
  });
});

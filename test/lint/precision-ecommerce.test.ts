import { describe, expect, it } from 'vitest';
import { createLinter, lint } from '../../src/lint/index.js';
import { hospitalPack } from '../../src/packs/index.js';

/** The error findings of the bundled rules on a text, as `ruleId[matched text]`. */
const errors = (text: string) => lint(text).filter((f) => f.severity === 'error').map((f) => `${f.ruleId}[${f.text}]`);

// Issue 17: online-shop agents (亲, 哦, 小妹, spaces as clause ends) check a customer's slip with a
// question, state a condition, or own a slip of the shop's page or system. None of these tells the
// customer bluntly that they are wrong (000:43).
describe('no-you-are-wrong: 错了 that is no verdict on the customer', () => {
  it.each([
    ['亲，是不是尺码拍错了呢？'],
    ['亲 您是不是地址填错了呀'],
    ['您看一下是否型号选错了'],
    ['地址填错了的话可以联系我们修改哦'],
    ['如果收货地址填错了，请及时联系客服'],
    ['万一颜色拍错了，小妹帮您改'],
    ['亲，商品详情页写错了，以实物为准，抱歉'],
    ['亲，系统显示错了，给您改好了'],
  ])('%s passes', (text) => {
    expect(errors(text)).toEqual([]);
  });

  it.each([
    ['错了，重填', ['no-you-are-wrong[错了]', 'no-curt-order[重填]']],
    ['你说错了，是酒店吧', ['no-you-are-wrong[错了]']],
    ['地址你填错了', ['no-you-are-wrong[错了]']],
    ['亲，错了哦，是周三发货', ['no-you-are-wrong[错了]']],
    ['您说的不对，错了。', ['no-you-are-wrong[不对]', 'no-you-are-wrong[错了]']],
  ])('%s is still flagged', (text, expected) => {
    expect(errors(text)).toEqual(expected);
  });
});

// 不知道/不清楚 about the customer's doubts (有不懂的…, …的话) or wondering whether the agent helped is
// no "I don't know" answer (002:59); the agent's own 不知道 still is.
describe('no-dont-know: the customer’s doubts and a polite wondering are no answer', () => {
  it.each([
    ['亲 有不懂的可以随时问小妹哦'],
    ['亲 还有不明白的吗'],
    ['不清楚尺码的话可以看下尺码表哦'],
    ['亲，不知道选哪个颜色的话，小妹推荐白色'],
    ['亲，不知道有没有帮到您呢'],
    ['亲，不知道还有什么可以帮您的吗'],
    ['不知道这样处理可以吗亲'],
    ['亲 不知道这个方案可以接受吗'],
  ])('%s passes', (text) => {
    expect(errors(text)).toEqual([]);
  });

  it.each([
    ['我不知道有没有货', ['no-dont-know[不知道]']],
    ['这个小妹也不知道呢', ['no-dont-know[不知道]']],
    ['亲，快递的事情我们也不清楚呢', ['no-dont-know[不清楚]']],
    ['我也不清楚', ['no-dont-know[不清楚]']],
    ['不知道不会问下人吗?', ['no-dont-know[不知道]', 'no-accuse-motive[不会问下人吗]']],
  ])('%s is still flagged', (text, expected) => {
    expect(errors(text)).toEqual(expected);
  });
});

// Anti-fraud notices and product descriptions use words that are insults when aimed at the
// customer (骗子, 傻瓜, 智障); aimed at nobody, they are no insult (004:13 forbids 侮辱客户).
describe('no-insult: notices and product descriptions', () => {
  it.each([
    ['亲，谨防骗子，官方客服不会要求您转账'],
    ['近期有骗子冒充客服，请勿相信'],
    ['亲，如遇骗子请及时报警'],
    ['亲，傻瓜式安装，一看就会'],
    ['这款是傻瓜相机'],
    ['亲，这是为智障人士设计的辅助产品'],
  ])('%s passes', (text) => {
    expect(errors(text)).toEqual([]);
  });

  it.each([
    ['你这个骗子', ['no-insult[骗子]']],
    ['你是傻瓜吗', ['no-insult[傻瓜]']],
    ['你就是个智障', ['no-insult[智障]']],
  ])('%s is still flagged', (text, expected) => {
    expect(errors(text)).toEqual(expected);
  });
});

// The warehouse or courier being off is a reason for a delay, not the customer turned away.
describe('no-closed-come-back: the warehouse is closed, the shop ships later', () => {
  it.each([['亲，仓库今天下班了，明天给您安排发出'], ['快递已经下班了，明早第一时间给您寄出']])('%s passes', (text) => {
    expect(errors(text)).toEqual([]);
  });

  it.each([
    ['亲，今天已经下班了，请您明天再来咨询', ['no-closed-come-back[已经下班了]', 'no-closed-come-back[明天再来]']],
    ['我下班了，明天再来！', ['no-closed-come-back[我下班了]', 'no-closed-come-back[明天再来]']],
  ])('%s is still flagged', (text, expected) => {
    expect(errors(text)).toEqual(expected);
  });
});

// Issue 17: a space or an emoji ends a clause in chat, but a sentence-final softener typed after a
// space (可以的 哦) still belongs to the clause before it: it is no bare 哦 reply (002:59).
describe('clause edges: a softener after a space', () => {
  it.each([['可以的 哦'], ['稍等 哈'], ['可以的 哦😊'], ['可以的😊 哦'], ['不行 哦']])('%s passes like its unspaced form', (text) => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace(/ /g, ''))).toEqual([]);
  });

  it.each([
    ['亲 哦 对的', ['no-uh-huh[哦]']],
    ['好的。 哦', ['no-uh-huh[哦]']],
    [' 哦', ['no-uh-huh[哦]']],
    ['好的 嗯嗯', ['no-uh-huh[嗯嗯]']],
    ['嗯 好的', ['no-uh-huh[嗯]']],
    ['不行', ['no-flat-refusal[不行]']],
  ])('%s is still flagged', (text, expected) => {
    expect(errors(text)).toEqual(expected);
  });

  it('streams the same findings as the whole text, for every split point', () => {
    const text = '可以的 哦。亲 哦 对的 哦';
    const whole = lint(text).map((f) => `${f.ruleId} ${f.start}-${f.end}`);
    expect(whole).toEqual(['no-uh-huh 8-9']);
    for (let cut = 0; cut <= text.length; cut++) {
      const s = createLinter().stream();
      const got = [...s.push(text.slice(0, cut)), ...s.push(text.slice(cut)), ...s.end()].map((f) => `${f.ruleId} ${f.start}-${f.end}`);
      expect(got).toEqual(whole);
    }
  });
});

// Thanks for the customer's trouble, product nouns and product talk that share letters with
// impatience (太麻烦), "you person" (您这个人偶), threats (等着瞧) and shaming (有什么不好意思的).
describe('thanks, products and reassurance are no impatience, threat or shaming', () => {
  it.each([
    ['真是太麻烦您了，谢谢亲'],
    ['这样太麻烦您了，小妹直接给您补发吧'],
    ['亲，您这个人偶是限量款'],
    ['亲，收到货等着瞧效果吧'],
    ['亲，没有什么不好意思的，小妹应该做的'],
  ])('%s passes', (text) => {
    expect(errors(text)).toEqual([]);
  });

  it.each([
    ['太麻烦了', ['no-impatience[太麻烦了]']],
    ['你这人真麻烦！', ['no-you-person[你这人]', 'no-impatience[真麻烦]']],
    ['你等着瞧', ['no-threat[等着瞧]']],
    ['多大人了，有什么不好意思的！', ['no-belittling[多大人了]', 'no-belittling[有什么不好意思的]']],
  ])('%s is still flagged', (text, expected) => {
    expect(errors(text)).toEqual(expected);
  });
});

// A named operation the shop cannot do is a constraint stated (usually with the reason or another
// way), not the bare "nothing I can do" (我也没办法) that 001/004 forbid.
describe('no-nothing-i-can-do: a named operation the shop cannot do', () => {
  it.each([
    ['亲，实在抱歉，小妹这边也没有办法修改地址了，已经发出了'],
    ['亲，已经发货了，这边没办法拦截哦，您可以拒收'],
    ['亲 这边没办法改价哦 可以领券下单'],
    ['亲，活动商品我们没办法指定快递哦'],
    ['亲，小妹没办法查到您的订单，麻烦提供一下手机号'],
  ])('%s passes', (text) => {
    expect(errors(text)).toEqual([]);
  });

  it.each([
    ['我也没办法啊。', ['no-nothing-i-can-do[我也没办法]']],
    ['我也没办法帮你', ['no-nothing-i-can-do[我也没办法]']],
    ['我没办法改变规定', ['no-nothing-i-can-do[我没办法]']],
    ['机器坏了没办法办理', ['no-nothing-i-can-do[没办法办理]']],
  ])('%s is still flagged', (text, expected) => {
    expect(errors(text)).toEqual(expected);
  });
});

// Issue 17: a refusal softened by an apology, or an "I don't know" followed by an offer to find
// out, in a neighbouring clause of the same sentence (exception field \`sentence\`); the bare forms,
// and the same words in another sentence, are still errors (004:13, 002:59).
describe('sentence contexts: an apology or an offer in the same sentence', () => {
  it.each([
    ['不好意思亲，这个改不了'],
    ['亲 这个颜色换不了了 抱歉哈'],
    ['那个我也不清楚呢，我帮您问问'],
    ['这个暂时不清楚 我查一下稍后回复您'],
    ['不好意思亲，没有了'],
  ])('%s passes', (text) => {
    expect(errors(text)).toEqual([]);
  });

  it.each([
    ['这个改不了。', ['no-verb-refusal[改不了]']],
    ['改不了，你自己看着办', ['no-verb-refusal[改不了]', 'no-read-the-sign[自己看着办]']],
    ['亲 这个颜色换不了了', ['no-verb-refusal[换不了了]']],
    ['不好意思。这个改不了', ['no-verb-refusal[改不了]']],
    ['我不知道。', ['no-dont-know[不知道]']],
    ['那个我也不清楚呢', ['no-dont-know[不清楚]']],
    ['那个我也不清楚呢！我帮您问问', ['no-dont-know[不清楚]']],
    ['我也不清楚，你自己去问问', ['no-dont-know[不清楚]', 'no-read-the-sign[自己去问问]']],
    ['没有了', ['no-flat-refusal[没有了]']],
  ])('%s is still flagged', (text, expected) => {
    expect(errors(text)).toEqual(expected);
  });
});

// Issue 17, precision on real shop chat (JDDC, ECD; measured locally with bench/lint-local.ts, see
// docs/lint.md "Real e-commerce chats"). Each line is our own wording of a false-alarm class found
// there: a word that only contains the banned one (还有完善, 按钮填写, 价格…出来, 抬头：), a third
// party's hours or refusal, "unable to tell", a question, a reason for what the shop does, the
// platform's rule, a yes before 不会. The offences each rule is for are still errors.
describe('real shop chat: false-alarm classes of JDDC and ECD', () => {
  const shop = createLinter({ extend: hospitalPack.rules });
  it.each([
    ['亲，本店还有完整的保修服务'],
    ['亲，新款的价格下周出来'],
    ['亲 我们这边没办法判断是哪里的问题 麻烦拍张照片'],
    ['您小区这边没办法代收吗'],
    ['由于暂时不知道运费多少，所以先按十元收取，多退少补'],
    ['淘宝平台不能改价格的'],
    ['对的，不会'],
    ['放心 不会'],
    ['网点的配送员今天下班了，明天一早给您送'],
    ['重开的电子发票 抬头：个人'],
    ['进入订单详情，点击申请换货的按钮填写原因就好'],
    ['登录以后按页面提示填写资料就行'],
    ['您不用重复好几遍，我都记下了'],
    ['这个是您自己扫码预约的吗'],
    ['卖家为什么不给您换货呢'],
    ['谢谢您在本店选购，欢迎再次光临'],
  ])('%s passes', (text) => {
    expect(shop.lint(text).filter((f) => f.severity === 'error').map((f) => `${f.ruleId}[${f.text}]`)).toEqual([]);
  });

  it.each([
    ['你还有完吗', ['no-impatience[还有完吗]']],
    ['下午三点来吧', ['no-come-back-later[点来吧]']],
    ['我们这边没办法了', ['no-nothing-i-can-do[我们这边没办法]']],
    ['我不知道，所以没法回答', ['no-dont-know[不知道]']],
    ['我们不能改价', ['no-refusal-bare[不能改价]']],
    ['不会。', ['no-flat-refusal[不会]']],
    ['我们下班了', ['no-closed-come-back[我们下班了]']],
    ['抬头', ['no-bark-order[抬头]']],
    ['你自己下单', ['no-do-it-yourself-then[自己下单]']],
    ['你不会自己下单吗', ['no-rhetorical-ni[你不会自己下单吗]']],
    ['我们不换的', ['no-we-dont-do-that[我们不换的]']],
    ['我都说过三遍了', ['no-told-you-count[说过三遍]']],
    ['照单子上写', ['no-do-it-yourself[照单子上写]']],
  ])('%s is still flagged', (text, expected) => {
    expect(errors(text)).toEqual(expected);
  });

  it('a hospital still does not wish the patient back', () => {
    expect(shop.lint('欢迎再次光临').map((f) => f.ruleId)).toEqual(['hospital-no-welcome-back']);
  });
});

// JDDC's reference answers (measured locally, docs/lint.md): a condition opened by 如您/若您, a question
// about what went wrong, and product copy on how a thing is used are no verdict and no order.
describe('shop answers: a condition, a question about the fault, product copy', () => {
  it.each([
    ['如您确实拍错了型号，建议您重新下单'],
    ['若您填错了地址，小妹帮您改'],
    ['是闻起来味道不对吗？'],
    ['拿起手机，无需解锁，只需说一句就能付款'],
    ['掏出手机一键扫码即可开门'],
  ])('%s passes', (text) => {
    expect(errors(text)).toEqual([]);
  });

  it.each([
    ['你填错了', ['no-you-are-wrong[错了]']],
    ['地址不对，重新填', ['no-you-are-wrong[不对]', 'no-curt-order[重新填]']],
    ['掏出身份证', ['no-bark-order[掏出身份证]']],
  ])('%s is still flagged', (text, expected) => {
    expect(errors(text)).toEqual(expected);
  });
});

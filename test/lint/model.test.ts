import { describe, expect, it } from 'vitest';
import { domainPacks } from '../../src/generated/packs/index.js';
import { packedLintModel } from '../../src/generated/lint-model.js';
import { createLinter } from '../../src/lint/index.js';
import { forEachSentence, sentenceFeatures, unpackModel } from '../../src/lint-model/model.js';
import { learnedModel } from '../../src/lint-model/index.js';
import { createPhrasebook } from '../../src/phrasebook/index.js';
import { packModel, rulePassExamples, SHIPPED_PRUNE, SHIPPED_THRESHOLD, shippedExamples, trainModel, TRAIN_SPLITS } from '../../scripts/data/lint-model.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const linter = createLinter({ model: learnedModel() });
const modelOnly = (text: string) =>
  linter
    .lint(text)
    .filter((f) => f.ruleId.startsWith('model-'))
    .map((f) => [f.ruleId, f.start, f.end, f.text, f.severity]);

describe('the learned lint model', () => {
  it('reports rude sentences by theme, as warnings over the sentence, after the rules', () => {
    expect(modelOnly('这个我管不了，你去找别人')).toEqual([['model-deflection', 0, 12, '这个我管不了，你去找别人', 'warning']]);
    expect(modelOnly('您好。你這人怎麼這麼笨！')).toEqual([['model-insult', 3, 12, '你這人怎麼這麼笨！', 'warning']]);
    expect(modelOnly('你自己不会看说明书吗')).toEqual([['model-do-it-yourself', 0, 10, '你自己不会看说明书吗', 'warning']]);
    expect(modelOnly('您好，请问有什么可以帮您？')).toEqual([]);
    const all = linter.lint('这个我管不了，你去找别人');
    expect(all.at(-1)!.ruleId).toBe('model-deflection');
    // The score is the model's, pinned as measured after `npm run data`: round 7: 6.93 → 7.67 with model4's stance markers
    // (管不了 and 找别人 are dismissive ones), round 6's dev splits and train9 as training data (7.32 without train9);
    // → 8.42 with model5's markers (more per group, and the refusing, interjection and offhand groups);
    // → 7.96 merged with round 7's stance rules (r7a, r7b), whose pass examples are hard negatives;
    // → 8.43 with round 8's rules (r8a, r8b) and their pass examples;
    // → 8.19 with round 9's and ecom's pass examples (不知道选哪个？…, 欢迎来到本院…), hard negatives too;
    // → 8.27 with the pass examples of the JDDC/ECD false-alarm classes (precision4: 小妹没办法判断…, 卖家为什么不给您换…).
    // → 8.40 with three more (JDDC dev answers: 如您确实拍错了…, 是闻起来味道不对吗？, 拿起手机，无需解锁…).
    // → 8.02 with round 9 (recall9)'s pass examples (售后不归我们这边，我帮您转接售后, 我只是客服，不过我可以帮您反馈…), hard negatives too.
    // → 7.52 with round 10's train12 (379 real sentences from 182 new sources).
    expect(all.at(-1)!.message).toBe('学习模型的估计（非规则）：此句疑似「deflection」类禁语（得分 7.52），请改用规范用语。');
    expect(all.at(-1)!.suggestions.map((s) => s.scenario)).toEqual(['complaint.receive']);
    expect(linter.lint('这个我管不了', { minSeverity: 'error' }).some((f) => f.ruleId.startsWith('model-'))).toBe(false);
  });

  it('adds one feature per stance marker found and one per marker group, once per sentence', () => {
    // 别急了: 10 n-grams (START-别, START-别急, 别, 别急, 别急了, 急, 急了, 急-END, 了, 了-END); markers 别…了, 别
    // (ordering) and 急 (impatient); groups ordering and impatient.
    expect(sentenceFeatures('别急了', 0, 3, 12)).toBe(10 + 3 + 2);
    expect(sentenceFeatures('别急', 0, 2, 12)).toBe(7 + 2 + 2); // no 了 after 别: 别…了 is not found
    expect(sentenceFeatures('别急别急别急', 0, 6, 12)).toBe(sentenceFeatures('别急别急别急', 0, 6, 12)); // (scratch reset between calls)
    expect(sentenceFeatures('别急别急', 0, 4, 12)).toBe(13 + 2 + 2); // each marker once
    expect(sentenceFeatures('少来', 0, 2, 12) - sentenceFeatures('就少', 0, 2, 12)).toBe(2); // 少… needs a unit after it
    expect(sentenceFeatures(`别${'好'.repeat(7)}了`, 0, 9, 12) - sentenceFeatures(`别${'好'.repeat(8)}了`, 0, 10, 12)).toBe(1 - 3); // a gap of ≤ 8 units
  });

  it('is off unless asked for', () => {
    expect(createLinter().lint('你這人怎麼這麼笨').some((f) => f.ruleId.startsWith('model-'))).toBe(false);
  });

  it('splits sentences at sentence ends and line breaks, leaving out leading marks and trailing noise', () => {
    const out: string[] = [];
    const t = '  ，喂？ 你看不懂吗……\n下一句 ';
    forEachSentence(t, (s, e) => out.push(t.slice(s, e)));
    expect(out).toEqual(['喂？', '你看不懂吗……', '下一句']);
  });

  it('cuts a sentence with no end at 256 code units, and scores a long text sentence by sentence', () => {
    const spans: Array<[number, number]> = [];
    forEachSentence('好'.repeat(600), (s, e) => spans.push([s, e]));
    expect(spans).toEqual([
      [0, 256],
      [256, 512],
      [512, 600],
    ]);
    const found = linter.lint('你這人怎麼這麼笨！'.repeat(1000)).filter((f) => f.ruleId === 'model-insult');
    expect(found.length).toBe(1000);
    expect([found[999]!.start, found[999]!.end]).toEqual([8991, 9000]);
  });

  it('streams: the same findings as lint, whatever the chunks', () => {
    const texts = ['您好。你這人怎麼這麼笨！我们下班了，明天再来', '这个我管不了，你去找别人\n您稍等', '说了多少遍了你还问？？好的'];
    for (const text of texts) {
      const whole = linter.lint(text);
      for (let size = 1; size <= 5; size++) {
        const s = linter.stream();
        const got = [];
        for (let i = 0; i < text.length; i += size) got.push(...s.push(text.slice(i, i + size)));
        got.push(...s.end());
        expect(got).toEqual(whole);
      }
    }
  });

  it("does not flag the library's own phrases", () => {
    const model = learnedModel();
    for (const locale of ['zh-CN', 'zh-TW'] as const) {
      const book = createPhrasebook({ packs: domainPacks, locale });
      const flagged = book.scenarios().flatMap((s) => s.phrases.flatMap((p) => model.scan(p.texts[locale]).map((x) => `${s.id}#${p.id}: ${x.text}`)));
      expect(flagged).toEqual([]);
    }
  });

  it('checks its data: size and checksum', () => {
    expect(() => unpackModel({ ...packedLintModel, checksum: (packedLintModel.checksum + 1) >>> 0 })).toThrow('lint model: checksum mismatch');
    expect(() => unpackModel({ ...packedLintModel, weights: packedLintModel.weights.slice(8) })).toThrow(/lint model: \d+ weights, expected 73728/);
    expect(unpackModel(packedLintModel).classes[0]).toBe('none');
  });

  it('training is deterministic and the generated model is current', { timeout: 120_000 }, async () => {
    const { examples, themes } = await shippedExamples(ROOT);
    const again = packModel(trainModel(examples, themes), SHIPPED_THRESHOLD, SHIPPED_PRUNE);
    expect(again).toEqual(packedLintModel);
    const small = examples.filter((_, i) => i % 7 === 0);
    expect(packModel(trainModel(small, themes), 1).checksum).toBe(packModel(trainModel(small, themes), 1).checksum);
  });

  it('learns from the tuning splits only, and from the rules\' unflagged pass examples as hard negatives', { timeout: 60_000 }, async () => {
    expect([...TRAIN_SPLITS].sort()).toEqual(['ccdev', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'r6adev', 'r6bdev', 'r6cdev', 'train12', 'train8', 'train9']);
    expect(TRAIN_SPLITS.has('heldout7')).toBe(false); // the clean held-out splits are never trained on
    expect(TRAIN_SPLITS.has('heldout8')).toBe(false);
    expect(TRAIN_SPLITS.has('heldout10')).toBe(false);
    expect(TRAIN_SPLITS.has('heldout11')).toBe(false);
    expect(['r6aprobe', 'ccprobe', 'r6bprobe', 'r6cprobe'].filter((s) => TRAIN_SPLITS.has(s))).toEqual([]); // nor the round-6 probes
    const hard = await rulePassExamples();
    expect(hard.slice(0, 3)).toEqual(['这个问题很常见，我来为您解答', '这款的材质更好，价格也相应高一些', '这种情况我马上帮您核实']);
    const rules = createLinter({ extend: domainPacks.flatMap((p) => [...(p.rules ?? [])]) });
    expect(hard.filter((t) => rules.lint(t).some((f) => f.severity !== 'info'))).toEqual([]);
    const { examples } = await shippedExamples(ROOT);
    expect(examples.filter((e) => e.label === 'none' && e.text === '这个问题很常见，我来为您解答').length).toBeGreaterThan(0);
  });
});

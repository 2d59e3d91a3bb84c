import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';

/** The error findings of the bundled rules on a text, as `ruleId[matched text]`. */
const errors = (text: string) => lint(text).filter((f) => f.severity === 'error').map((f) => `${f.ruleId}[${f.text}]`);

// Issue 17: doctors answering patients (bench/data/remedi-dev-sys.jsonl, toyhom-im-sys.jsonl) use
// words that contain a banned one: 神经病变 (neuropathy), 代谢废物 (metabolic waste), 喂水 (feed water),
// 病因不清楚 (the cause is unknown), first-aid advice about a patient. The sentences below are
// paraphrases of those readings, not the corpus sentences; the banned readings stay caught.
describe('medical words that contain a banned one', () => {
  it.each([
    ['考虑是糖尿病周围神经病变'],
    ['手脚麻木可能是末梢神经病，建议去神经内科'],
    ['神经病学上叫自主神经功能紊乱'],
    ['多喝水有助于代谢废物排出'],
    ['肾脏负责排泄体内废物'],
    ['宝宝六个月内不一定要喂水'],
    ['试着少喂点水'],
    ['发作时不要强制给病人喂水'],
    ['患者在幻觉和痴心妄想的支配下可出现冲动行为'],
  ])('%s passes', (text) => {
    expect(errors(text)).toEqual([]);
  });

  it.each([
    ['你神经病啊', ['no-insult[神经病]']],
    ['神经病', ['no-insult[神经病]']],
    ['你就是个废物', ['no-insult[废物]']],
    ['喂，你好', ['no-wei[喂]']],
    ['喂！你找谁啊？', ['no-wei[喂]', 'no-silencing[你找谁啊]']],
    ['你这是痴心妄想', ['no-sarcastic-question[痴心妄想]']],
  ])('%s is still flagged', (text, expected) => {
    expect(errors(text)).toEqual(expected);
  });
});

// 不清楚 whose subject is the case (病因, 意识) or whose object is the patient's data not yet given is a
// fact about the case (002:59 forbids the agent's own "I don't know"), and the agent's 不清楚 still is.
describe('no-dont-know: a fact about the case is no answer', () => {
  it.each([
    ['这种病的病因目前还不清楚'],
    ['有一部分发病原因不太清楚'],
    ['发作时患者意识是不清楚的'],
    ['现在不清楚孩子的体温是多少，建议先量一下'],
    ['不清楚患者是否还有其他症状，需要做个检查'],
  ])('%s passes', (text) => {
    expect(errors(text)).toEqual([]);
  });

  it.each([
    ['这个我也不清楚。', ['no-dont-know[不清楚]']],
    ['原因我不清楚', ['no-dont-know[不清楚]']],
    ['具体情况我也不太清楚', ['no-dont-know[不太清楚]']],
  ])('%s is still flagged', (text, expected) => {
    expect(errors(text)).toEqual(expected);
  });
});

// First-aid advice about a patient (如果患者…, 及时…) or a procedure is no order to the customer (001:96).
describe('no-curt-order: advice about a patient or a procedure', () => {
  it.each([
    ['如果患者有假牙要拿出来，防止咬伤'],
    ['感到发作先兆时及时坐好或躺下'],
    ['必要时剖腹产把胎儿取出来'],
  ])('%s passes', (text) => {
    expect(errors(text)).toEqual([]);
  });

  it.each([
    ['躺那儿！', ['no-curt-order[躺那儿]']],
    ['把上衣脱了！', ['no-curt-order[把上衣脱了]']],
    ['把假牙拿出来', ['no-curt-order[把假牙拿出来]']],
    ['病人家属都出去！', ['no-curt-order[都出去]']],
  ])('%s is still flagged', (text, expected) => {
    expect(errors(text)).toEqual(expected);
  });
});

// An agent correcting its own slip (不对不对，抱歉，我打错了) tells the customer nothing is wrong with them.
describe('no-you-are-wrong: a self-correction', () => {
  it('不对不对抱歉，我打错了 passes', () => {
    expect(errors('不对不对抱歉，我打错了，是两盒')).toEqual([]);
  });
  it('你说的不对 is still flagged', () => {
    expect(errors('你说的不对')).toEqual(['no-you-are-wrong[不对]']);
  });
});

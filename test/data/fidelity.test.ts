import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractItems, loadFidelityData, normalize, readSeeds, sameWording, spansOf, withoutAsides, type Seed } from '../../scripts/data/fidelity.js';
import { fidelityOf, loadPacks, reportMarkdown } from '../../scripts/data/fidelity-report.js';
import { ROOT } from '../../scripts/data/load.js';
import { lint } from '../../src/lint/index.js';

const instances = loadFidelityData().instances;

describe('comparing a phrase with the source text it quotes', () => {
  it.each([
    ['script, punctuation and ↑', '很抱歉↑，我没有听清楚您的意思，请您再说一遍好吗？↑', '很抱歉,↑我沒有聽清楚您的意思,請您再說一遍好嗎?↑', true],
    ['pinyin mojibake', '您好，现在有点忙，麻烦稍等一下，我们会尽快回复您，谢谢！', '您好,現(xiàn)在有點(diǎn)忙,麻煩稍等一下,我們會(huì)盡快回復(fù)您,謝謝!', true],
    ['a customer placeholder for X先生/女士', '很抱歉，{customer|先生/女士}，让您久等了！', '很抱歉,X先生/女士,讓您久等了!', true],
    ['a customer placeholder for xx先生/xx女士', '很抱歉，{customer}，给您带来不便了', '很抱歉,xx先生/xx女士,給您帶來不便了', true],
    ['a brand placeholder for a listed instance', '感谢您关注{brand|我们}！', '感謝您關(guān)注家如何網(wǎng)!', true],
    ['a mask for a required placeholder', '请问您说的是{detail}的意思吗？', '请问您说的是………的意思吗 ?', true],
    ['a bracketed aside left out', '对不起，请问有什么可以帮助您？', '对不起,(稍微提高音量),请问有什么可以帮助您?', true],
    ['a dropped clause', '根据您描述的情况，建议您先尝试重启设备。', '根据您描述的情况,可能是部件异常,建议您先尝试重启设备。', false],
    ['a dropped word', '对不起，您的声音有点小', '对不起,您的声音有点太小', false],
    ['a placeholder standing for ordinary words', '您好，这里是{brand|}客户服务中心', '您好,这里是阳光客户服务中心', false],
    ['a placeholder never swallows a name that is not listed', '{customer}，您好', '王先生,您好', false],
  ] as const)('%s', (_, template, source, same) => {
    expect(sameWording(template, source, instances)).toBe(same);
  });

  it('normalizes with the offset of every kept character', () => {
    expect(normalize('網(wǎng)站，好!')).toEqual({ text: '网站好', map: [0, 7, 9] });
    expect(withoutAsides('调试中(升级中)由此')).toBe('调试中由此');
  });
});

describe('where a quote sits on its line', () => {
  const seeds = new Map<string, Seed>([['004', { id: '004', file: '004_x.txt', lines: ['行一 不可以直接挂机 行二 不可以直接挂机'] }]]);
  it('is every occurrence of its text, or the first after `after` when the text repeats', () => {
    expect(spansOf({ where: 'x', kind: 'note', at: '004:1', text: '不可以直接挂机' }, seeds)).toEqual([[3, 10], [14, 21]]);
    expect(spansOf({ where: 'x', kind: 'note', at: '004:1', text: '不可以直接挂机', after: '行二' }, seeds)).toEqual([[14, 21]]);
    expect(spansOf({ where: 'x', kind: 'note', at: '004:1', text: '不可以直接挂机', after: '行三' }, seeds)).toBeUndefined();
  });
});

describe('the items of a source', () => {
  const seed = (id: string, text: string): Seed => ({ id, file: `${id}_x.txt`, lines: text.split('\n') });

  it('000: the saying after the last colon of a step, and quotes, not the numbered heading', () => {
    const items = extractItems(seed('000', '4、 處理時:\n第一步:應先講明原因:很抱歉,我幫您查詢一下!\n“請問還需要其它幫助嗎?'));
    expect(items.map((i) => [i.at, i.kind, i.text])).toEqual([
      ['000:2', 'saying', '很抱歉,我幫您查詢一下!'],
      ['000:3', 'quote', '請問還需要其它幫助嗎?'],
    ]);
  });

  it('004: each row’s quotes, and its don’t-say and instruction text as guidance, without the situation', () => {
    const items = extractItems(seed('004', 'x\n'.repeat(12) + '遇到业主声音小时 不可以直接挂机 “对不起!请您大声一点,好吗?“若仍听不清楚:”对不起!请换一部电话,好吗?“然后过5秒挂机。 遇到电话杂音 喂,什么?'), ['遇到业主声音小', '遇到电话杂音']);
    expect(items.map((i) => [i.kind, i.text])).toEqual([
      ['quote', '对不起!请您大声一点,好吗?'],
      ['quote', '对不起!请换一部电话,好吗?'],
      ['guidance', '不可以直接挂机'],
      ['guidance', '若仍听不清楚:'],
      ['guidance', '然后过5秒挂机。'],
      ['guidance', '喂,什么?'],
    ]);
  });
});

const seeds = readSeeds();
const absent = 'skipped: the five sources are not on this machine (set HUASHU_SEEDS, or place shared/seeds beside the repository)';

describe.skipIf(seeds === undefined)('the built-in data against the five sources', () => {
  const data = loadFidelityData();
  const packs = loadPacks(join(ROOT, 'data'));
  const result = seeds === undefined ? undefined : fidelityOf(seeds, packs, data);

  it('carries every source item, and every phrase says what it quotes or declares its edit', () => {
    expect(result!.problems).toEqual([]);
    expect(result!.items.length).toBeGreaterThan(300);
  });

  it('excuses don’t-say text only with a lint rule that flags it', () => {
    for (const e of data.exceptions.filter((x) => x.rule !== undefined)) {
      const text = withoutAsides(e.text ?? '');
      expect(lint(text).map((f) => f.ruleId), `${e.at} "${e.text}"`).toContain(e.rule);
    }
  });

  it('lints every phrase that quotes a source clean at every severity: a rule that trips on the source gets a context', () => {
    const findings = packs.flatMap((pack) =>
      [...(pack.scenarios ?? []), ...(pack.patches ?? [])].flatMap((s) =>
        (s.phrases ?? []).filter((p) => p.source !== undefined).flatMap((p) => lint(p.text).map((f) => `${pack.id}:${s.id}#${p.id} ${f.ruleId} "${f.text}"`)),
      ),
    );
    expect(findings).toEqual([]);
  });

  it('detects any one character dropped from any quoted phrase (the comparison is strict on real wording)', () => {
    let tried = 0;
    const missed: string[] = [];
    for (const pack of packs) {
      for (const s of [...(pack.scenarios ?? []), ...(pack.patches ?? [])]) {
        for (const p of s.phrases ?? []) {
          if (p.source === undefined || Array.isArray(p.source) || p.edit !== undefined) continue;
          const source = p.source as { text: string };
          // Every CJK character outside placeholders and bracketed asides (which may be left out), dropped one at a time.
          const literal = [...p.text.matchAll(/\{[^}]*\}|[(（][^)）]*[)）]|[\u4e00-\u9fff]/g)].filter((m) => m[0].length === 1);
          for (const m of literal) {
            tried++;
            const mutated = p.text.slice(0, m.index) + p.text.slice(m.index + 1);
            if (sameWording(mutated, source.text, data.instances)) missed.push(`${s.id}#${p.id} without ${m[0]} at ${m.index}`);
          }
        }
      }
    }
    expect(tried).toBeGreaterThan(2000);
    expect(missed).toEqual([]);
  });

  it('docs/fidelity.md is the current report', () => {
    expect(readFileSync(join(ROOT, 'docs/fidelity.md'), 'utf8')).toBe(reportMarkdown(result!.coverage, packs, data));
  });
});

it.skipIf(seeds !== undefined)(absent, () => {});

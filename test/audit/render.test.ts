import { describe, expect, it } from 'vitest';
import { createAuditor, renderScorecard } from '../../src/audit/index.js';
import { auditSectionSchema } from '../../src/schema/audit.js';

const auditor = createAuditor({
  core: false,
  sections: [
    auditSectionSchema.parse({
      checks: [
        { id: 'greet', title: { zh: '问候', en: 'Greeting' }, expect: { phrases: { any: ['您好'], turns: { first: 1 } } }, sources: ['004:13'] },
        { id: 'no-wei', title: { zh: '不说“喂”', en: 'No 喂' }, critical: true, expect: { phrases: { none: ['喂'] } }, sources: ['004:13'] },
        { id: 'timed', title: { zh: '时长', en: 'Length' }, expect: { duration: { max: 300 } } },
      ],
    }),
  ],
});
const card = auditor.audit({ id: 'c-1', turns: [{ role: '客服', text: '喂|*你好*' }] });

describe('renderScorecard', () => {
  it('text: verdict marks, reasons, sources and the evidence of failures', () => {
    expect(renderScorecard(card)).toBe(
      [
        '通话 c-1：得分 0 / 100，不合格（合格线 80）',
        '✗ 问候 — 没有说「您好」  (004:13)',
        '    第1轮 0–6: 喂|*你好*',
        '✗ 不说“喂” — 说了1次不应说的「喂」 [一票否决]  (004:13)',
        '    第1轮 0–1: 喂  ← 喂',
        '– 时长 — 缺少时间信息，无法判断',
      ].join('\n'),
    );
  });
  it('markdown: a table with escaped text and the findings', () => {
    expect(renderScorecard(card, 'markdown', { language: 'en' })).toBe(
      [
        '### Call c-1: Score 0 / 100, failed (pass mark 80)',
        '',
        '| | Check | Why | Sources |',
        '|---|---|---|---|',
        '| ✗ | 问候 | 没有说「您好」 | 004:13 |',
        '| ✗ | 不说“喂” | 说了1次不应说的「喂」 **critical** | 004:13 |',
        '| – | 时长 | 缺少时间信息，无法判断 |  |',
        '',
        '#### Findings',
        '',
        '- turn 1 `0–6` **喂\\|\\*你好\\*** — 没有说「您好」 (greet)',
        '- turn 1 `0–1` **喂** — 说了1次不应说的「喂」 (no-wei)',
      ].join('\n'),
    );
  });
  it('json: the scorecard itself', () => {
    expect(JSON.parse(renderScorecard(card, 'json'))).toEqual(card);
  });
  it('failedOnly leaves passing and n/a checks out', () => {
    expect(renderScorecard(card, 'text', { failedOnly: true }).split('\n').filter((l) => /^[✓✗–]/.test(l)).length).toBe(2);
  });
});

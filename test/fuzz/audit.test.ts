/**
 * Property tests of the transcript audit (runs: FUZZ_RUNS, default 200): on any well-typed
 * transcript it never throws, every piece of evidence is a slice of its turn's text, and a live
 * audit fed turn by turn ends with the batch result, each early verdict equal to the final one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAuditor, type Transcript, type TranscriptTurn } from '../../src/audit/index.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const auditor = createAuditor({ vars: { brand: '阳光物业' } });

/** Fragments that trigger the checks, mixed with arbitrary text (surrogates, controls, emoji). */
const FRAGMENTS = [
  '您好', '你好', '喂', '很高兴为您服务', '阳光物业', '请稍等', '让您久等了', '还有什么可以帮', '再见', '感谢您的来电', '我姓王', '王先生', '你',
  '投诉', '抱歉', '您反馈的是', '为您办理', '预计今天内', '大声一点', '我没办法', '請稍等', '對不起', '，', '。', '？', ' ', '\n', '↑', '\u200b', '😀',
];
const text = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6, unit: 'binary' })), { maxLength: 8 }).map((parts) => parts.join(''));
const role = fc.constantFrom('客服', '客户', '坐席', '顧客', 'agent', 'customer', '系统', '店长');

const transcript: fc.Arbitrary<Transcript> = fc
  .record({
    timed: fc.constantFrom('none', 'start', 'both', 'iso'),
    turns: fc.array(fc.record({ role, text, gap: fc.double({ min: 0, max: 90, noNaN: true }), length: fc.double({ min: 0, max: 40, noNaN: true }), overlap: fc.boolean() }), { maxLength: 14 }),
    channel: fc.constantFrom(undefined, 'phone', 'chat'),
    rings: fc.option(fc.nat(8), { nil: undefined }),
    answerSeconds: fc.option(fc.double({ min: 0, max: 30, noNaN: true }), { nil: undefined }),
    customer: fc.option(fc.constantFrom('王女士', '欧阳娜娜', '李', ''), { nil: undefined }),
  })
  .map(({ timed, turns, channel, rings, answerSeconds, customer }) => {
    let t = 0;
    const out: TranscriptTurn[] = turns.map((x) => {
      t += x.overlap ? -Math.min(t, x.gap / 10) : x.gap;
      const start = t;
      const end = start + x.length;
      t = end;
      if (timed === 'none') return { role: x.role, text: x.text };
      if (timed === 'start') return { role: x.role, text: x.text, start };
      if (timed === 'iso') return { role: x.role, text: x.text, start: new Date(1.7e12 + start * 1000).toISOString(), end: new Date(1.7e12 + end * 1000).toISOString() };
      return { role: x.role, text: x.text, start, end };
    });
    return { turns: out, ...(channel === undefined ? {} : { channel }), ...(rings === undefined ? {} : { rings }), ...(answerSeconds === undefined ? {} : { answerSeconds }), ...(customer === undefined ? {} : { customer }) } as Transcript;
  });

describe('audit on arbitrary well-typed transcripts', () => {
  it('never throws, scores within 0–100, and every piece of evidence slices its turn', () => {
    fc.assert(
      fc.property(transcript, (t) => {
        const card = auditor.audit(t);
        expect(card.score).toBeGreaterThanOrEqual(0);
        expect(card.score).toBeLessThanOrEqual(100);
        expect(card.checks.length).toBe(auditor.checks.length);
        for (const check of card.checks) {
          for (const e of check.evidence) {
            const turn = t.turns[e.turn];
            expect(turn).toBeDefined();
            expect(0 <= e.start && e.start <= e.end && e.end <= turn!.text.length).toBe(true);
            expect(turn!.text.slice(e.start, e.end)).toBe(e.text);
          }
        }
        for (const f of card.findings) expect(t.turns[f.turn]!.text.slice(f.start, f.end)).toBe(f.text);
      }),
      { numRuns: RUNS },
    );
  });

  it('live: fed turn by turn, ends with the batch scorecard, and no early verdict changes later', () => {
    fc.assert(
      fc.property(transcript, (t) => {
        const { turns, ...call } = t;
        const live = auditor.stream(call);
        const early = new Map<string, string>();
        turns.forEach((turn, i) => {
          for (const r of live.push(turn)) {
            expect(early.has(r.id)).toBe(false);
            early.set(r.id, r.verdict);
            expect(live.decided.at(-1)!.afterTurn).toBe(i);
          }
        });
        const card = live.end();
        expect(card).toEqual(auditor.audit(t));
        for (const check of card.checks) if (early.has(check.id)) expect([check.id, early.get(check.id)]).toEqual([check.id, check.verdict]);
        expect(live.decided.map((d) => d.check.id).sort()).toEqual(card.checks.map((c) => c.id).sort());
      }),
      { numRuns: RUNS },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { createAuditor } from '../../src/audit/index.js';

const auditor = createAuditor({ vars: { brand: '阳光物业' } });

describe('live audit (createAuditor().stream())', () => {
  it('reports a missing opening as soon as the first agent turn is in', () => {
    const live = auditor.stream({ channel: 'chat' });
    // Phone-only checks are n/a on a chat from the start.
    expect(live.push({ role: '客户', text: '在吗？', start: 0 }).map((r) => [r.id, r.verdict])).toEqual([
      ['phone-answer-rings', 'n/a'],
      ['phone-answer-seconds', 'n/a'],
      ['speaking-rate', 'n/a'],
      ['call-duration', 'n/a'],
      ['no-interruption', 'n/a'],
    ]);
    const decided = live.push({ role: '客服', text: '在的。', start: 5 });
    expect(decided.map((r) => [r.id, r.verdict])).toEqual([
      ['opening-greeting', 'fail'],
      ['opening-brand', 'fail'],
      ['chat-first-response', 'pass'],
    ]);
  });
  it('reports a hold without thanks when the agent comes back, and banned phrases at once', () => {
    const live = auditor.stream({ channel: 'phone' });
    live.push({ role: '客服', text: '您好，阳光物业，请问有什么可以帮助您？', start: 0, end: 3 });
    live.push({ role: '客户', text: '查一下报修进度。', start: 4, end: 6 });
    expect(live.push({ role: '客服', text: '请稍等。', start: 7, end: 8 }).map((r) => r.id)).toEqual([]);
    expect(live.push({ role: '客服', text: '喂，查到了。', start: 60, end: 62 }).map((r) => [r.id, r.verdict, r.reason])).toEqual([
      ['banned-phrases', 'fail', '1处服务禁语'],
      ['hold-etiquette', 'fail', '静默52秒后没有说「久等了/让您久等/感谢您的耐心等待…」'],
    ]);
    const card = live.end();
    expect(live.decided.filter((d) => d.afterTurn === -1).map((d) => d.check.id)).toContain('closing-farewell');
    expect(card.checks.find((c) => c.id === 'hold-etiquette')!.evidence).toEqual([{ turn: 3, start: 0, end: 6, text: '喂，查到了。', note: '52 s' }]);
  });
  it('refuses turns after the end', () => {
    const live = auditor.stream();
    live.end();
    expect(() => live.push({ role: '客服', text: '您好' })).toThrow('audit stream: push after end()');
  });
});

import { describe, expect, it } from 'vitest';
import { createAuditor, readTranscript } from '../../src/audit/index.js';
import { openPlayground, useSite } from './site.js';

const site = useSite();

describe('the playground audit section', () => {
  it('scores a pasted transcript and highlights the evidence of each failure', async () => {
    const text = '[00:00:00-00:00:04] 客服：喂，你好。\n[00:00:05-00:00:09] 客户：我姓王，查一下报修进度。\n[00:00:10-00:00:13] 客服：你等一下。';
    const card = createAuditor({ vars: { brand: '阳光物业' } }).audit(readTranscript(text, { channel: 'phone' }));
    const failed = card.checks.filter((c) => c.verdict === 'fail').map((c) => c.id);
    expect(failed).toContain('banned-phrases');

    const { page, errors } = await openPlayground(site);
    await page.fill('#audit-input', text);
    await expect.poll(() => page.textContent('#audit-summary')).toBe(`Score ${card.score} / 100 — failed (pass mark 80)`);
    // Every check is listed with its verdict, the failed ones as the library gives them.
    const verdicts = await page.$$eval('#audit-checks li.check', (ls) => ls.map((l) => [l.getAttribute('data-check'), l.getAttribute('data-verdict')]));
    expect(verdicts).toEqual(card.checks.map((c) => [c.id, c.verdict]));
    // The banned 喂 is marked in the first turn, and 你 after the name is known in the third;
    // a turn that is itself the evidence (no greeting in it) is flagged whole.
    const marks = await page.$$eval('#audit-turns mark', (ms) => ms.map((m) => [m.closest('li')?.getAttribute('data-turn'), m.getAttribute('data-check'), m.textContent]));
    expect(marks).toEqual([
      ['0', 'banned-phrases', '喂'],
      ['2', 'honorific-address', '你'],
    ]);
    expect(await page.getAttribute('#audit-turns li[data-turn="0"]', 'data-checks')).toBe(card.findings.filter((f) => f.turn === 0 && f.end === 5).map((f) => f.check).join(' '));

    // Bad input shows the reader's error with its line; a clean chat passes.
    await page.fill('#audit-input', '客服：您好\n[00:00:05] 没有角色');
    await expect.poll(() => page.textContent('#audit-error')).toBe('INVALID_TRANSCRIPT: line 2:12: a timestamped line needs a role: "[00:01:02] 客服：…"');
    await page.selectOption('#audit-channel', 'chat');
    await page.fill('#audit-input', '[10:00:00] 客户：在吗？\n[10:00:04] 客服：您好，阳光物业，\n[10:00:05] 客服：很高兴为您服务。\n[10:00:09] 客户：没事了。\n[10:00:12] 客服：还有其他问题吗？\n[10:00:20] 客服：感谢您的咨询，再见！');
    await expect.poll(() => page.textContent('#audit-summary')).toBe('Score 100 / 100 — passed (pass mark 80)');
    expect(errors).toEqual([]);
    await page.close();
  });
});

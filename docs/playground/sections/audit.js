// Audit a transcript (质检): paste a call or chat, see the scorecard, with each failed check's
// evidence highlighted in the turn it comes from.
import { createAuditor, readTranscript } from '../../dist/audit/index.js';
import { errorText, field, h, select } from './dom.js';

const EXAMPLE = `[00:00:00-00:00:04] 客服：喂，你好。
[00:00:05-00:00:12] 客户：我要投诉，报修三天了还没人来，我姓王。
[00:00:13-00:00:20] 客服：您反馈的是报修三天无人上门，对吗？
[00:00:21-00:00:22] 客户：对。
[00:00:23-00:00:26] 客服：请稍等。
[00:01:00-00:01:06] 客服：查到了，你们小区的师傅今天18点前上门。
[00:01:07-00:01:09] 客户：好。
[00:01:10-00:01:12] 客服：感谢您的来电，再见！`;

const VERDICT = { pass: '✓', fail: '✗', 'n/a': '–' };

/**
 * Each turn as a line: evidence that is a span of the turn (a phrase) is wrapped in <mark> (the
 * first of overlapping spans wins); evidence that is the whole turn (a missing greeting, a late
 * reply) flags the line itself, listed in its data-checks.
 */
function turnsView(turns, findings) {
  const list = h('ol', { id: 'audit-turns', class: 'result', lang: 'zh' });
  turns.forEach((turn, index) => {
    const mine = findings.filter((f) => f.turn === index);
    const whole = mine.filter((f) => f.start === 0 && f.end === turn.text.length && turn.text.length > 0);
    const spans = mine.filter((f) => !whole.includes(f)).sort((a, b) => a.start - b.start || b.end - a.end);
    const checks = [...new Set(whole.map((f) => f.check))];
    const line = h(
      'li',
      { 'data-turn': index, class: checks.length > 0 ? 'flagged' : undefined, 'data-checks': checks.join(' ') || undefined, title: whole.map((f) => `${f.check}: ${f.message}`).join('\n') || undefined },
      h('strong', {}, `${turn.role}：`),
    );
    let at = 0;
    for (const f of spans) {
      if (f.start < at) continue;
      line.append(turn.text.slice(at, f.start));
      line.append(h('mark', { class: f.severity, 'data-check': f.check, title: `${f.check}: ${f.message}` }, turn.text.slice(f.start, f.end)));
      at = f.end;
    }
    line.append(turn.text.slice(at));
    list.append(line);
  });
  return list;
}

export default {
  id: 'audit',
  title: 'Audit a call or chat',
  description:
    'Paste a transcript (客服：… / 客户：…, optional [hh:mm:ss] times, or JSON): audit() scores it against the service standards — greeting, closing, banned phrases, honorifics, hold etiquette, response times, speaking rate, interruptions, the complaint procedure — and shows the evidence of each failure.',
  mount(root) {
    const input = h('textarea', { id: 'audit-input', rows: 9, lang: 'zh' });
    input.value = EXAMPLE;
    const channel = select('audit-channel', [['phone', 'phone'], ['chat', 'chat'], ['', 'unknown']], 'phone');
    const brand = h('input', { id: 'audit-brand', value: '阳光物业', lang: 'zh' });
    const language = select('audit-language', [['zh', '中文'], ['en', 'English']], 'zh');
    const result = h('div', { id: 'audit-result' });

    function render() {
      let transcript;
      let card;
      try {
        transcript = readTranscript(input.value, channel.value === '' ? {} : { channel: channel.value });
        const vars = brand.value.trim() === '' ? {} : { brand: brand.value.trim() };
        card = createAuditor({ vars, language: language.value }).audit(transcript);
      } catch (error) {
        result.replaceChildren(h('p', { id: 'audit-error', class: 'error' }, errorText(error)));
        return;
      }
      const summary = h('p', { id: 'audit-summary' }, `Score ${card.score} / 100 — ${card.passed ? 'passed' : 'failed'} (pass mark ${card.passMark})`);
      const checks = h('ul', { id: 'audit-checks', class: 'findings' });
      for (const c of card.checks) {
        checks.append(
          h(
            'li',
            { class: `check verdict-${c.verdict === 'n/a' ? 'na' : c.verdict}`, 'data-check': c.id, 'data-verdict': c.verdict },
            `${VERDICT[c.verdict]} `,
            h('strong', {}, c.title),
            ` — ${c.reason}`,
            c.deducted > 0 ? ` (−${c.deducted})` : '',
            c.sources.length === 0 ? '' : h('small', { class: 'sources' }, ` ${c.sources.join(', ')}`),
          ),
        );
      }
      const unknown = card.unknownRoles.length === 0 ? '' : h('p', { id: 'audit-unknown' }, `Roles not recognised: ${card.unknownRoles.map((u) => u.role).join(', ')}`);
      result.replaceChildren(summary, turnsView(transcript.turns, card.findings), checks, unknown);
    }

    for (const control of [input, brand]) control.addEventListener('input', render);
    for (const control of [channel, language]) control.addEventListener('change', render);
    root.append(
      field('Transcript', input),
      h('div', { class: 'row' }, field('Channel', channel), field('Brand', brand), field('Reasons in', language)),
      result,
    );
    render();
  },
};

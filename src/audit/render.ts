import type { Scorecard, Verdict } from './types.js';

/** Output formats of {@link renderScorecard}. */
export type ScorecardFormat = 'text' | 'markdown' | 'json';

/** Options of {@link renderScorecard}. */
export interface RenderOptions {
  /** Language of the labels (default `zh`; reasons are in the auditor's language). */
  language?: 'zh' | 'en' | undefined;
  /** Leave out checks that passed (default `false`). */
  failedOnly?: boolean | undefined;
}

const LABELS = {
  zh: { call: '通话', score: '得分', passed: '合格', failed: '不合格', mark: '合格线', findings: '问题', turn: '第{n}轮', check: '检查项', verdict: '结果', reason: '说明', sources: '来源', none: '没有问题', critical: '一票否决', unknown: '未识别的角色', deducted: '扣{n}分' },
  en: { call: 'Call', score: 'Score', passed: 'passed', failed: 'failed', mark: 'pass mark', findings: 'Findings', turn: 'turn {n}', check: 'Check', verdict: 'Verdict', reason: 'Why', sources: 'Sources', none: 'no findings', critical: 'critical', unknown: 'Unrecognised roles', deducted: '−{n}' },
} as const;

const MARK: Record<Verdict, string> = { pass: '✓', fail: '✗', 'n/a': '–' };

/** Escapes text for a Markdown table cell or paragraph. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]#|<>~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
/** One line of text for terminal output: control characters shown, line breaks as ⏎. */
function line(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r?\n/g, '⏎').replace(/[\u0000-\u0008\u000b-\u001f\u007f\u001b]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Renders a scorecard as plain text (for terminals and logs), Markdown (for reports and pull
 * requests) or JSON. Every failed check lists its evidence: the turn, the offsets and the text.
 *
 * @param card - a scorecard from `audit` or an auditor
 * @param format - `text` (default), `markdown` or `json`
 * @param options - label language, failed checks only
 * @returns the rendered scorecard
 * @example
 * ```ts
 * const card = audit([{ role: '客服', text: '喂，什么事？' }]);
 * renderScorecard(card).split('\n')[0]; //=> '得分 0 / 100，不合格（合格线 80）'
 * ```
 */
export function renderScorecard(card: Scorecard, format: ScorecardFormat = 'text', options: RenderOptions = {}): string {
  if (format === 'json') return JSON.stringify(card, null, 2);
  const L = LABELS[options.language ?? 'zh'];
  const zh = (options.language ?? 'zh') === 'zh';
  const checks = options.failedOnly === true ? card.checks.filter((c) => c.verdict === 'fail') : card.checks;
  const head = `${card.id === undefined ? '' : `${L.call} ${card.id}：`.replace('：', zh ? '：' : ': ')}${L.score} ${card.score} / 100${zh ? '，' : ', '}${card.passed ? L.passed : L.failed}${zh ? `（${L.mark} ${card.passMark}）` : ` (${L.mark} ${card.passMark})`}`;
  const turnLabel = (n: number) => L.turn.replace('{n}', String(n + 1));
  if (format === 'markdown') {
    const out: string[] = [`### ${md(head)}`, '', `| | ${L.check} | ${L.reason} | ${L.sources} |`, '|---|---|---|---|'];
    for (const c of checks) {
      const extra = [c.critical && c.verdict === 'fail' ? `**${L.critical}**` : '', c.deducted > 0 ? L.deducted.replace('{n}', String(c.deducted)) : ''].filter(Boolean).join(' ');
      out.push(`| ${MARK[c.verdict]} | ${md(c.title)} | ${md(c.reason)}${extra === '' ? '' : ` ${extra}`} | ${c.sources.map(md).join(', ')} |`);
    }
    out.push('', `#### ${L.findings}`, '');
    if (card.findings.length === 0) out.push(`- ${L.none}`);
    for (const f of card.findings) out.push(`- ${turnLabel(f.turn)} \`${f.start}–${f.end}\` **${md(f.text)}** — ${md(f.message)} (${md(f.check)})`);
    if (card.unknownRoles.length > 0) {
      out.push('', `#### ${L.unknown}`, '');
      for (const u of card.unknownRoles) out.push(`- ${md(u.role)}: ${u.turns.map((t) => turnLabel(t)).join(', ')}`);
    }
    return out.join('\n');
  }
  const out: string[] = [head];
  for (const c of checks) {
    const extra = [c.critical && c.verdict === 'fail' ? L.critical : '', c.deducted > 0 ? L.deducted.replace('{n}', String(c.deducted)) : ''].filter(Boolean).join(' ');
    out.push(`${MARK[c.verdict]} ${line(c.title)} — ${line(c.reason)}${extra === '' ? '' : ` [${extra}]`}${c.sources.length === 0 ? '' : `  (${c.sources.join(', ')})`}`);
    if (c.verdict === 'fail') for (const e of c.evidence.slice(0, 5)) out.push(`    ${turnLabel(e.turn)} ${e.start}–${e.end}: ${line(e.text)}${e.note === undefined ? '' : `  ← ${line(e.note)}`}`);
  }
  if (card.unknownRoles.length > 0) out.push(`${L.unknown}: ${card.unknownRoles.map((u) => `${line(u.role)} (${u.turns.map((t) => turnLabel(t)).join(', ')})`).join('; ')}`);
  return out.join('\n');
}

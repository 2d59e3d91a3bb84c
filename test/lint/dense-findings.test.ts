// Findings at high match density (src/lint/linter.ts): a plain entry (no head, no context check)
// becomes a raw finding without reading its rule, findings are made by constructors rather than
// literals, and a finding's text is first compared with its entry's last one. None of that may
// change a finding: the same rules with an exception that never applies take the checked path,
// and must give the same findings; each finding is a plain object equal to its literal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLinter, type Finding } from '../../src/lint/index.js';
import type { Rule } from '../../src/schema/index.js';
import { fuzzRuns } from '../fuzz/fuzz.js';

const severities = ['error', 'warning', 'info'] as const;
/** Rules over a 6-letter alphabet (traditional and full-width forms in the text): dense, overlapping matches. */
const ALPHABET = '态度好吗请问';
const SPELLINGS: Record<string, readonly string[]> = { 态: ['态', '態'], 度: ['度'], 好: ['好'], 吗: ['吗', '嗎'], 请: ['请', '請'], 问: ['问', '問'] };
const literal = fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
const ruleList = fc.uniqueArray(literal, { minLength: 1, maxLength: 12 }).chain((patterns) =>
  fc.tuple(...patterns.map((p) => fc.tuple(fc.constant(p), fc.constantFrom(...severities)))),
);
const unit = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...ALPHABET).chain((c) => fc.constantFrom(...SPELLINGS[c]!)) },
  { weight: 1, arbitrary: fc.constantFrom('，', '。', ' ', '\u200b', 'Ａ', '的') },
);
const text = fc.array(unit, { maxLength: 80 }).map((a) => a.join(''));

const rulesOf = (list: ReadonlyArray<readonly [string, (typeof severities)[number]]>, checked: boolean): Rule[] =>
  list.map(([pattern, severity], i) => ({
    id: `r${i}`,
    severity,
    patterns: [pattern],
    message: { zh: `规则${i}`, en: `rule ${i}` },
    // (No text holds 龘: the exception never applies, but makes the rule contextual.)
    ...(checked ? { exceptions: [{ before: '龘' }] } : {}),
  }));

const asLiteral = (f: Finding) => ({ ...f });

describe('findings at high match density', () => {
  it('plain entries give the findings of the checked path (random dense texts, mixed severities, folding)', () => {
    fc.assert(
      fc.property(ruleList, fc.array(text, { minLength: 1, maxLength: 3 }), (list, texts) => {
        const plain = createLinter({ rules: rulesOf(list, false) });
        const checked = createLinter({ rules: rulesOf(list, true) });
        for (const t of texts) {
          for (const language of ['zh', 'en'] as const) {
            const a = plain.lint(t, { language });
            expect(a).toEqual(checked.lint(t, { language }));
            for (const f of a) expect(f.text).toBe(t.slice(f.start, f.end));
          }
          const turns = texts.map((x, i) => ({ role: i % 2 === 0 ? 'agent' : 'customer', text: x }));
          expect(plain.lint(turns)).toEqual(checked.lint(turns));
        }
      }),
      { numRuns: fuzzRuns(2) },
    );
  });

  it('a finding is a plain object: its fields in order, Object.prototype, as a literal', () => {
    const linter = createLinter({ rules: rulesOf([['态度', 'error'], ['好吗', 'warning']], false) });
    const [f, g] = linter.lint('態度好吗');
    expect(Object.getPrototypeOf(f)).toBe(Object.prototype);
    expect(Object.keys(f!)).toEqual(['ruleId', 'severity', 'start', 'end', 'text', 'message', 'suggestions']);
    expect(f).toStrictEqual({ ruleId: 'r0', severity: 'error', start: 0, end: 2, text: '態度', message: '规则0', suggestions: [] });
    expect(JSON.stringify(g)).toBe('{"ruleId":"r1","severity":"warning","start":2,"end":4,"text":"好吗","message":"规则1","suggestions":[]}');
    const [t] = linter.lint([{ role: 'agent', text: '态度' }]);
    expect(Object.getPrototypeOf(t)).toBe(Object.prototype);
    expect(Object.keys(t!)).toEqual(['ruleId', 'severity', 'start', 'end', 'text', 'message', 'suggestions', 'turn']);
    expect(t).toStrictEqual(asLiteral(t!));
    expect(t).toStrictEqual({ ruleId: 'r0', severity: 'error', start: 0, end: 2, text: '态度', message: '规则0', suggestions: [], turn: 0 });
  });

  it('the same rule found in other spellings reports each one as written', () => {
    const linter = createLinter({ rules: rulesOf([['态度', 'error']], false) });
    const found = linter.lint('态度，態度，态度。態\u200b度');
    expect(found.map((f) => [f.start, f.end, f.text])).toEqual([
      [0, 2, '态度'],
      [3, 5, '態度'],
      [6, 8, '态度'],
      [9, 12, '態\u200b度'],
    ]);
  });
});

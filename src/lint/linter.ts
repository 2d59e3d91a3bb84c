import { HuashuError } from '../errors/index.js';
import { coreRules } from '../generated/rules.js';
import type { Rule, Severity } from '../schema/index.js';
import { BOUNDARY, foldTable, NOISE } from '../text/internal.js';
import { buildAutomaton, foldPattern, scan, type Automaton } from './automaton.js';
import type { Finding, LintOptions, Linter, LinterOptions, Turn } from './types.js';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Most patterns a linter accepts (all rules together). */
export const MAX_PATTERNS = 200_000;

interface CompiledException {
  before: number[] | undefined;
  after: number[] | undefined;
}
interface CompiledRule {
  rule: Rule;
  rank: number;
  exceptions: CompiledException[];
}

/** Reads up to `n` folded units before `from` (nearest first); stops at clause punctuation. */
function endsWith(text: string, from: number, want: readonly number[], fold: Uint16Array): boolean {
  let k = want.length - 1;
  for (let i = from - 1; i >= 0 && k >= 0; i--) {
    const f = fold[text.charCodeAt(i)]!;
    if (f === NOISE) continue;
    if (f === BOUNDARY || f !== want[k]) return false;
    k--;
  }
  return k < 0;
}
function startsWith(text: string, from: number, want: readonly number[], fold: Uint16Array): boolean {
  let k = 0;
  for (let i = from; i < text.length && k < want.length; i++) {
    const f = fold[text.charCodeAt(i)]!;
    if (f === NOISE) continue;
    if (f === BOUNDARY || f !== want[k]) return false;
    k++;
  }
  return k === want.length;
}
/** Whether only noise lies between `from` and the clause's start (going back) or end (forward). */
function atClauseEdge(text: string, from: number, step: -1 | 1, fold: Uint16Array): boolean {
  for (let i = step < 0 ? from - 1 : from; i >= 0 && i < text.length; i += step) {
    const f = fold[text.charCodeAt(i)]!;
    if (f === BOUNDARY) return true;
    if (f !== NOISE) return false;
  }
  return true;
}

function compileRules(rules: readonly Rule[]): { automaton: Automaton; compiled: CompiledRule[]; patternRule: Int32Array } {
  const patterns: number[][] = [];
  const owners: number[] = [];
  const compiled: CompiledRule[] = rules.map((rule, r) => {
    rule.patterns.forEach((p, i) => {
      const units = foldPattern(p);
      if (units.length === 0) throw new HuashuError('INVALID_RULE', `Rule "${rule.id}": pattern ${i} ("${p}") is only punctuation or spaces, which matching ignores`);
      patterns.push(units);
      owners.push(r);
    });
    const exceptions = (rule.exceptions ?? []).map((e) => {
      const before = e.before === undefined ? undefined : foldPattern(e.before);
      const after = e.after === undefined ? undefined : foldPattern(e.after);
      return { before, after };
    });
    return { rule, rank: RANK[rule.severity], exceptions };
  });
  if (patterns.length > MAX_PATTERNS) throw new HuashuError('INVALID_RULE', `${patterns.length} patterns: a linter takes at most ${MAX_PATTERNS}`);
  return { automaton: buildAutomaton(patterns), compiled, patternRule: Int32Array.from(owners) };
}

/**
 * Compiles a rule set into a linter: one automaton for all patterns, built once and reused for
 * every call. Patterns are literal; matching folds traditional script, full width, case, and
 * ignores spaces, punctuation and zero-width characters between the characters.
 *
 * @param options - `rules` (default: the built-in ones), `extend` (add or replace by id), `disable` (ids)
 * @returns a {@link Linter}
 * @throws {@link HuashuError} `INVALID_RULE` when a pattern is empty after folding or the set is too large
 * @example
 * ```ts
 * const linter = createLinter({ disable: ['prefer-nin'] });
 * linter.lint('你看不懂中文吗？').map((f) => f.ruleId); //=> ['no-cant-you-read']
 * const custom = createLinter({
 *   rules: [{ id: 'no-jargon', severity: 'info', patterns: ['SKU'], message: { zh: '避免术语', en: 'Jargon' } }],
 * });
 * custom.lint('请提供ｓｋｕ号').map((f) => f.text); //=> ['ｓｋｕ']
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function createLinter(options: LinterOptions = {}): Linter {
  const byId = new Map<string, Rule>();
  for (const rule of options.rules ?? coreRules) byId.set(rule.id, rule);
  for (const rule of options.extend ?? []) byId.set(rule.id, rule);
  for (const id of options.disable ?? []) byId.delete(id);
  const rules = [...byId.values()];
  let state: ReturnType<typeof compileRules> | undefined;

  const lintText = (text: string, o: LintOptions, turn: number | undefined, found: Finding[]) => {
    state ??= compileRules(rules);
    const { automaton, compiled, patternRule } = state;
    const fold = foldTable();
    const min = RANK[o.minSeverity ?? 'info'];
    const en = o.language === 'en';
    const raw: Array<{ start: number; end: number; rule: CompiledRule }> = [];
    scan(automaton, text, (pattern, end) => {
      const rule = compiled[patternRule[pattern]!]!;
      if (rule.rank < min) return;
      // Walk back over the pattern's units (skipping noise) to the original start.
      let start = end;
      for (let n = automaton.lengths[pattern]!; n > 0; ) {
        start--;
        const f = fold[text.charCodeAt(start)]!;
        if (f !== NOISE && f !== BOUNDARY) n--;
      }
      const anchor = rule.rule.anchor;
      if (anchor !== undefined) {
        const s = atClauseEdge(text, start, -1, fold);
        const e = atClauseEdge(text, end, 1, fold);
        if (anchor === 'start' ? !s : anchor === 'end' ? !e : anchor === 'whole' ? !(s && e) : !(s || e)) return;
      }
      for (const ex of rule.exceptions) {
        if ((ex.before === undefined || endsWith(text, start, ex.before, fold)) && (ex.after === undefined || startsWith(text, end, ex.after, fold))) return;
      }
      raw.push({ start, end, rule });
    });
    // Drop findings inside a longer (or equal) one that is at least as severe.
    raw.sort((a, b) => a.start - b.start || b.end - a.end || b.rule.rank - a.rule.rank);
    const kept: typeof raw = [];
    for (const f of raw) {
      if (kept.some((k) => k.start <= f.start && f.end <= k.end && k.rule.rank >= f.rule.rank)) continue;
      kept.push(f);
    }
    for (const { start, end, rule } of kept) {
      const finding: Finding = {
        ruleId: rule.rule.id,
        severity: rule.rule.severity,
        start,
        end,
        text: text.slice(start, end),
        message: en ? rule.rule.message.en : rule.rule.message.zh,
        suggestions: rule.rule.suggestions ?? [],
        ...(turn === undefined ? {} : { turn }),
      };
      found.push(finding);
    }
  };

  function lint(input: string | readonly Turn[], o: LintOptions = {}): Finding[] {
    const found: Finding[] = [];
    if (typeof input === 'string') lintText(input, o, undefined, found);
    else if (Array.isArray(input)) {
      const roles = o.roles ?? ['agent'];
      input.forEach((t: Turn, i: number) => {
        if (typeof t?.text !== 'string') throw new HuashuError('INVALID_ARGUMENT', `lint: turn ${i} has no text (expected { role, text })`);
        if (roles.includes(t.role)) lintText(t.text, o, i, found);
      });
    } else throw new HuashuError('INVALID_ARGUMENT', 'lint: expected a string or an array of { role, text } turns');
    return found;
  }
  return { rules, lint: lint as Linter['lint'] };
}

let builtIn: Linter | undefined;

/**
 * Lints a text (or a transcript's agent turns) with the built-in rules: the phrases the
 * sources forbid (errors), discourage (warnings) and style notes (info). Each finding has
 * offsets into the original string, the rule, a message and phrases to say instead.
 *
 * @param input - a text, or `[{ role, text }]` turns (only `agent` turns by default)
 * @param options - message language, minimum severity, roles to lint
 * @returns the findings, in order of position
 * @example
 * ```ts
 * const [finding] = lint('喂，大声一点！');
 * finding?.ruleId; //=> 'no-wei'
 * lint('喂，大声一点！').map((f) => f.text); //=> ['喂', '大声一点']
 * lint('對不起，請您大聲一點，好嗎？'); //=> []
 * lint('這不是 我們的\u200b事').map((f) => [f.start, f.end]); //=> [[0, 9]]
 * ```
 */
export function lint(input: string, options?: LintOptions): Finding[];
export function lint(input: readonly Turn[], options?: LintOptions): Finding[];
export function lint(input: string | readonly Turn[], options?: LintOptions): Finding[] {
  builtIn ??= createLinter();
  return builtIn.lint(input as string, options);
}

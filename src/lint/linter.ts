import { HuashuError } from '../errors/huashu-error.js';
import { coreRules } from '../generated/rules.js';
import type { Rule, Severity } from '../schema/rule.js';
import { BOUNDARY, foldTable, NOISE } from '../text/fold.js';
import { buildAutomaton, scan, type Automaton } from './automaton.js';
import { atClauseEdge, compileExceptions, compileLiterals, excused, inScope, isQuestion, isQuoted, proximityStart, type CompiledException, type TurnPlace } from './semantics.js';
import type { Finding, LintOptions, Linter, LinterOptions, Turn } from './types.js';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Most patterns a linter accepts (all rules together). */
export const MAX_PATTERNS = 200_000;

interface CompiledRule {
  rule: Rule;
  rank: number;
  exceptions: CompiledException[];
}

function compileRules(rules: readonly Rule[]): {
  automaton: Automaton;
  compiled: CompiledRule[];
  patternRule: Int32Array;
  heads: Array<readonly number[] | undefined>;
  edges: Uint8Array;
} {
  const patterns: number[][] = [];
  const owners: number[] = [];
  const heads: Array<readonly number[] | undefined> = [];
  const edges: number[] = [];
  const compiled: CompiledRule[] = rules.map((rule, r) => {
    for (const literal of compileLiterals(rule)) {
      patterns.push([...literal.units]);
      heads.push(literal.head);
      edges.push(literal.edges);
      owners.push(r);
      if (patterns.length > MAX_PATTERNS) throw new HuashuError('INVALID_RULE', `more than ${MAX_PATTERNS} patterns (after expanding alternatives): a linter takes at most ${MAX_PATTERNS}`);
    }
    return { rule, rank: RANK[rule.severity], exceptions: compileExceptions(rule) };
  });
  return { automaton: buildAutomaton(patterns), compiled, patternRule: Int32Array.from(owners), heads, edges: Uint8Array.from(edges) };
}

/** A text linted on its own: no role, both the first and the last turn. */
const LONE_TEXT: TurnPlace = { role: undefined, first: true, last: true };

/**
 * The rule's semantics after a literal match at `[start, end)`: anchor, exceptions, question
 * form, quotation of the customer (see ./semantics.ts). Kept apart from the scanning loop.
 */
function accepts(rule: CompiledRule, text: string, start: number, end: number, fold: Uint16Array): boolean {
  const r = rule.rule;
  const anchor = r.anchor;
  if (anchor !== undefined) {
    const s = atClauseEdge(text, start, -1, fold);
    const e = atClauseEdge(text, end, 1, fold);
    if (anchor === 'start' ? !s : anchor === 'end' ? !e : anchor === 'whole' ? !(s && e) : !(s || e)) return false;
  }
  if (excused(text, start, end, rule.exceptions, fold)) return false;
  if (r.form !== undefined && isQuestion(text, end, fold) !== (r.form === 'question')) return false;
  if (r.quoted !== 'flag' && isQuoted(text, start, end, fold)) return false;
  return true;
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

  const lintText = (text: string, o: LintOptions, turn: number | undefined, found: Finding[], place: TurnPlace = LONE_TEXT) => {
    state ??= compileRules(rules);
    const { automaton, compiled, patternRule, heads, edges } = state;
    const profile = o.profile ?? options.profile ?? 'default';
    const fold = foldTable();
    const min = RANK[o.minSeverity ?? 'info'];
    const en = o.language === 'en';
    const raw: Array<{ start: number; end: number; rule: CompiledRule }> = [];
    scan(automaton, text, (pattern, end) => {
      const rule = compiled[patternRule[pattern]!]!;
      if (rule.rank < min || !inScope(rule.rule, place, profile)) return;
      // Walk back over the pattern's units (skipping noise) to the original start.
      let start = end;
      for (let n = automaton.lengths[pattern]!; n > 0; ) {
        start--;
        const f = fold[text.charCodeAt(start)]!;
        if (f !== NOISE && f !== BOUNDARY) n--;
      }
      const head = heads[pattern];
      if (head !== undefined) {
        start = proximityStart(text, start, head, rule.rule.within, fold);
        if (start < 0) return;
      }
      const edge = edges[pattern]!;
      if (edge !== 0 && (((edge & 1) !== 0 && !atClauseEdge(text, start, -1, fold)) || ((edge & 2) !== 0 && !atClauseEdge(text, end, 1, fold)))) return;
      if (!accepts(rule, text, start, end, fold)) return;
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
      let first = -1;
      let last = -1;
      input.forEach((t: Turn, i: number) => {
        if (typeof t?.text !== 'string') throw new HuashuError('INVALID_ARGUMENT', `lint: turn ${i} has no text (expected { role, text })`);
        if (roles.includes(t.role)) {
          if (first < 0) first = i;
          last = i;
        }
      });
      input.forEach((t: Turn, i: number) => {
        if (roles.includes(t.role)) lintText(t.text, o, i, found, { role: t.role, first: i === first, last: i === last });
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

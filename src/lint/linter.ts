import { HuashuError } from '../errors/index.js';
import { coreRules } from '../generated/rules.js';
import type { Rule } from '../schema/index.js';
import { BOUNDARY, foldTable, NOISE } from '../text/internal.js';
import { scan } from './automaton.js';
import { compileRules, RANK, type CompiledRule, type CompiledRules } from './compile.js';
import { TextAround, type Around } from './context.js';
import { byStartLongestFirst, keepOutermost, type RawFinding } from './overlaps.js';
import { serializeCompiled } from './serialize.js';
import { createStreamEngine } from './stream.js';
import type { Finding, LintOptions, LintStream, Linter, LinterOptions, Turn } from './types.js';

// ---------------------------------------------------------------------------------------------
// Rule semantics: whether a match stands in its surroundings (anchors, exception contexts).
// Both the whole-text scan and the stream ask this, through an {@link Around}.
// ---------------------------------------------------------------------------------------------

/** Whether the folded units before the match end with `want` (within the clause). */
function endsWith(around: Around, want: readonly number[]): boolean {
  for (let k = 1; k <= want.length; k++) if (around.before(k) !== want[want.length - k]) return false;
  return true;
}
/** Whether the folded units after the match start with `want` (within the clause). */
function startsWith(around: Around, want: readonly number[]): boolean {
  for (let k = 1; k <= want.length; k++) if (around.after(k) !== want[k - 1]) return false;
  return true;
}

/** Whether a match of `rule` stands: its anchor holds and no exception excuses it. */
function accepts(rule: CompiledRule, around: Around): boolean {
  const anchor = rule.rule.anchor;
  if (anchor !== undefined) {
    const s = around.before(1) === -1;
    const e = around.after(1) === -1;
    if (anchor === 'start' ? !s : anchor === 'end' ? !e : anchor === 'whole' ? !(s && e) : !(s || e)) return false;
  }
  for (const ex of rule.exceptions) {
    if ((ex.before === undefined || endsWith(around, ex.before)) && (ex.after === undefined || startsWith(around, ex.after))) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Engine: the scan of a whole text, and findings out of raw matches.
// ---------------------------------------------------------------------------------------------

/**
 * Every match of a whole text that stands, at most one per (pattern, end): the first rule
 * holding the pattern, by precedence, whose context accepts it (any other would be dropped by
 * the overlap filter, as equal and no more severe).
 */
function scanText(c: CompiledRules, text: string, minRank: number): RawFinding[] {
  const { automaton, rules, entryStart, entryRule } = c;
  const fold = foldTable();
  let around: TextAround | undefined; // made on the first match that needs it
  const raw: RawFinding[] = [];
  scan(automaton, text, (pattern, end) => {
    let start = -1;
    for (let e = entryStart[pattern]!, to = entryStart[pattern + 1]!; e < to; e++) {
      const rule = rules[entryRule[e]!]!;
      if (rule.rank < minRank) return;
      if (start < 0) {
        // Walk back over the pattern's units (skipping noise; a run of clause punctuation is
        // one clause mark) to the original start.
        start = end;
        for (let n = automaton.lengths[pattern]!, mark = false; n > 0; ) {
          const f = fold[text.charCodeAt(--start)]!;
          if (f === NOISE) continue;
          if (f !== BOUNDARY) n--;
          else if (!mark) n--;
          mark = f === BOUNDARY;
        }
      }
      if (rule.contextual && !accepts(rule, (around ??= new TextAround(fold)).reset(text, start, end))) continue;
      raw.push({ start, end, rank: rule.rank, rule: entryRule[e]! });
      return;
    }
  });
  return raw;
}

/** A finding as users see it. */
function toFinding(c: CompiledRules, f: RawFinding, text: string, en: boolean, turn: number | undefined): Finding {
  const { rule } = c.rules[f.rule]!;
  const message = en ? rule.message.en : rule.message.zh;
  const suggestions = rule.suggestions ?? [];
  // (Two literals rather than a spread: one shape each, built fast.)
  return turn === undefined
    ? { ruleId: rule.id, severity: rule.severity, start: f.start, end: f.end, text, message, suggestions }
    : { ruleId: rule.id, severity: rule.severity, start: f.start, end: f.end, text, message, suggestions, turn };
}

function minRankOf(o: LintOptions): number {
  const min = o.minSeverity ?? 'info';
  if (!Object.hasOwn(RANK, min)) throw new HuashuError('INVALID_ARGUMENT', `lint: minSeverity must be "error", "warning" or "info", not ${JSON.stringify(min)}`);
  return RANK[min];
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
  return linterOf([...byId.values()], undefined);
}

/** A linter over `rules`, with its compiled form when already built (loaded). */
/* @__NO_SIDE_EFFECTS__ */
export function linterOf(rules: readonly Rule[], prebuilt: CompiledRules | undefined): Linter {
  let state: CompiledRules | undefined = prebuilt;
  const compiled = () => (state ??= compileRules(rules));

  const lintText = (text: string, o: LintOptions, turn: number | undefined, found: Finding[]) => {
    const c = compiled();
    const raw = scanText(c, text, minRankOf(o));
    if (raw.length === 0) return;
    // Matches come in order of their end; most texts need no reordering.
    for (let i = 1; i < raw.length; i++) {
      if (byStartLongestFirst(raw[i - 1]!, raw[i]!) > 0) {
        raw.sort(byStartLongestFirst);
        break;
      }
    }
    const en = o.language === 'en';
    for (const f of keepOutermost(raw)) found.push(toFinding(c, f, text.slice(f.start, f.end), en, turn));
  };

  function stream(o: LintOptions = {}): LintStream {
    const c = compiled();
    const engine = createStreamEngine(c, accepts, minRankOf(o));
    const en = o.language === 'en';
    return {
      push: (chunk: string) => engine.push(chunk).map((f) => toFinding(c, f.raw, f.text, en, undefined)),
      end: () => engine.end().map((f) => toFinding(c, f.raw, f.text, en, undefined)),
    };
  }

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
  return { rules, lint: lint as Linter['lint'], stream, serialize: () => serializeCompiled(rules, compiled()) };
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

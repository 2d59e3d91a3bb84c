import { HuashuError } from '../errors/index.js';
import { coreRules, coreSuggestions } from '../generated/rules.js';
import type { Rule } from '../schema/index.js';
import { BOUNDARY, foldTable, NOISE } from '../text/internal.js';
import { hitList, scanHits } from './automaton.js';
import { compileRules, RANK, type CompiledRule, type CompiledRules } from './compile.js';
import { byStartLongestFirstAt, keep, overlapState, type RawFinding } from './overlaps.js';
import { atClauseEdge, exceptionReach, excused, inScope, isQuestion, isQuoted, proximityStart, type TurnPlace } from './semantics.js';
import { serializeCompiled } from './serialize.js';
import { createStreamEngine } from './stream.js';
import type { Finding, LintOptions, LintStream, Linter, LinterModel, LinterOptions, ModelSentence, Suggestion, Turn } from './types.js';

// ---------------------------------------------------------------------------------------------
// Rule semantics: whether a match stands in its surroundings (anchors, exception contexts).
// ---------------------------------------------------------------------------------------------

/**
 * Whether a match of `rule` at `[start, end)` of a whole text stands (see ./semantics.ts):
 * anchor and edges (spaces and emoji end clauses too), exceptions, question form, and the agent
 * quoting or confirming the customer.
 */
function acceptsText(rule: CompiledRule, text: string, start: number, end: number, back: number, ahead: number, fold: Uint16Array): boolean {
  const r = rule.rule;
  const anchor = r.anchor;
  if (anchor !== undefined || rule.edges !== 0) {
    const s = atClauseEdge(text, start, -1, fold);
    const e = atClauseEdge(text, end, 1, fold);
    if (anchor === 'start' ? !s : anchor === 'end' ? !e : anchor === 'whole' ? !(s && e) : anchor === 'either' ? !(s || e) : false) return false;
    if (((rule.edges & 1) !== 0 && !s) || ((rule.edges & 2) !== 0 && !e)) return false;
  }
  if (excused(text, start, end, rule.exceptions, back, ahead, fold)) return false;
  if (r.form !== undefined && isQuestion(text, end, fold) !== (r.form === 'question')) return false;
  if (r.quoted === 'skip' && isQuoted(text, start, end, fold)) return false;
  return true;
}

/** A text linted on its own: no role, both the first and the last turn. */
const LONE_TEXT: TurnPlace = { role: undefined, first: true, last: true };

// ---------------------------------------------------------------------------------------------
// Engine: the scan of a whole text, and findings out of raw matches.
// ---------------------------------------------------------------------------------------------

/** Per compiled rule set, how far each rule's exceptions read: back, ahead (see `exceptionReach`). */
const reaches = new WeakMap<CompiledRules, Int32Array>();
function reachOf(c: CompiledRules): Int32Array {
  let r = reaches.get(c);
  if (r === undefined) {
    r = new Int32Array(2 * c.rules.length);
    c.rules.forEach((rule, i) => r!.set(exceptionReach(rule.exceptions), 2 * i));
    reaches.set(c, r);
  }
  return r;
}

/**
 * Per compiled rule set, whether each rule is in scope for a lone text (no role, first and last
 * turn), by profile (default, strict): 0 not known yet, 1 in scope, 2 not (see `inScope`).
 */
const loneScopes = new WeakMap<CompiledRules, [Uint8Array, Uint8Array]>();
function loneScopeOf(c: CompiledRules, profile: 'default' | 'strict'): Uint8Array {
  let s = loneScopes.get(c);
  if (s === undefined) loneScopes.set(c, (s = [new Uint8Array(c.rules.length), new Uint8Array(c.rules.length)]));
  return s[profile === 'strict' ? 1 : 0];
}

/** The automaton's hits of the last scan (reused: no allocation per call once grown). */
const hits = hitList();
/** The findings of the last scan before the overlap filter, 4 cells each: start, end, rank, rule index. */
let raws = new Int32Array(256);

/**
 * Every match of a whole text that stands, at most one per (pattern, end): the first rule
 * holding the pattern, by precedence, whose context accepts it (any other would be dropped by
 * the overlap filter, as equal and no more severe). Returns how many; they are in {@link raws},
 * in order of their end.
 */
function scanRaw(c: CompiledRules, text: string, minRank: number, place: TurnPlace, profile: 'default' | 'strict'): number {
  const { automaton, rules, entryStart, entryRule } = c;
  const lengths = automaton.lengths;
  const fold = foldTable();
  const reach = reachOf(c);
  const scope = place === LONE_TEXT ? loneScopeOf(c, profile) : undefined;
  scanHits(automaton, text, hits);
  const found = hits.data;
  let cells = raws;
  let count = 0;
  next: for (let k = 0; k < hits.length; k += 2) {
    const pattern = found[k]!;
    const end = found[k + 1]!;
    let start = -1;
    let headRead = false;
    for (let e = entryStart[pattern]!, to = entryStart[pattern + 1]!; e < to; e++) {
      const rule = rules[entryRule[e]!]!;
      if (rule.rank < minRank) continue next;
      if (start < 0) {
        // Walk back over the pattern's units (skipping noise; a run of clause punctuation is
        // one clause mark) to the original start.
        start = end;
        for (let n = lengths[pattern]!, mark = false; n > 0; ) {
          const f = fold[text.charCodeAt(--start)]!;
          if (f === NOISE) continue;
          if (f !== BOUNDARY) n--;
          else if (!mark) n--;
          mark = f === BOUNDARY;
        }
      }
      const index = entryRule[e]!;
      if (scope === undefined) {
        if (!inScope(rule.rule, place, profile)) continue;
      } else {
        let known = scope[index]!;
        if (known === 0) scope[index] = known = inScope(rule.rule, place, profile) ? 1 : 2;
        if (known === 2) continue;
      }
      let from = start;
      if (rule.head !== undefined) {
        from = proximityStart(text, start, rule.head, rule.rule.within, fold, headRead);
        headRead = true;
        if (from < 0) continue;
      }
      if (rule.contextual && !acceptsText(rule, text, from, end, reach[2 * index]!, reach[2 * index + 1]!, fold)) continue;
      const x = count << 2;
      if (x + 4 > cells.length) {
        const bigger = new Int32Array(cells.length * 2);
        bigger.set(cells);
        raws = cells = bigger;
      }
      cells[x] = from;
      cells[x + 1] = end;
      cells[x + 2] = rule.rank;
      cells[x + 3] = index;
      count++;
      continue next;
    }
  }
  return count;
}

/** {@link scanRaw}'s findings as objects (for the stream, which keeps them across windows). */
function scanText(c: CompiledRules, text: string, minRank: number, place: TurnPlace, profile: 'default' | 'strict'): RawFinding[] {
  const count = scanRaw(c, text, minRank, place, profile);
  const out: RawFinding[] = [];
  for (let x = 0; x < count << 2; x += 4) out.push({ start: raws[x]!, end: raws[x + 1]!, rank: raws[x + 2]!, rule: raws[x + 3]! });
  return out;
}

/**
 * The indices of the `count` findings packed in `cells`, in {@link byStartLongestFirstAt} order
 * (stable). They arrive by end, out of order only where matches overlap: an insertion sort, unless
 * it has to move too many (then a full sort, O(n log n)).
 */
function sortedOrder(cells: Int32Array, count: number): Int32Array {
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  let budget = 8 * count;
  for (let i = 1; i < count; i++) {
    const v = order[i]!;
    let j = i;
    for (; j > 0 && byStartLongestFirstAt(cells, order[j - 1]!, v) > 0; j--) order[j] = order[j - 1]!;
    order[j] = v;
    budget -= i - j;
    if (budget < 0) {
      const all = Array.from({ length: count }, (_, k) => k).sort((a, b) => byStartLongestFirstAt(cells, a, b));
      return Int32Array.from(all);
    }
  }
  return order;
}

/** The suggestions of the rule at an index, resolved once per linter. */
type SuggestionsOf = (index: number, rule: Rule) => readonly Suggestion[];

const NONE: readonly Suggestion[] = Object.freeze([]);

/**
 * Resolves rules' suggestion references: from `table` (a phrasebook's catalogue), then the
 * built-in rules' table (resolved at build time), else the plain reference (never dropped).
 */
function suggestionsResolver(table: Readonly<Record<string, Suggestion>> | undefined): SuggestionsOf {
  const done: Array<readonly Suggestion[] | undefined> = [];
  return (index, rule) => {
    let out = done[index];
    if (out === undefined) {
      const refs = rule.suggestions ?? [];
      out = refs.length === 0 ? NONE : Object.freeze(refs.map((ref) => resolvedSuggestion(ref, table)));
      while (done.length < index) done.push(undefined);
      done[index] = out;
    }
    return out;
  };
}

function resolvedSuggestion(ref: string, table: Readonly<Record<string, Suggestion>> | undefined): Suggestion {
  if (table !== undefined && Object.hasOwn(table, ref)) return table[ref]!;
  const hash = ref.indexOf('#');
  const plain: Suggestion = hash < 0 ? { scenario: ref, needs: [] } : { scenario: ref.slice(0, hash), phrase: ref.slice(hash + 1), needs: [] };
  // The built-in table holds a ready text (a string) or the variables needed (a list).
  const core = Object.hasOwn(coreSuggestions, ref) ? coreSuggestions[ref] : undefined;
  if (core === undefined) return plain;
  return typeof core === 'string' ? { ...plain, text: core } : { ...plain, needs: core };
}

/** A finding as users see it (of the rule at `index` in the compiled set). */
function toFinding(c: CompiledRules, index: number, start: number, end: number, text: string, en: boolean, turn: number | undefined, suggest: SuggestionsOf): Finding {
  const { rule } = c.rules[index]!;
  const message = en ? rule.message.en : rule.message.zh;
  const suggestions = suggest(index, rule);
  // (Two literals rather than a spread: one shape each, built fast.)
  return turn === undefined
    ? { ruleId: rule.id, severity: rule.severity, start, end, text, message, suggestions }
    : { ruleId: rule.id, severity: rule.severity, start, end, text, message, suggestions, turn };
}

/** A learned model's sentence as a finding: `model-<theme>`, a warning, its score in the message. */
function modelFindingOf(s: ModelSentence, en: boolean, turn: number | undefined, suggestions: readonly Suggestion[]): Finding {
  const score = s.margin.toFixed(2);
  const message = en
    ? `Learned estimate (not a rule): this sentence reads as "${s.theme}" (score ${score}); say it the standard way.`
    : `学习模型的估计（非规则）：此句疑似「${s.theme}」类禁语（得分 ${score}），请改用规范用语。`;
  const f = { ruleId: `model-${s.theme}`, severity: 'warning' as const, start: s.start, end: s.end, text: s.text, message, suggestions };
  return turn === undefined ? f : { ...f, turn };
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
  return linterOf([...byId.values()], undefined, options.profile, options.suggestions, options.model);
}

/** A linter over `rules`, with its compiled form when already built (loaded). */
/* @__NO_SIDE_EFFECTS__ */
export function linterOf(
  rules: readonly Rule[],
  prebuilt: CompiledRules | undefined,
  profile: LintOptions['profile'] = 'default',
  table?: Readonly<Record<string, Suggestion>>,
  model?: LinterModel,
): Linter {
  const suggest = suggestionsResolver(table);
  // A learned model's sentences (src/lint-model): warnings after the rules' findings of a text.
  // (Suggestions: the first rule of the theme that has some; found once per theme.)
  const suggestModel = suggestionsResolver(table);
  const themeRule = new Map<string, number>();
  const modelFinding = (s: ModelSentence, en: boolean, turn: number | undefined): Finding => {
    let at = themeRule.get(s.theme);
    if (at === undefined) themeRule.set(s.theme, (at = rules.findIndex((r) => r.theme === s.theme && (r.suggestions?.length ?? 0) > 0)));
    return modelFindingOf(s, en, turn, at < 0 ? NONE : suggestModel(at, rules[at]!));
  };
  let state: CompiledRules | undefined = prebuilt;
  const compiled = () => (state ??= compileRules(rules));

  const lintText = (text: string, o: LintOptions, turn: number | undefined, found: Finding[], place: TurnPlace = LONE_TEXT) => {
    const c = compiled();
    const count = scanRaw(c, text, minRankOf(o), place, o.profile ?? profile);
    if (count === 0) return;
    const cells = raws;
    // Matches come in order of their end; most texts need no reordering (else an index, sorted
    // stably: the same order as sorting the findings).
    let order: Int32Array | undefined;
    for (let i = 1; i < count; i++) {
      if (byStartLongestFirstAt(cells, i - 1, i) > 0) {
        order = sortedOrder(cells, count);
        break;
      }
    }
    const en = o.language === 'en';
    const state = overlapState();
    for (let j = 0; j < count; j++) {
      const x = (order === undefined ? j : order[j]!) << 2;
      const start = cells[x]!;
      const end = cells[x + 1]!;
      if (keep(state, cells[x + 2]!, end)) found.push(toFinding(c, cells[x + 3]!, start, end, text.slice(start, end), en, turn, suggest));
    }
  };
  const lintTextAll = (text: string, o: LintOptions, turn: number | undefined, found: Finding[], place?: TurnPlace) => {
    lintText(text, o, turn, found, place);
    if (model !== undefined && minRankOf(o) <= RANK.warning) for (const s of model.scan(text)) found.push(modelFinding(s, o.language === 'en', turn));
  };

  function stream(o: LintOptions = {}): LintStream {
    const c = compiled();
    const minRank = minRankOf(o);
    const p = o.profile ?? profile;
    // The stream decides with the whole-text scan, over windows of the stream.
    const engine = createStreamEngine(c, (text) => scanText(c, text, minRank, LONE_TEXT, p));
    const en = o.language === 'en';
    // The model's sentences are scored as they end, and returned by `end` after the rules' last
    // findings: the order of `lint`.
    const scored: Finding[] = [];
    const scanner = model !== undefined && minRank <= RANK.warning ? model.scanner((s) => scored.push(modelFinding(s, en, undefined))) : undefined;
    return {
      push: (chunk: string) => {
        const out = engine.push(chunk).map((f) => toFinding(c, f.raw.rule, f.raw.start, f.raw.end, f.text, en, undefined, suggest));
        scanner?.push(chunk);
        return out;
      },
      end: () => {
        const out = engine.end().map((f) => toFinding(c, f.raw.rule, f.raw.start, f.raw.end, f.text, en, undefined, suggest));
        scanner?.end();
        return scored.length === 0 ? out : out.concat(scored);
      },
    };
  }

  function lint(input: string | readonly Turn[], o: LintOptions = {}): Finding[] {
    const found: Finding[] = [];
    if (typeof input === 'string') lintTextAll(input, o, undefined, found);
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
        if (roles.includes(t.role)) lintTextAll(t.text, o, i, found, { role: t.role, first: i === first, last: i === last });
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

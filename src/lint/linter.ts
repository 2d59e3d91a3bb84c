import { HuashuError } from '../errors/index.js';
import { coreRules, coreSuggestions } from '../generated/rules.js';
import type { Rule, Severity } from '../schema/index.js';
import { DEFAULT_WITHIN, EDGE_ACROSS, EDGE_END, EDGE_START } from '../schema/internal.js';
import { BOUNDARY, foldTable, NOISE } from '../text/internal.js';
import { HIT, hitList, patternAt, scanHits } from './automaton.js';
import { compileRules, RANK, ruleSetOf, type CompiledRule, type CompiledRules } from './compile.js';
import { byStartLongestFirstAt, keep, overlapState, type RawFinding } from './overlaps.js';
import { acrossStart, atClauseEdge, exceptionReach, excused, headIndex, headsNear, inScope, isQuestion, isQuoted, proximityStart, type HeadIndex, type TurnPlace } from './semantics.js';
import { serializeCompiled } from './serialize.js';
import { createStreamEngine } from './stream.js';
import type { Finding, LintOptions, LintStream, Linter, LinterModel, LinterOptions, ModelSentence, Suggestion, Turn } from './types.js';

// ---------------------------------------------------------------------------------------------
// Rule semantics: whether a match stands in its surroundings (anchors, exception contexts).
// ---------------------------------------------------------------------------------------------

/**
 * Per compiled rule set, what the checks after a match read of each rule, in one typed array (4
 * cells per rule: anchor, form, quoted, within), so that no check reads a rule object: rules
 * differ in shape (optional fields), and such reads are megamorphic.
 */
export const SHAPE = 4;
export const ANCHOR_CODE: Readonly<Record<string, number>> = { start: 1, end: 2, whole: 3, either: 4 };
export const FORM_CODE: Readonly<Record<string, number>> = { question: 1, statement: 2 };
/** The table of a compiled set: the loader's (made without rule objects) when it has one. */
function shapeTable(c: CompiledRules): Int32Array {
  if (c.shape !== undefined) return c.shape;
  const s = new Int32Array(SHAPE * c.rules.length);
  c.rules.forEach(({ rule }, i) => {
    s[SHAPE * i] = rule.anchor === undefined ? 0 : ANCHOR_CODE[rule.anchor]!;
    s[SHAPE * i + 1] = rule.form === undefined ? 0 : FORM_CODE[rule.form]!;
    s[SHAPE * i + 2] = rule.quoted === 'skip' ? 1 : 0;
    s[SHAPE * i + 3] = rule.within ?? DEFAULT_WITHIN;
  });
  return s;
}

/**
 * Whether a match of `rule` at `[start, end)` of a whole text stands (see ./semantics.ts):
 * anchor and edges (spaces and emoji end clauses too), exceptions, question form, and the agent
 * quoting or confirming the customer. `shape` and `at`: the rule's cells in {@link shapeTable}.
 */
function acceptsText(rule: CompiledRule, shape: Int32Array, at: number, text: string, start: number, end: number, back: number, ahead: number, fold: Uint16Array): boolean {
  const anchor = shape[at]!;
  if (anchor !== 0 || (rule.edges & (EDGE_START | EDGE_END)) !== 0) {
    const s = atClauseEdge(text, start, -1, fold);
    const e = atClauseEdge(text, end, 1, fold);
    if (anchor === 1 ? !s : anchor === 2 ? !e : anchor === 3 ? !(s && e) : anchor === 4 ? !(s || e) : false) return false;
    if (((rule.edges & EDGE_START) !== 0 && !s) || ((rule.edges & EDGE_END) !== 0 && !e)) return false;
  }
  if (excused(text, start, end, rule.exceptions, back, ahead, fold)) return false;
  const form = shape[at + 1]!;
  if (form !== 0 && isQuestion(text, end, fold) !== (form === 1)) return false;
  if (shape[at + 2] === 1 && isQuoted(text, start, end, fold)) return false;
  return true;
}

/** A text linted on its own: no role, both the first and the last turn. */
const LONE_TEXT: TurnPlace = { role: undefined, first: true, last: true };

// ---------------------------------------------------------------------------------------------
// Engine: the scan of a whole text, and findings out of raw matches.
// ---------------------------------------------------------------------------------------------

/**
 * What the engine derives from a compiled rule set, once (one lookup per lint call): each rule's
 * {@link shapeTable} cells, how far its exceptions read (back, ahead: see `exceptionReach`), the
 * fields findings copy ({@link RuleFacts}), and whether it is in scope for a lone text (no role,
 * first and last turn), by profile: 0 not known yet, 1 in scope, 2 not (see `inScope`).
 */
interface SetData {
  readonly shape: Int32Array;
  readonly reach: Int32Array;
  readonly facts: RuleFacts;
  readonly scopes: Map<string, Uint8Array>;
  readonly heads: HeadIndex;
  /** Per entry, its rank ({@link RANK}), so that the scan reads no rule object for it. */
  readonly ranks: Int32Array;
  /** Per entry, {@link PLAIN} when a match stands on its own (no head, no context check), else 0. */
  readonly kinds: Uint8Array;
}

/** An entry whose match is a finding as it is (no `A…B` head, not contextual): see {@link SetData.kinds}. */
const PLAIN = 1;

const derived = new WeakMap<CompiledRules, SetData>();
function dataOf(c: CompiledRules): SetData {
  let d = derived.get(c);
  if (d === undefined) {
    // (-1, -1: no exception, as `exceptionReach([])`; most rules have none.)
    const reach = new Int32Array(2 * c.rules.length).fill(-1);
    c.rules.forEach((rule, i) => rule.exceptions.length > 0 && reach.set(exceptionReach(rule.exceptions), 2 * i));
    const n = c.rules.length;
    const shape = shapeTable(c);
    const ranks = new Int32Array(n);
    const kinds = new Uint8Array(n);
    c.rules.forEach((rule, i) => {
      ranks[i] = rule.rank;
      kinds[i] = rule.head === undefined && !rule.contextual ? PLAIN : 0;
    });
    const facts: RuleFacts = { ids: new Array<string>(n), severities: new Array<Severity>(n), zh: new Array<string>(n), en: new Array<string>(n), texts: new Array<string>(n).fill('') };
    derived.set(c, (d = { shape, reach, facts, scopes: new Map(), heads: headIndex(c.entryStart, c.entryRule, c.rules, (r) => shape[SHAPE * r + 3]!, EDGE_ACROSS, (u) => patternAt(c.automaton, u)), ranks, kinds }));
  }
  return d;
}

/**
 * The scope cells of `d` for a lone text under a profile; undefined for a transcript's turn (its
 * rules' scopes are read per match: a key per turn would cost more than the few matches of a turn).
 */
function scopeOf(c: CompiledRules, d: SetData, place: TurnPlace, profile: 'default' | 'strict'): Uint8Array | undefined {
  if (place !== LONE_TEXT) return undefined;
  let s = d.scopes.get(profile);
  if (s === undefined) d.scopes.set(profile, (s = new Uint8Array(c.rules.length)));
  return s;
}

/**
 * Internal switch (not exported by the package): `headGroups: false` makes every match test its
 * `A…B` heads one entry at a time ({@link proximityStart}), as before {@link HeadIndex}; the
 * tests compare both ways.
 */
export const scanSwitches = { headGroups: true };

/** The overlap filter's memory of the last whole-text lint (reused). */
const lintState = overlapState();

/** The automaton's hits of the last scan (reused: no allocation per call once grown). */
const hits = hitList();
/** Per head group: the scan (`scans`) that last saw one of its heads, where it ended, the noise units before. */
let scans = 0;
let lastScan = new Int32Array(0);
let lastEnd = new Int32Array(0);
let lastNoise = new Int32Array(0);
/** Per entry of the pattern being checked (by place in its list): where its `A…B` head starts (see `headsNear`). */
let found = new Int32Array(16);
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
  const d = dataOf(c);
  const { reach, shape, heads, ranks, kinds } = d;
  const groupOf = heads.of;
  const grouped = scanSwitches.headGroups;
  const scope = scopeOf(c, d, place, profile);
  scanHits(automaton, text, hits);
  const matched = hits.data;
  if (found.length < heads.widest) found = new Int32Array(heads.widest);
  let cells = raws;
  let count = 0;
  const { tracked, headGroupStart, headGroups } = heads;
  const epoch = ++scans;
  if (lastScan.length < tracked.length) [lastScan, lastEnd, lastNoise] = [new Int32Array(tracked.length), new Int32Array(tracked.length), new Int32Array(tracked.length)];
  next: for (let k = 0; k < hits.length; k += HIT) {
    const pattern = matched[k]!;
    const end = matched[k + 1]!;
    const noise = matched[k + 2]!;
    // An `A…B` head: the latest one of each group it belongs to ends here.
    for (let q = headGroupStart[pattern]!, qe = headGroupStart[pattern + 1]!; q < qe; q++) {
      const g = headGroups[q]!;
      lastScan[g] = epoch;
      lastEnd[g] = end;
      lastNoise[g] = noise;
    }
    let start = -1;
    let headRead = false;
    const group = grouped ? groupOf[pattern]! : -1;
    const first = entryStart[pattern]!;
    if (group >= 0) {
      // One walk finds every `A…B` head of the pattern's entries (none, and all are such: all rejected).
      start = startOf(text, end, lengths[pattern]!, fold);
      // Unless no head of the group ends close enough before `start`: none at all in this text,
      // or the latest more than `gap` units before (its distance less the noise units read since).
      const e = lastScan[group] === epoch ? lastEnd[group]! : -1;
      if (tracked[group] === 1 && (e < 0 || (e <= start && start - e - (noise - lastNoise[group]!) > heads.gap[group]!))) {
        if (heads.all[group] === 1) continue;
        found.fill(-1, 0, entryStart[pattern + 1]! - first);
      } else if (!headsNear(text, start, heads, group, entryStart[pattern + 1]! - first, found, fold) && heads.all[group] === 1) continue;
    }
    for (let e = first, to = entryStart[pattern + 1]!; e < to; e++) {
      const index = entryRule[e]!;
      const rank = ranks[index]!;
      if (rank < minRank) continue next;
      if (scope === undefined) {
        if (!inScope(rules[index]!.rule, place, profile)) continue;
      } else {
        let known = scope[index]!;
        if (known === 0) scope[index] = known = inScope(rules[index]!.rule, place, profile) ? 1 : 2;
        if (known === 2) continue;
      }
      if (start < 0) start = startOf(text, end, lengths[pattern]!, fold);
      let from = start;
      if (kinds[index] !== PLAIN) {
        const rule = rules[index]!;
        if (rule.head !== undefined) {
          if ((rule.edges & EDGE_ACROSS) === 0) {
            if (group >= 0 && rule.head.length > 0) from = found[e - first]!;
            else {
              from = proximityStart(text, start, rule.head, shape[SHAPE * index + 3]!, fold, headRead);
              headRead = true;
            }
          } else from = acrossStart(text, start, rule.head, shape[SHAPE * index + 3]!, fold);
          if (from < 0) continue;
        }
        if (rule.contextual && !acceptsText(rule, shape, SHAPE * index, text, from, end, reach[2 * index]!, reach[2 * index + 1]!, fold)) continue;
      }
      const x = count << 2;
      if (x + 4 > cells.length) {
        const bigger = new Int32Array(cells.length * 2);
        bigger.set(cells);
        raws = cells = bigger;
      }
      cells[x] = from;
      cells[x + 1] = end;
      cells[x + 2] = rank;
      cells[x + 3] = index;
      count++;
      continue next;
    }
  }
  return count;
}

/**
 * Where a match ending at `end` starts: walks back over its `length` folded units (skipping
 * noise; a run of clause punctuation is one clause mark).
 */
function startOf(text: string, end: number, length: number, fold: Uint16Array): number {
  let start = end;
  for (let n = length, mark = false; n > 0; ) {
    const f = fold[text.charCodeAt(--start)]!;
    if (f === NOISE) continue;
    if (f !== BOUNDARY) n--;
    else if (!mark) n--;
    mark = f === BOUNDARY;
  }
  return start;
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

/**
 * The suggestions of a linter's rules, by index in its compiled set, each resolved once (see
 * {@link suggestionsOf}). A plain object read by module functions, not a closure per linter: the
 * findings loop ({@link findingsOf}) is shared by every linter, and reads the cache directly
 * rather than calling through a different closure per linter at each finding.
 */
interface Suggester {
  readonly table: Readonly<Record<string, Suggestion>> | undefined;
  readonly done: Array<readonly Suggestion[] | undefined>;
}

const NONE: readonly Suggestion[] = Object.freeze([]);

/** An empty {@link Suggester} resolving references with `table` (see {@link suggestionsOf}). */
function suggester(table: Readonly<Record<string, Suggestion>> | undefined): Suggester {
  return { table, done: [] };
}

/**
 * The suggestions of the rule at `index` of `rules`, resolved once per {@link Suggester}: each
 * reference from `table` (a phrasebook's catalogue), then the built-in rules' table (resolved at
 * build time), else the plain reference (never dropped).
 */
function suggestionsOf(s: Suggester, index: number, rules: readonly CompiledRule[]): readonly Suggestion[] {
  const done = s.done;
  let out = done[index];
  if (out === undefined) {
    const refs = rules[index]!.rule.suggestions ?? [];
    out = refs.length === 0 ? NONE : Object.freeze(refs.map((ref) => resolvedSuggestion(ref, s.table)));
    while (done.length < index) done.push(undefined);
    done[index] = out;
  }
  return out;
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

/**
 * What a finding copies from its rule, per compiled rule set, in arrays of one shape: rules
 * differ in shape (optional fields), so reading `rule.id` per finding is a megamorphic load.
 * Filled per rule at its first finding (a loaded linter builds a rule object only when needed).
 */
interface RuleFacts {
  readonly ids: string[];
  readonly severities: Severity[];
  readonly zh: string[];
  readonly en: string[];
  /**
   * The text of the entry's last finding when short (see {@link spanText}): the same phrase
   * found again is compared with it, unit by unit, before any hashing.
   */
  readonly texts: string[];
}
/**
 * The texts of recent findings, by a hash of their units: a text found again (the same phrase,
 * written the same way) is the same string, not a new copy. Only short texts (V8 copies a slice
 * under 13 units; a longer one is a view that would keep the whole input alive here).
 */
const recentTexts: string[] = new Array<string>(512).fill('');
const SHORT_TEXT = 12;

/**
 * `text.slice(start, end)` for a finding of the entry at `index`: its last text ({@link
 * RuleFacts.texts}) when equal, else from {@link recentTexts} when there.
 */
function spanText(f: RuleFacts, index: number, text: string, start: number, end: number): string {
  const length = end - start;
  if (length > SHORT_TEXT) return text.slice(start, end);
  const last = f.texts[index]!;
  if (last.length === length) {
    let i = 0;
    while (i < length && last.charCodeAt(i) === text.charCodeAt(start + i)) i++;
    if (i === length) return last;
  }
  return (f.texts[index] = recentText(text, start, end, length));
}

/** `text.slice(start, end)` (of `length` ≤ {@link SHORT_TEXT} units), from {@link recentTexts} when there. */
function recentText(text: string, start: number, end: number, length: number): string {
  let h = length;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const slot = (h ^ (h >>> 15)) & 511;
  const known = recentTexts[slot]!;
  if (known.length === length) {
    let i = 0;
    while (i < length && known.charCodeAt(i) === text.charCodeAt(start + i)) i++;
    if (i === length) return known;
  }
  return (recentTexts[slot] = text.slice(start, end));
}

/** A finding as users see it (of the rule at `index` in the compiled set). */
function toFinding(c: CompiledRules, f: RuleFacts, index: number, start: number, end: number, text: string, en: boolean, turn: number | undefined, suggest: Suggester): Finding {
  if (f.ids[index] === undefined) {
    const rule = c.rules[index]!.rule;
    f.ids[index] = rule.id;
    f.severities[index] = rule.severity;
    f.zh[index] = rule.message.zh;
    f.en[index] = rule.message.en;
  }
  const message = en ? f.en[index]! : f.zh[index]!;
  const suggestions = suggest.done[index] ?? suggestionsOf(suggest, index, c.rules);
  // (Two constructors rather than one with an optional field: one shape each, built fast.)
  return turn === undefined
    ? new LoneFinding(f.ids[index]!, f.severities[index]!, start, end, text, message, suggestions)
    : new TurnFinding(f.ids[index]!, f.severities[index]!, start, end, text, message, suggestions, turn);
}

/**
 * Findings are made by constructors whose `prototype` is `Object.prototype`: the same plain
 * objects an object literal makes (own fields in the same order, the same prototype), but with
 * no allocation site. V8 moves a literal's allocation site to the old generation ("pretenures"
 * it) once most of its objects outlive a young-generation GC — which findings do while a long
 * text with many of them is linted — and from then on every finding of every later call is
 * allocated in the old generation, each field behind a write barrier, and freed only by a full
 * GC: 100 rules at high density linted 3× slower after a lint with the built-in rules had
 * tripped it (measured: 10 ms vs 3.3 ms per MB). A constructed object has no such site.
 */
type FindingFields = { -readonly [K in keyof Finding]: Finding[K] };
type FindingMaker = new (ruleId: string, severity: Severity, start: number, end: number, text: string, message: string, suggestions: readonly Suggestion[], turn?: number) => Finding;
/* @__NO_SIDE_EFFECTS__ */
function plainObjects(make: (this: FindingFields, ...args: never[]) => void): FindingMaker {
  make.prototype = Object.prototype;
  return make as unknown as FindingMaker;
}
const LoneFinding = /* @__PURE__ */ plainObjects(function (this: FindingFields, ruleId: string, severity: Severity, start: number, end: number, text: string, message: string, suggestions: readonly Suggestion[]) {
  this.ruleId = ruleId;
  this.severity = severity;
  this.start = start;
  this.end = end;
  this.text = text;
  this.message = message;
  this.suggestions = suggestions;
});
const TurnFinding = /* @__PURE__ */ plainObjects(function (this: FindingFields, ruleId: string, severity: Severity, start: number, end: number, text: string, message: string, suggestions: readonly Suggestion[], turn: number) {
  this.ruleId = ruleId;
  this.severity = severity;
  this.start = start;
  this.end = end;
  this.text = text;
  this.message = message;
  this.suggestions = suggestions;
  this.turn = turn;
});

/**
 * The findings of the `count` matches of the last {@link scanRaw} of `text` (in {@link raws}),
 * through the overlap filter, appended to `found`. A module function taking everything it reads
 * as arguments: one shape at each of its reads whichever linter calls it.
 */
function findingsOf(c: CompiledRules, count: number, text: string, en: boolean, turn: number | undefined, found: Finding[], suggest: Suggester): void {
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
  const facts = dataOf(c).facts;
  const state = lintState.fill(-1);
  for (let j = 0; j < count; j++) {
    const x = (order === undefined ? j : order[j]!) << 2;
    const start = cells[x]!;
    const end = cells[x + 1]!;
    if (keep(state, cells[x + 2]!, end)) found.push(toFinding(c, facts, cells[x + 3]!, start, end, spanText(facts, cells[x + 3]!, text, start, end), en, turn, suggest));
  }
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
  return linterOf(ruleSetOf(options.rules ?? coreRules, options.extend ?? [], options.disable ?? []), undefined, options.profile, options.suggestions, options.model);
}

/**
 * A linter over `rules`, with its compiled form when already built (loaded). `rules` may be a
 * function that lists them (a loaded linter's, built on first use): called once, when
 * `linter.rules` is first read.
 */
/* @__NO_SIDE_EFFECTS__ */
export function linterOf(
  ruleList: readonly Rule[] | (() => readonly Rule[]),
  prebuilt: CompiledRules | undefined,
  profile: LintOptions['profile'] = 'default',
  table?: Readonly<Record<string, Suggestion>>,
  model?: LinterModel,
): Linter {
  let listed: readonly Rule[] | undefined = typeof ruleList === 'function' ? undefined : ruleList;
  const rulesOf = () => (listed ??= (ruleList as () => readonly Rule[])());
  const suggest = suggester(table);
  // A learned model's sentences (src/lint-model): warnings after the rules' findings of a text.
  // (Suggestions: the first rule of the theme that has some, found once per theme, resolved by
  // the same resolver as that rule's own findings.)
  const themeRule = new Map<string, number>();
  const modelFinding = (s: ModelSentence, en: boolean, turn: number | undefined): Finding => {
    const c = compiled();
    let at = themeRule.get(s.theme);
    if (at === undefined) themeRule.set(s.theme, (at = c.rules.findIndex(({ rule: r }) => r.theme === s.theme && (r.suggestions?.length ?? 0) > 0)));
    return modelFindingOf(s, en, turn, at < 0 ? NONE : suggestionsOf(suggest, at, c.rules));
  };
  let state: CompiledRules | undefined = prebuilt;
  const compiled = () => (state ??= compileRules(rulesOf()));

  const lintText = (text: string, o: LintOptions, turn: number | undefined, found: Finding[], place: TurnPlace = LONE_TEXT) => {
    const c = compiled();
    const count = scanRaw(c, text, minRankOf(o), place, o.profile ?? profile);
    if (count !== 0) findingsOf(c, count, text, o.language === 'en', turn, found, suggest);
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
    const facts = dataOf(c).facts;
    const en = o.language === 'en';
    // The model's sentences are scored as they end, and returned by `end` after the rules' last
    // findings: the order of `lint`.
    const scored: Finding[] = [];
    const scanner = model !== undefined && minRank <= RANK.warning ? model.scanner((s) => scored.push(modelFinding(s, en, undefined))) : undefined;
    return {
      push: (chunk: string) => {
        const out = engine.push(chunk).map((f) => toFinding(c, facts, f.raw.rule, f.raw.start, f.raw.end, f.text, en, undefined, suggest));
        scanner?.push(chunk);
        return out;
      },
      end: () => {
        const out = engine.end().map((f) => toFinding(c, facts, f.raw.rule, f.raw.start, f.raw.end, f.text, en, undefined, suggest));
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
  return {
    get rules() {
      return rulesOf();
    },
    lint: lint as Linter['lint'],
    stream,
    serialize: () => serializeCompiled(rulesOf(), compiled()),
  };
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

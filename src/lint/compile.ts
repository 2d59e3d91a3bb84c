/**
 * Compiling a rule set for the engine: the limits checked, patterns folded and deduplicated
 * (one automaton pattern per distinct folded text, however many rules or times it is written),
 * and for each distinct pattern the rules holding it, in the order they take precedence.
 */
import { HuashuError } from '../errors/index.js';
import type { Rule, Severity } from '../schema/index.js';
import { foldLiteral, foldPatternUnits, ruleSetIssues } from '../schema/internal.js';
import { BOUNDARY } from '../text/internal.js';
import { buildAutomaton, type Automaton } from './automaton.js';
import { expandPattern, isPlainPattern } from '../schema/internal.js';

/** Severity → rank (higher is more severe). */
export const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** An exception context, folded: each field holds the literals it may be (alternatives, slots). */
export interface CompiledException {
  readonly before: ReadonlyArray<readonly number[]> | undefined;
  readonly after: ReadonlyArray<readonly number[]> | undefined;
  readonly earlier: ReadonlyArray<readonly number[]> | undefined;
  readonly later: ReadonlyArray<readonly number[]> | undefined;
}

/** How far `earlier`/`later` contexts look inside the clause (folded units). */
export const CONTEXT_WINDOW = 16;

/**
 * A rule ready for matching, for one shape of its patterns: a rule whose patterns have `A…B`
 * heads or `^`/`$` edges compiles into one entry per distinct (head, edges) pair.
 */
export interface CompiledRule {
  readonly rule: Rule;
  readonly rank: number;
  readonly exceptions: readonly CompiledException[];
  /** Whether a match must be checked against its surroundings (anchor, exceptions, edges, head…). */
  readonly contextual: boolean;
  /** Folded units after a match this rule may read (longest `after`, 1 for an end anchor). */
  readonly right: number;
  /** The folded head of an `A…B` pattern (A), which must end within `within` units before B. */
  readonly head: readonly number[] | undefined;
  /** Clause edges the match must touch: bit 1 its start (`^`), bit 2 its end (`$`). */
  readonly edges: number;
}

/** A compiled rule set. */
export interface CompiledRules {
  readonly automaton: Automaton;
  readonly rules: readonly CompiledRule[];
  /** Distinct pattern `p` is held by rules `entryRule[entryStart[p] … entryStart[p + 1] - 1]`. */
  readonly entryStart: Int32Array;
  /** Rule indices, per pattern by precedence: the more severe first, then the earlier rule. */
  readonly entryRule: Int32Array;
  /** Per distinct pattern: the most folded units after a match its rules may read. */
  readonly right: Int32Array;
}

/** Every form of a pattern with each clause mark in it present or absent (at most 2^3). */
function withAndWithoutBreaks(units: readonly number[]): number[][] {
  let forms: number[][] = [[]];
  for (const u of units) {
    if (u === BOUNDARY) forms = forms.flatMap((f) => [f, [...f, u]]);
    else for (const f of forms) f.push(u);
  }
  return forms;
}

/** Compiles rules, throwing `INVALID_RULE` (naming the rule and the pattern) past any limit. */
export function compileRules(rules: readonly Rule[]): CompiledRules {
  const prepared = prepareRules(rules);
  return { ...prepared, automaton: buildAutomaton(prepared.patterns) };
}

/** A rule set ready for its automaton: everything {@link CompiledRules} holds but the automaton. */
export interface PreparedRules extends Omit<CompiledRules, 'automaton'> {
  /** The distinct folded patterns, in the automaton's pattern order. */
  readonly patterns: readonly (readonly number[])[];
}

/**
 * Checks the limits (unless `checked`: the rules passed `rulesSchema`, which checks the same),
 * folds and deduplicates the patterns, orders each pattern's rules.
 */
export function prepareRules(rules: readonly Rule[], { checked = false }: { checked?: boolean } = {}): PreparedRules {
  const [issue] = checked ? [] : ruleSetIssues(rules);
  if (issue !== undefined) throw new HuashuError('INVALID_RULE', `rules[${issue.path.join('][')}]: ${issue.message}`);
  // One compiled entry per rule and (head, edges) shape of its patterns, in rule order.
  const compiled: CompiledRule[] = [];
  const index = new Map<string, number>();
  const patterns: number[][] = [];
  const holders: number[][] = [];
  rules.forEach((rule) => {
    const exceptions = (rule.exceptions ?? []).map((e) => ({
      before: contextLiterals(e.before),
      after: contextLiterals(e.after),
      earlier: contextLiterals(e.earlier),
      later: contextLiterals(e.later),
    }));
    let right = rule.anchor === undefined || rule.anchor === 'start' ? 0 : 1;
    for (const e of exceptions) {
      for (const a of e.after ?? []) right = Math.max(right, a.length);
      if (e.later !== undefined) right = Math.max(right, CONTEXT_WINDOW + Math.max(...e.later.map((l) => l.length)));
    }
    const shapes = new Map<string, number>();
    const entryOf = (head: readonly number[] | undefined, edges: number): number => {
      const key = `${edges}:${head === undefined ? '' : String.fromCharCode(...head)}`;
      let r = shapes.get(key);
      if (r === undefined) {
        r = compiled.length;
        shapes.set(key, r);
        const contextual = rule.anchor !== undefined || exceptions.length > 0 || head !== undefined || edges !== 0 || rule.form !== undefined || rule.quoted === 'skip';
        compiled.push({ rule, rank: RANK[rule.severity], exceptions, contextual, right: Math.max(right, edges & 2 ? 1 : 0), head, edges });
      }
      return r;
    };
    for (const p of rule.patterns) {
      const expanded = isPlainPattern(p) ? { ok: true as const, variants: [{ head: '', tail: p }] } : expandPattern(p);
      if (!expanded.ok) continue; // reported by ruleSetIssues above
      for (const v of expanded.variants as ReadonlyArray<{ head: string; tail: string; start?: true; end?: true }>) {
        const r = entryOf(v.head === '' ? undefined : foldLiteral(v.head), (v.start ? 1 : 0) | (v.end ? 2 : 0));
        for (const units of withAndWithoutBreaks(foldPatternUnits(v.tail))) {
          const key = String.fromCharCode(...units);
          let k = index.get(key);
          if (k === undefined) {
            k = patterns.length;
            index.set(key, k);
            patterns.push(units);
            holders.push([]);
          }
          const h = holders[k]!;
          if (!h.includes(r)) h.push(r);
        }
      }
    }
  });
  const entryStart = new Int32Array(patterns.length + 1);
  const entryRule: number[] = [];
  const right = new Int32Array(patterns.length);
  holders.forEach((h, k) => {
    h.sort((a, b) => compiled[b]!.rank - compiled[a]!.rank || a - b);
    for (const r of h) {
      entryRule.push(r);
      right[k] = Math.max(right[k]!, compiled[r]!.right);
    }
    entryStart[k + 1] = entryRule.length;
  });
  return { patterns, rules: compiled, entryStart, entryRule: Int32Array.from(entryRule), right };
}

/** The folded literals of an exception context (its alternatives and slots expanded). */
function contextLiterals(context: string | undefined): Array<readonly number[]> | undefined {
  if (context === undefined) return undefined;
  const expanded = expandPattern(context);
  return expanded.ok ? expanded.variants.map((v) => foldLiteral(v.tail)) : [];
}

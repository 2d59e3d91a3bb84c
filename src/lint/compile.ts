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

/** Severity → rank (higher is more severe). */
export const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** An exception context, folded. */
export interface CompiledException {
  readonly before: readonly number[] | undefined;
  readonly after: readonly number[] | undefined;
}

/** A rule ready for matching. */
export interface CompiledRule {
  readonly rule: Rule;
  readonly rank: number;
  readonly exceptions: readonly CompiledException[];
  /** Whether a match must be checked against its surroundings (anchor or exceptions). */
  readonly contextual: boolean;
  /** Folded units after a match this rule may read (longest `after`, 1 for an end anchor). */
  readonly right: number;
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
  const compiled: CompiledRule[] = rules.map((rule) => {
    const exceptions = (rule.exceptions ?? []).map((e) => ({
      before: e.before === undefined ? undefined : foldLiteral(e.before),
      after: e.after === undefined ? undefined : foldLiteral(e.after),
    }));
    let right = rule.anchor === undefined || rule.anchor === 'start' ? 0 : 1;
    for (const e of exceptions) right = Math.max(right, e.after?.length ?? 0);
    return { rule, rank: RANK[rule.severity], exceptions, contextual: rule.anchor !== undefined || exceptions.length > 0, right };
  });
  // Distinct folded patterns, and which rules hold each (once per rule).
  const index = new Map<string, number>();
  const patterns: number[][] = [];
  const holders: number[][] = [];
  compiled.forEach(({ rule }, r) => {
    for (const p of rule.patterns) {
      for (const units of withAndWithoutBreaks(foldPatternUnits(p))) {
        const key = String.fromCharCode(...units);
        let k = index.get(key);
        if (k === undefined) {
          k = patterns.length;
          index.set(key, k);
          patterns.push(units);
          holders.push([]);
        }
        const h = holders[k]!;
        if (h[h.length - 1] !== r) h.push(r);
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

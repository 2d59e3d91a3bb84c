/**
 * Limits on lint rules, so that a pack from a stranger cannot make linting slow: each is
 * checked when a pack is validated (with the path of what is wrong) and again when a linter is
 * compiled (for rules built in code).
 */
import { describePatternIssue, expandPattern, isPlainPattern } from './pattern.js';
import { BOUNDARY, foldTable, NOISE } from '../text/internal.js';

/** The longest literal a pattern or context may expand into (characters). */
export const MAX_PATTERN_LENGTH = 64;
/** The longest pattern or context as written, operators included (characters). */
export const MAX_PATTERN_SOURCE_LENGTH = 200;

/**
 * The literals a pattern (or context) stands for, each as `[head, tail]` (`head` is '' unless
 * the pattern has an `A…B` gap), or the pattern language's complaint about it.
 */
export function patternLiterals(pattern: string): { literals: Array<[string, string]> } | { error: string } {
  if (isPlainPattern(pattern)) {
    if (pattern.length > MAX_PATTERN_LENGTH) return { error: describePatternIssue(pattern, { kind: 'too-long', length: pattern.length }) };
    return { literals: [['', pattern]] };
  }
  const expanded = expandPattern(pattern);
  if (!expanded.ok) return { error: describePatternIssue(pattern, expanded.issue) };
  return { literals: expanded.variants.map((v) => [v.head, v.tail]) };
}
/** Most patterns in one rule. */
export const MAX_PATTERNS_PER_RULE = 1000;
/** Most exception contexts in one rule. */
export const MAX_EXCEPTIONS_PER_RULE = 200;
/** Most patterns in one rule set (a pack's rules, or all the rules a linter compiles). */
export const MAX_PATTERNS = 100_000;
/**
 * Most context checks one match can cost: over all the rules holding the same pattern (after
 * folding), the exceptions plus one per anchored or excepted rule.
 */
export const MAX_CHECKS_PER_PATTERN = 256;

/** The folded units of a literal: matching ignores noise and clause punctuation. */
export function foldLiteral(text: string): number[] {
  const fold = foldTable();
  const units: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = fold[text.charCodeAt(i)]!;
    if (f !== NOISE && f !== BOUNDARY) units.push(f);
  }
  return units;
}

/** A pattern's literals, or undefined when it is too long to expand. */
const literalsOf = (p: string) => (p.length > MAX_PATTERN_SOURCE_LENGTH ? undefined : patternLiterals(p));

/** Most clause marks inside one pattern (each may be there or not: 2^n literal forms). */
export const MAX_BREAKS_PER_PATTERN = 3;

/**
 * The folded units of a pattern: like {@link foldLiteral}, but clause punctuation inside it
 * (一分钱，一分货) is kept as one {@link BOUNDARY} unit per run: there, and only there, a match may
 * cross clause punctuation. Punctuation at either end is dropped.
 */
export function foldPatternUnits(text: string): number[] {
  const fold = foldTable();
  const units: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = fold[text.charCodeAt(i)]!;
    if (f === NOISE) continue;
    if (f === BOUNDARY && (units.length === 0 || units[units.length - 1] === BOUNDARY)) continue;
    units.push(f);
  }
  if (units[units.length - 1] === BOUNDARY) units.pop();
  return units;
}

const shapeOut = { letters: 0, marks: 0 };
/**
 * How many units a literal folds to (as {@link foldLiteral}) and how many clause marks it holds
 * (as {@link foldPatternUnits}), without building either. (One shared result: read it at once.)
 */
function literalShape(text: string): { readonly letters: number; readonly marks: number } {
  const fold = foldTable();
  let letters = 0;
  let marks = 0;
  let mark = false;
  for (let i = 0; i < text.length; i++) {
    const f = fold[text.charCodeAt(i)]!;
    if (f === NOISE) continue;
    if (f === BOUNDARY) mark = letters > 0;
    else {
      if (mark) marks++;
      mark = false;
      letters++;
    }
  }
  shapeOut.letters = letters;
  shapeOut.marks = marks;
  return shapeOut;
}

/** A problem with a rule set: where (a path into the rules array) and what. */
export interface RuleLimitIssue {
  /**
   * `empty`: a literal folds to nothing; `marks`: too many clause marks in a pattern; `size`: a
   * length or count over its limit (the schema's shape checks these for one rule).
   */
  readonly kind: 'empty' | 'marks' | 'size' | 'syntax';
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}

/** The shape of a rule these checks read (validated or not). */
interface RuleLike {
  readonly id: string;
  readonly patterns: readonly string[];
  readonly exceptions?:
    | ReadonlyArray<{ readonly before?: string | undefined; readonly after?: string | undefined; readonly earlier?: string | undefined; readonly later?: string | undefined; readonly sentence?: string | undefined }>
    | undefined;
  readonly anchor?: string | undefined;
}

const EMPTY = 'is only punctuation or spaces, which matching ignores';

/**
 * Problems within one rule: lengths, counts, literals that fold to nothing. `literals`: each
 * pattern's {@link patternLiterals} (undefined when too long), when the caller has them already.
 */
export function ruleIssues(rule: RuleLike, literals = rule.patterns.map(literalsOf)): RuleLimitIssue[] {
  const issues: RuleLimitIssue[] = [];
  if (rule.patterns.length > MAX_PATTERNS_PER_RULE) issues.push({ kind: 'size', path: ['patterns'], message: `${rule.patterns.length} patterns: a rule holds at most ${MAX_PATTERNS_PER_RULE}` });
  rule.patterns.forEach((p, i) => {
    const expanded = literals[i];
    if (expanded === undefined) {
      issues.push({ kind: 'size', path: ['patterns', i], message: `pattern ${i} has ${p.length} characters: at most ${MAX_PATTERN_SOURCE_LENGTH}` });
      return;
    }
    if ('error' in expanded) {
      issues.push({ kind: 'syntax', path: ['patterns', i], message: expanded.error });
      return;
    }
    for (const [head, tail] of expanded.literals) {
      const { letters, marks } = literalShape(tail);
      if (letters === 0 || (head !== '' && literalShape(head).letters === 0)) {
        issues.push({ kind: 'empty', path: ['patterns', i], message: `pattern ${i} ("${p}") ${EMPTY}` });
        return;
      }
      if (marks > MAX_BREAKS_PER_PATTERN) {
        issues.push({ kind: 'marks', path: ['patterns', i], message: `pattern ${i} ("${p}") has clause punctuation at more than ${MAX_BREAKS_PER_PATTERN} places` });
        return;
      }
    }
  });
  const exceptions = rule.exceptions ?? [];
  if (exceptions.length > MAX_EXCEPTIONS_PER_RULE) issues.push({ kind: 'size', path: ['exceptions'], message: `${exceptions.length} exceptions: a rule holds at most ${MAX_EXCEPTIONS_PER_RULE}` });
  exceptions.forEach((e, i) => {
    for (const side of ['before', 'after', 'earlier', 'later', 'sentence'] as const) {
      const c = e[side];
      if (c === undefined) continue;
      const expanded = c.length > MAX_PATTERN_SOURCE_LENGTH ? undefined : patternLiterals(c);
      if (expanded === undefined) issues.push({ kind: 'size', path: ['exceptions', i, side], message: `exception ${i} "${side}" has ${c.length} characters: at most ${MAX_PATTERN_SOURCE_LENGTH}` });
      else if ('error' in expanded) issues.push({ kind: 'syntax', path: ['exceptions', i, side], message: `exception ${i} "${side}": ${expanded.error}` });
      else if (expanded.literals.some(([head]) => head !== '')) issues.push({ kind: 'syntax', path: ['exceptions', i, side], message: `exception ${i} "${side}" ("${c}"): a context has no "…" gap` });
      // An empty context would excuse every match: the rule would silently do nothing.
      else if (expanded.literals.some(([, tail]) => foldLiteral(tail).length === 0)) {
        issues.push({ kind: 'empty', path: ['exceptions', i, side], message: `exception ${i} "${side}" ("${c}") ${EMPTY}, so it would excuse every match` });
      }
    }
  });
  return issues;
}

/** Whether all patterns are plain literals with no issue (as {@link ruleIssues} would find). */
function plainWithinLimits(patterns: readonly string[]): boolean {
  if (patterns.length > MAX_PATTERNS_PER_RULE) return false;
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i]!;
    if (p.length > MAX_PATTERN_LENGTH || !isPlainPattern(p)) return false;
    const { letters, marks } = literalShape(p);
    if (letters === 0 || marks > MAX_BREAKS_PER_PATTERN) return false;
  }
  return true;
}

/**
 * Problems of a rule set as a whole: each rule's own ({@link ruleIssues}, unless `eachRule` is
 * false), the total number of patterns, and the context checks one match can cost.
 */
export function ruleSetIssues(rules: readonly RuleLike[], { eachRule = true }: { eachRule?: boolean } = {}): RuleLimitIssue[] {
  const issues: RuleLimitIssue[] = [];
  let total = 0;
  // Context checks per folded pattern, and the first place each pattern was seen.
  const checks = new Map<string, { n: number; at: Array<string | number> }>();
  rules.forEach((rule, r) => {
    // The usual rule (plain patterns within the limits, no exceptions, no anchor) has no issue
    // and costs no checks: found without building its literals.
    if (rule.anchor === undefined && (rule.exceptions === undefined || rule.exceptions.length === 0) && plainWithinLimits(rule.patterns)) {
      total += rule.patterns.length;
      return;
    }
    const literals = rule.patterns.map(literalsOf);
    if (eachRule) for (const issue of ruleIssues(rule, literals)) issues.push({ kind: issue.kind, path: [r, ...issue.path], message: `rule "${rule.id}": ${issue.message}` });
    for (const l of literals) total += l === undefined || 'error' in l ? 1 : l.literals.length;
    const cost = (rule.exceptions?.length ?? 0) + (rule.exceptions?.length || rule.anchor !== undefined ? 1 : 0);
    if (cost === 0) return;
    const seen = new Set<string>();
    rule.patterns.forEach((p, i) => {
      const l = literals[i];
      if (l === undefined || 'error' in l) return;
      const key = l.literals.map(([, tail]) => String.fromCharCode(...foldPatternUnits(tail))).join('\u0000');
      if (seen.has(key)) return;
      seen.add(key);
      const c = checks.get(key) ?? { n: 0, at: [r, 'patterns', i] };
      c.n += cost;
      checks.set(key, c);
      if (c.n > MAX_CHECKS_PER_PATTERN && c.n - cost <= MAX_CHECKS_PER_PATTERN) {
        issues.push({ kind: 'size', path: [r, 'patterns', i], message: `rule "${rule.id}": pattern "${p}" is held by rules with ${c.n} exceptions and anchors in all: at most ${MAX_CHECKS_PER_PATTERN} per pattern` });
      }
    });
  });
  if (total > MAX_PATTERNS) issues.push({ kind: 'size', path: [], message: `${total} patterns in all: a rule set holds at most ${MAX_PATTERNS}` });
  return issues;
}

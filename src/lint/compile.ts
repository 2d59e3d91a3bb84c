/**
 * Compiling a rule set for the engine: the limits checked, patterns folded and deduplicated
 * (one automaton pattern per distinct folded text, however many rules or times it is written),
 * and for each distinct pattern the rules holding it, in the order they take precedence.
 */
import { HuashuError } from '../errors/index.js';
import type { Rule, Severity } from '../schema/index.js';
import { foldLiteral, ruleSetIssues } from '../schema/internal.js';
import { BOUNDARY, foldTable, NOISE } from '../text/internal.js';
import { buildAutomatonFlat, type Automaton } from './automaton.js';
import { EDGE_ACROSS, expandPattern, isPlainPattern, variantEdges } from '../schema/internal.js';

/** Severity → rank (higher is more severe). */
export const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** An exception context, folded: each field holds the literals it may be (alternatives, slots). */
export interface CompiledException {
  readonly before: ReadonlyArray<readonly number[]> | undefined;
  readonly after: ReadonlyArray<readonly number[]> | undefined;
  readonly earlier: ReadonlyArray<readonly number[]> | undefined;
  readonly later: ReadonlyArray<readonly number[]> | undefined;
  readonly sentence: ReadonlyArray<readonly number[]> | undefined;
}

/** How far `earlier`/`later` contexts look inside the clause (folded units). */
export const CONTEXT_WINDOW = 16;
/**
 * How far `sentence` contexts look on each side of a match inside its sentence: units that are
 * not noise, clause marks, spaces and emoji included (as the stream engine counts clause units).
 */
export const SENTENCE_REACH = 24;

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
  /**
   * The shape bits of its patterns (`EDGE_*` of the pattern language): clause edges the match
   * must touch, 1 its start (`^`) and 2 its end (`$`); 4 (`A…，B`) the head may end in the
   * clause before B's, in the same sentence.
   */
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
  /**
   * Per entry, the cells the checks after a match read (the linter's `shapeTable`), when made
   * without reading rule objects (a loaded set: see load.ts); else derived from the rules.
   */
  readonly shape?: Int32Array | undefined;
}

/**
 * The rule set `createLinter` compiles: `base`, then `extend` (adding, or replacing by id in
 * place), less the `disable`d ids; a rule whose id comes again replaces the earlier one in its
 * place. Without `extend` or `disable` and with distinct ids (the usual case), a copy of `base`,
 * the ids checked in a typed-array hash table rather than a Map (a quarter of the time).
 */
export function ruleSetOf(base: readonly Rule[], extend: readonly Rule[] = [], disable: readonly string[] = []): Rule[] {
  if (extend.length === 0 && disable.length === 0 && distinctIds(base)) return base.slice();
  const byId = new Map<string, Rule>();
  for (const rule of base) byId.set(rule.id, rule);
  for (const rule of extend) byId.set(rule.id, rule);
  for (const id of disable) byId.delete(id);
  return [...byId.values()];
}

/** Whether every rule has a string id, no two the same. */
function distinctIds(rules: readonly Rule[]): boolean {
  let size = 16;
  while (size < 2 * rules.length) size <<= 1;
  const mask = size - 1;
  // Rule index + 1 per slot (0: empty), by the id's hash.
  const table = new Int32Array(size);
  for (let r = 0; r < rules.length; r++) {
    const id: unknown = rules[r]!.id;
    if (typeof id !== 'string') return false;
    let h = 0x811c9dc5 | 0;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    let slot = (h ^ (h >>> 15)) & mask;
    for (let q = table[slot]!; q !== 0; q = table[(slot = (slot + 1) & mask)]!) if (rules[q - 1]!.id === id) return false;
    table[slot] = r + 1;
  }
  return true;
}

/** Compiles rules, throwing `INVALID_RULE` (naming the rule and the pattern) past any limit. */
export function compileRules(rules: readonly Rule[]): CompiledRules {
  const { units, offsets, ...prepared } = prepareRules(rules);
  return { ...prepared, automaton: buildAutomatonFlat(units, offsets) };
}

/** A rule set ready for its automaton: everything {@link CompiledRules} holds but the automaton. */
export interface PreparedRules extends Omit<CompiledRules, 'automaton'> {
  /**
   * The distinct folded patterns, in the automaton's pattern order, end to end: pattern `p` is
   * `units[offsets[p] … offsets[p + 1] - 1]`.
   */
  readonly units: Uint16Array;
  readonly offsets: Int32Array;
}

export const NO_EXCEPTIONS: readonly CompiledException[] = Object.freeze([]);

/**
 * Checks the limits (unless `checked`: the rules passed `rulesSchema`, which checks the same),
 * folds and deduplicates the patterns, orders each pattern's rules. One pass over the rules in
 * typed arrays grown by doubling: each pattern is folded once, straight into the table of
 * distinct patterns, and looked up there by hash (no string or array per pattern).
 */
export function prepareRules(rules: readonly Rule[], { checked = false }: { checked?: boolean } = {}): PreparedRules {
  const [issue] = checked ? [] : ruleSetIssues(rules);
  if (issue !== undefined) throw new HuashuError('INVALID_RULE', `rules[${issue.path.join('][')}]: ${issue.message}`);
  const fold = foldTable();
  // One compiled entry per rule and (head, edges) shape of its patterns, in rule order.
  const compiled: CompiledRule[] = [];
  // The distinct patterns: their units end to end, a hash table of their indices.
  let units = new Uint16Array(1024);
  let used = 0;
  let offsets = new Int32Array(257);
  let hashes = new Int32Array(256);
  let count = 0;
  let table: Int32Array = new Int32Array(512).fill(-1);
  // Per pattern, the entries holding it: a list in typed arrays, the latest first.
  let head = new Int32Array(256);
  let holderEntry = new Int32Array(256);
  let holderNext = new Int32Array(256);
  let holders = 0;
  // The mark positions of the pattern being added, and its folded form with every mark.
  const marks = new Int32Array(8);
  let folded = new Uint16Array(256);
  // Entries of the current rule start here (a pattern's holders from this rule are at its list's front).
  let ruleFirst = 0;

  /** Adds the pattern `units[used … used + length - 1]` (or finds it), held by entry `r`. */
  const intern = (length: number, r: number) => {
    let h = 0x811c9dc5 | 0;
    for (let i = used, e = used + length; i < e; i++) h = Math.imul(h ^ units[i]!, 0x01000193);
    h ^= h >>> 15;
    const mask = table.length - 1;
    let slot = h & mask;
    let k = -1;
    for (let q = table[slot]!; q !== -1; q = table[(slot = (slot + 1) & mask)]!) {
      if (hashes[q] !== h || offsets[q + 1]! - offsets[q]! !== length) continue;
      let same = true;
      for (let i = 0, a = offsets[q]!; i < length && same; i++) same = units[a + i] === units[used + i];
      if (same) {
        k = q;
        break;
      }
    }
    if (k < 0) {
      k = count++;
      // (Pattern k's hash and list head at k, its end at offsets[k + 1].)
      if (count === head.length) {
        offsets = grow(offsets, 2 * count + 1);
        hashes = grow(hashes, 2 * count);
        head = grow(head, 2 * count);
      }
      table[slot] = k;
      hashes[k] = h;
      head[k] = -1;
      used += length;
      offsets[count] = used;
      if (2 * count > table.length) table = rehash(hashes, count, 2 * table.length);
    } else {
      // Already held by this entry (written twice in one rule)? Only this rule's entries can be.
      for (let x = head[k]!; x !== -1 && holderEntry[x]! >= ruleFirst; x = holderNext[x]!) if (holderEntry[x] === r) return;
    }
    if (r < 0) return; // (an `A…B` head: a pattern no entry holds)
    if (holders === holderEntry.length) {
      holderEntry = grow(holderEntry, 2 * holders);
      holderNext = grow(holderNext, 2 * holders);
    }
    holderEntry[holders] = r;
    holderNext[holders] = head[k]!;
    head[k] = holders++;
  };

  /** Folds a pattern's literal and adds each of its forms (every clause mark in it present or absent). */
  const addLiteral = (text: string, r: number) => {
    if (used + 2 * text.length > units.length) units = grow(units, Math.max(2 * units.length, used + 2 * text.length));
    let n = 0;
    let m = 0;
    for (let i = 0; i < text.length; i++) {
      const f = fold[text.charCodeAt(i)]!;
      if (f === NOISE) continue;
      if (f === BOUNDARY) {
        if (n === 0 || units[used + n - 1] === BOUNDARY) continue;
        if (m < marks.length) marks[m] = n;
        m++;
      }
      units[used + n++] = f;
    }
    if (n > 0 && units[used + n - 1] === BOUNDARY) {
      n--;
      m--;
    }
    if (m === 0) return intern(n, r);
    // (At most MAX_BREAKS_PER_PATTERN marks: the limits were checked.) Forms in the order of
    // each mark absent, then present, the first mark varying slowest.
    if (folded.length < n) folded = new Uint16Array(2 * n);
    folded.set(units.subarray(used, used + n));
    for (let form = 0; form < 1 << m; form++) {
      if (used + n > units.length) units = grow(units, 2 * units.length + n);
      let w = used;
      for (let i = 0, j = 0; i < n; i++) {
        if (j < m && marks[j] === i) {
          const keep = (form >> (m - 1 - j)) & 1;
          j++;
          if (keep === 0) continue;
        }
        units[w++] = folded[i]!;
      }
      intern(w - used, r);
    }
  };

  // Shapes other than the plain one (no head, no edges), by rule: `rule:edges:head`.
  let shapes: Map<string, number> | undefined;
  for (let ri = 0; ri < rules.length; ri++) {
    const rule = rules[ri]!;
    ruleFirst = compiled.length;
    const exceptions = compileExceptions(rule);
    const right = exceptions === NO_EXCEPTIONS ? (rule.anchor === undefined || rule.anchor === 'start' ? 0 : 1) : contextRight(rule, exceptions);
    const rank = RANK[rule.severity];
    // The rule's plain entry (no head, no edges), made when a plain pattern first needs it.
    let plain = -1;
    const patterns = rule.patterns;
    for (let pi = 0; pi < patterns.length; pi++) {
      const p = patterns[pi]!;
      if (isPlainPattern(p)) {
        if (plain < 0) {
          plain = compiled.length;
          const contextual = rule.anchor !== undefined || exceptions.length > 0 || rule.form !== undefined || rule.quoted === 'skip';
          compiled.push({ rule, rank, exceptions, contextual, right, head: undefined, edges: 0 });
        }
        addLiteral(p, plain);
        continue;
      }
      const expanded = expandPattern(p);
      if (!expanded.ok) continue; // reported by ruleSetIssues above
      for (const v of expanded.variants) {
        const edges = variantEdges(v);
        let r: number | undefined;
        if (v.head === '' && edges === 0) {
          if (plain < 0) {
            plain = compiled.length;
            const contextual = rule.anchor !== undefined || exceptions.length > 0 || rule.form !== undefined || rule.quoted === 'skip';
            compiled.push({ rule, rank, exceptions, contextual, right, head: undefined, edges: 0 });
          }
          r = plain;
        } else {
          const headUnits = v.head === '' ? undefined : foldLiteral(v.head);
          const key = `${ri}:${edges}:${headUnits === undefined ? '' : String.fromCharCode(...headUnits)}`;
          r = (shapes ??= new Map()).get(key);
          if (r === undefined) {
            r = compiled.length;
            shapes.set(key, r);
            compiled.push({ rule, rank, exceptions, contextual: true, right: Math.max(right, edges & 2 ? 1 : 0), head: headUnits, edges });
          }
        }
        addLiteral(v.tail, r);
      }
    }
  }

  // Each `A…B` head (not `A…，B`) is a pattern of its own, held by no entry: the scan reports
  // where heads end, so that a B with no head ending near it is rejected without reading the
  // text before it (see the linter's head index).
  ruleFirst = compiled.length;
  for (const c of compiled) {
    const h = c.head;
    if (h === undefined || h.length === 0 || (c.edges & EDGE_ACROSS) !== 0) continue;
    if (used + h.length > units.length) units = grow(units, 2 * units.length + h.length);
    for (let i = 0; i < h.length; i++) units[used + i] = h[i]!;
    intern(h.length, -1);
  }

  // Each pattern's entries by precedence: the more severe first, then the earlier rule.
  const entryStart = new Int32Array(count + 1);
  const entryRule = new Int32Array(holders);
  const right = new Int32Array(count);
  let keys = new Float64Array(16);
  for (let k = 0, at = 0; k < count; k++) {
    let n = 0;
    let most = 0;
    for (let x = head[k]!; x !== -1; x = holderNext[x]!) {
      const r = holderEntry[x]!;
      const c = compiled[r]!;
      if (c.right > most) most = c.right;
      if (n === keys.length) keys = grow(keys, 2 * n);
      keys[n++] = (3 - c.rank) * 0x100000000 + r;
    }
    if (n === 1) entryRule[at] = keys[0]! % 0x100000000;
    else {
      const sorted = keys.subarray(0, n).sort();
      for (let i = 0; i < n; i++) entryRule[at + i] = sorted[i]! % 0x100000000;
    }
    at += n;
    entryStart[k + 1] = at;
    right[k] = most;
  }
  return { units: units.slice(0, used), offsets: offsets.slice(0, count + 1), rules: compiled, entryStart, entryRule, right };
}

/** A copy of `a` with room for `size` elements. */
function grow<T extends Uint16Array | Int32Array | Float64Array>(a: T, size: number): T {
  const bigger = new (a.constructor as new (n: number) => T)(size);
  bigger.set(a);
  return bigger;
}

/** A hash table of `size` slots (a power of 2) over patterns `0 … count - 1` by their hashes. */
function rehash(hashes: Int32Array, count: number, size: number): Int32Array {
  const table = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let k = 0; k < count; k++) {
    let slot = hashes[k]! & mask;
    while (table[slot] !== -1) slot = (slot + 1) & mask;
    table[slot] = k;
  }
  return table;
}

/** A rule's exception contexts, folded. */
export function compileExceptions(rule: Rule): readonly CompiledException[] {
  if (rule.exceptions === undefined || rule.exceptions.length === 0) return NO_EXCEPTIONS;
  return rule.exceptions.map((e) => ({ before: contextLiterals(e.before), after: contextLiterals(e.after), earlier: contextLiterals(e.earlier), later: contextLiterals(e.later), sentence: contextLiterals(e.sentence) }));
}

/** The most folded units after a match that a rule's end anchor and exceptions read. */
function contextRight(rule: Rule, exceptions: readonly CompiledException[]): number {
  let right = rule.anchor === undefined || rule.anchor === 'start' ? 0 : 1;
  for (const e of exceptions) {
    for (const a of e.after ?? []) right = Math.max(right, a.length);
    if (e.later !== undefined) right = Math.max(right, CONTEXT_WINDOW + Math.max(...e.later.map((l) => l.length)));
    if (e.sentence !== undefined) right = Math.max(right, SENTENCE_REACH + Math.max(...e.sentence.map((l) => l.length)));
  }
  return right;
}

/**
 * The entry of `rule` for patterns of one shape (an `A…B` head, clause edges), as
 * {@link prepareRules} makes it; `exceptions` from {@link compileExceptions}.
 */
export function compiledEntry(rule: Rule, head: readonly number[] | undefined, edges: number, exceptions: readonly CompiledException[]): CompiledRule {
  const right = exceptions.length === 0 ? (rule.anchor === undefined || rule.anchor === 'start' ? 0 : 1) : contextRight(rule, exceptions);
  const contextual = rule.anchor !== undefined || exceptions.length > 0 || head !== undefined || edges !== 0 || rule.form !== undefined || rule.quoted === 'skip';
  return { rule, rank: RANK[rule.severity], exceptions, contextual, right: Math.max(right, edges & 2 ? 1 : 0), head, edges };
}

/** The folded literals of an exception context (its alternatives and slots expanded). */
function contextLiterals(context: string | undefined): Array<readonly number[]> | undefined {
  if (context === undefined) return undefined;
  const expanded = expandPattern(context);
  return expanded.ok ? expanded.variants.map((v) => foldLiteral(v.tail)) : [];
}

/**
 * Loading a serialized linter (see serialize.ts). Always checked, for any bytes (altered and
 * resealed ones too): the format version and checksum, every length and index for bounds, the
 * trie (each state after its parent, no two edges in one slot, every base in range), the
 * failure links (computed, not read: each shallower than its state, so no scan can loop), the
 * entries (in range, by precedence), each rule's fields for their types and values (decoded
 * through a table of object shapes: unknown fields found once per shape). So no bytes can make
 * loading or linting loop, read out of range or throw an untyped error. With `verify`, also the
 * rule set's limits and one walk per literal checking that the automaton and entries encode
 * exactly the rules' patterns: only bytes altered on purpose and resealed can fail those, and
 * they cost about as much as the rest. All of it linear, and cheaper than building: no hashing,
 * no placement. Bytes made with another fold table (another huashu version) are rebuilt from
 * their rules. Kept apart from the linter so that apps that never load pay nothing for it.
 */
import { HuashuError } from '../errors/index.js';
import type { Rule } from '../schema/index.js';
import { expandPattern, foldLiteral, foldPatternUnits, isPlainPattern, MAX_PATTERN_LENGTH } from '../schema/internal.js';
import { BOUNDARY, foldTable, NOISE } from '../text/internal.js';
import { classTable, failureLink, SKIP, startTable, type Automaton } from './automaton.js';
import { checkRuleShapes, unknownRuleField } from './rule-shape.js';
import { compiledEntry, compileExceptions, compileRules, type CompiledException, type CompiledRule, type CompiledRules } from './compile.js';
import { linterOf } from './linter.js';
import { FORMAT, HEADER, LITTLE_ENDIAN, MAGIC, TAG, fnv, foldFingerprint } from './serialize.js';
import type { Linter, LinterOptions } from './types.js';

/**
 * Loads a linter from the bytes {@link Linter.serialize} returned: the same findings as the
 * linter that made them, without building its automaton again. The bytes are checked: their
 * format version and checksum (any accidental change is caught), every index for bounds, every
 * failure link for pointing to a shallower state, every rule field for its type and values, so
 * that no bytes whatever can make loading or linting loop, read out of range or fail untyped.
 * With `verify`, also what only a deliberately altered and resealed copy could break: the
 * rule set's limits, and that the automaton encodes exactly the rules' patterns (this costs
 * about as much again). Bytes made by a huashu with another fold table are rebuilt from their rules.
 *
 * @param bytes - what `linter.serialize()` returned (stored in a file, a cache, a bundle)
 * @param options - `suggestions`: resolved suggestions by reference, as `createLinter`'s (a pack's own
 *   scenarios; the built-in rules' are resolved already); `verify`: the full check (bytes from
 *   someone who might alter them and recompute the checksum)
 * @returns the linter
 * @throws {@link HuashuError} `INVALID_ARGUMENT` when the bytes are not a serialized linter or were
 *   altered, or come from a huashu with another format version (the message names both versions)
 * @example
 * ```ts
 * const bytes = createLinter({ disable: ['prefer-nin'] }).serialize();
 * loadLinter(bytes).lint('你看不懂中文吗？').map((f) => f.ruleId); //=> ['no-cant-you-read']
 * loadLinter(bytes, { verify: true }).lint('喂').map((f) => f.ruleId); //=> ['no-wei']
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function loadLinter(bytes: Uint8Array, options: Pick<LinterOptions, 'suggestions'> & { verify?: boolean | undefined } = {}): Linter {
  const { rules, compiled } = deserializeCompiled(bytes, options.verify === true);
  return linterOf(rules, compiled, 'default', options.suggestions);
}

const corrupt = (why: string) => new HuashuError('INVALID_ARGUMENT', `loadLinter: not a linter serialized by this huashu, or altered since (${why})`);

/** Reads and checks bytes made by {@link serializeCompiled}. */
export function deserializeCompiled(bytes: unknown, verify = false): { rules: Rule[]; compiled: CompiledRules } {
  if (!(bytes instanceof Uint8Array)) throw new HuashuError('INVALID_ARGUMENT', 'loadLinter: expected the Uint8Array that linter.serialize() returned');
  if (bytes.length < HEADER + 8) throw corrupt('too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw corrupt('no signature');
  if (view.getUint32(4, true) !== FORMAT) throw corrupt(`format ${view.getUint32(4, true)}, this version reads ${FORMAT}`);
  if (view.getUint32(12, true) !== fnv(bytes, HEADER)) throw corrupt('checksum mismatch');
  let at = HEADER;
  const need = (n: number) => {
    if (n < 0 || at + n > bytes.length) throw corrupt('truncated');
  };
  const u32 = () => {
    need(4);
    at += 4;
    return view.getUint32(at - 4, true);
  };
  // Arrays only read while loading are views of the bytes when they can be (aligned,
  // little-endian, not shared with another thread); those the linter keeps are copies.
  const viewable = LITTLE_ENDIAN && (bytes.byteOffset & 3) === 0 && !(typeof SharedArrayBuffer !== 'undefined' && bytes.buffer instanceof SharedArrayBuffer);
  const read = <T extends Uint8Array | Uint16Array | Int32Array>(make: (n: number) => T, width: number, kept: boolean, of: new (b: ArrayBufferLike, offset: number, n: number) => T): T => {
    const n = u32();
    need(n * width);
    let x: T;
    if (!kept && viewable) x = new of(bytes.buffer, bytes.byteOffset + at, n);
    else {
      // A copy (aligned, and the caller's bytes stay theirs).
      x = make(n);
      if (LITTLE_ENDIAN || width === 1) new Uint8Array(x.buffer).set(bytes.subarray(at, at + n * width));
      else for (let i = 0; i < n; i++) x[i] = width === 2 ? view.getUint16(at + 2 * i, true) : view.getInt32(at + 4 * i, true);
    }
    at += (n * width + 3) & ~3;
    return x;
  };
  const u8 = () => read((n) => new Uint8Array(n), 1, false, Uint8Array);
  const u16 = (kept = false) => read((n) => new Uint16Array(n), 2, kept, Uint16Array);
  const i32 = (kept = false) => read((n) => new Int32Array(n), 4, kept, Int32Array);

  const rulesEnd = at + 4 + u32();
  need(rulesEnd - at);
  const parsed = decodeRules(u8(), i32(), u16(), i32(), i32(), i32());
  if (at !== rulesEnd) throw corrupt('rules: sizes');
  // Checked without the pack schema (so that huashu/lint never bundles a validation runtime).
  const checked = checkRuleShapes(parsed.value, { limits: verify, unknownField: parsed.unknownField });
  if ('problem' in checked) throw corrupt(checked.problem);
  const rules = checked.rules;
  // Bytes from another fold table: its classes would disagree with this one; rebuild.
  if (view.getUint32(8, true) !== foldFingerprint()) return { rules, compiled: compileRules(rules) };
  const slots = u32();
  const symbols = u16(true);
  const [parent, label, base, ends, entryStart, entryRule, entryInfo, headStart, heads] = [i32(), u16(), i32(), i32(), i32(true), i32(true), i32(), i32(), u16()];
  if (at !== bytes.length) throw corrupt('trailing bytes');
  const automaton = rebuildAutomaton(symbols, slots, parent, label, base, ends);
  const compiled = rebuildEntries(rules, automaton, entryStart, entryRule, entryInfo, headStart, heads);
  if (verify) checkPatterns(rules, compiled, entryInfo);
  return { rules, compiled };
}

const automatonError = (why: string) => corrupt(`automaton: ${why}`);

/** The strings `units` holds end to end, by `lengths` (or throws). */
function stringsOf(units: Uint8Array | Uint16Array, lengths: Int32Array, into: string[]): void {
  let total = 0;
  for (let i = 0; i < lengths.length; i++) {
    const n = lengths[i]!;
    if (n < 0) throw corrupt('rules: string table');
    total += n;
  }
  if (total !== units.length) throw corrupt('rules: string table');
  // The units as one string (in slices: an argument list has a limit), then each string.
  let text = '';
  for (let i = 0; i < units.length; i += 0x2000) text += String.fromCharCode.apply(null, units.subarray(i, i + 0x2000) as unknown as number[]);
  for (let i = 0, from = 0, at = into.length; i < lengths.length; i++) into[at + i] = text.slice(from, (from += lengths[i]!));
}

/** The rules' value from its string table, shape table and word stream (see serialize.ts), or throws. */
function decodeRules(asciiUnits: Uint8Array, asciiLengths: Int32Array, wideUnits: Uint16Array, wideLengths: Int32Array, shapeWords: Int32Array, stream: Int32Array): { value: unknown; unknownField: ((r: number) => string | undefined) | undefined } {
  const strings: string[] = [];
  stringsOf(asciiUnits, asciiLengths, strings);
  for (let i = 0; i < asciiUnits.length; i++) if (asciiUnits[i]! > 0x7f) throw corrupt('rules: string table');
  const ascii = strings.length;
  stringsOf(wideUnits, wideLengths, strings);
  // Object shapes: each key a string, no key twice in a shape, none `__proto__`.
  const shapes: string[][] = [];
  for (let at = 0; at < shapeWords.length; ) {
    const n = shapeWords[at++]!;
    if (n < 0 || n > shapeWords.length - at) throw corrupt('rules: shapes');
    const keys: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const k = shapeWords[at++]!;
      if (k < 0 || k >= strings.length) throw corrupt('rules: shapes');
      const key = strings[k]!;
      if (key === '__proto__' || keys.includes(key)) throw corrupt('rules: shapes');
      keys[i] = key;
    }
    shapes.push(keys);
  }
  let p = 0;
  const bad = () => corrupt('rules: value stream');
  const value = (depth: number): unknown => {
    if (p >= stream.length || depth > 8) throw bad();
    const x = stream[p++]!;
    const tag = x & 7;
    const n = x >>> 3;
    if (tag === TAG.string) {
      if (n >= strings.length) throw bad();
      return strings[n];
    }
    if (tag === TAG.count) return n;
    if (tag === TAG.object) {
      if (n >= shapes.length) throw bad();
      const keys = shapes[n]!;
      // Each value takes a word at least: a shape past the stream's end is an error.
      if (keys.length > stream.length - p) throw bad();
      const o: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) o[keys[i]!] = value(depth + 1);
      return o;
    }
    if (tag === TAG.array) {
      // (As for objects: a length past the stream's end is an error, not a huge allocation.)
      if (n > stream.length - p) throw bad();
      const a: unknown[] = new Array(n);
      for (let i = 0; i < n; i++) a[i] = value(depth + 1);
      return a;
    }
    if (tag !== TAG.json || n >= ascii) throw bad();
    try {
      return JSON.parse(strings[n]!) as unknown;
    } catch {
      throw bad();
    }
  };
  // The rules: a list of objects, each a shape whose unknown field (if any) is found once.
  const top = p < stream.length ? stream[p]! : -1;
  const n = top >>> 3;
  if ((top & 7) !== TAG.array || n > stream.length - p - 1) {
    const other = value(0);
    if (p !== stream.length) throw bad();
    return { value: other, unknownField: undefined };
  }
  p++;
  const rules: unknown[] = new Array(n);
  const shapeOfRule = new Int32Array(n).fill(-1);
  for (let r = 0; r < n; r++) {
    if (p < stream.length && (stream[p]! & 7) === TAG.object) shapeOfRule[r] = stream[p]! >>> 3;
    rules[r] = value(1);
  }
  if (p !== stream.length) throw bad();
  const unknown = shapes.map((keys) => unknownRuleField(keys));
  // (A rule that is no object is reported as such before its fields are asked for; one that
  // came as JSON text has its keys read.)
  const unknownField = (r: number) => (shapeOfRule[r]! >= 0 ? unknown[shapeOfRule[r]!] : unknownRuleField(Object.keys(rules[r] as object)));
  return { value: rules, unknownField };
}

/**
 * The automaton from its trie (states numbered breadth first: per state its parent, edge class
 * and goto base) and where each pattern ends, checked on the way: every index in range, each
 * state after its parent and no shallower than the state before it, no two edges in one slot.
 * Failure links are computed by probing the double array (each is shallower than its state, so
 * no scan can loop); outputs from the patterns' ends. Linear in the states and patterns.
 */
function rebuildAutomaton(symbols: Uint16Array, slots: number, parent: Int32Array, label: Uint16Array, base: Int32Array, ends: Int32Array): Automaton {
  const classCount = symbols.length + 1;
  const states = parent.length;
  if (states < 1 || label.length !== states || base.length !== states || classCount > SKIP) throw automatonError('array sizes');
  if (slots < classCount || slots > 0x3fffffff) throw automatonError('array sizes');
  const classOf = new Int32Array(0x10000);
  for (let i = 0; i < symbols.length; i++) {
    if (classOf[symbols[i]!] !== 0) throw automatonError('symbols repeat');
    classOf[symbols[i]!] = i + 1;
  }
  const breakClass = classOf[BOUNDARY]!;
  const nodes = new Int32Array(4 * states);
  const cells = new Int32Array(2 * slots).fill(-1);
  const root = new Int32Array(classCount);
  const viaBreak = new Uint8Array(states);
  if (parent[0] !== 0 || label[0] !== 0 || base[0] !== 0) throw automatonError('root');
  for (let n = 1; n < states; n++) {
    const p = parent[n]!;
    const c = label[n]!;
    const b = base[n]!;
    if (p < 0 || p >= n) throw automatonError(`state ${n} parent`);
    if (c < 1 || c >= classCount) throw automatonError(`state ${n} class`);
    if (b < 0 || b > slots - classCount) throw automatonError(`state ${n} row`);
    const d = nodes[(p << 2) + 3]! + 1;
    if (d > MAX_PATTERN_LENGTH || d < nodes[((n - 1) << 2) + 3]!) throw automatonError(`state ${n} depth`);
    nodes[n << 2] = b;
    nodes[(n << 2) + 3] = d;
    if (p === 0) {
      if (root[c] !== 0) throw automatonError(`root edge ${c}`);
      root[c] = n;
    } else {
      const k = (nodes[p << 2]! + c) << 1;
      if (cells[k] !== -1) throw automatonError(`edge slot ${k >> 1}`);
      cells[k] = p;
      cells[k + 1] = n;
    }
    if (breakClass !== 0 && c === breakClass) viaBreak[n] = 1;
  }
  // Outputs: each pattern at the state where it ends (its length is that state's depth).
  const P = ends.length;
  const out = new Int32Array(states).fill(-1);
  const nextSame = new Int32Array(P);
  const lengths = new Int32Array(P);
  for (let q = 0; q < P; q++) {
    const s = ends[q]!;
    if (s < 1 || s >= states) throw automatonError(`pattern ${q} end`);
    lengths[q] = nodes[(s << 2) + 3]!;
    nextSame[q] = out[s]!;
    out[s] = q;
  }
  // Failure links, breadth first (a state's failure link is shallower, so already known), and
  // the nearest output on each failure chain.
  const dict = new Int32Array(states);
  for (let n = 1; n < states; n++) {
    const c = label[n]!;
    const g = parent[n] === 0 ? 0 : failureLink(nodes, cells, root, nodes[(parent[n]! << 2) + 1]!, c);
    nodes[(n << 2) + 1] = g;
    dict[n] = out[g]! >= 0 ? g : dict[g]!;
    nodes[(n << 2) + 2] = out[n]! >= 0 ? n : dict[n]!;
  }
  // Childless states keep base 0; every base + class is in range either way.
  const classes = classTable(symbols);
  return { classes, root, nodes, cells, out, dict, nextSame, lengths, breakClass, viaBreak, symbols, starts: startTable(symbols, root) };
}

/**
 * The prepared rule set: per entry its rule and shape (checked: rules in order, edges, heads),
 * per pattern its entries (checked: in range, by precedence, none twice).
 */
function rebuildEntries(rules: readonly Rule[], automaton: Automaton, entryStart: Int32Array, entryRule: Int32Array, entryInfo: Int32Array, headStart: Int32Array, heads: Uint16Array): CompiledRules {
  const E = entryInfo.length >> 1;
  const P = automaton.lengths.length;
  if (entryInfo.length !== 2 * E || headStart.length !== E + 1 || entryStart.length !== P + 1) throw automatonError('entry sizes');
  if (headStart[0] !== 0 || headStart[E] !== heads.length || entryStart[0] !== 0 || entryStart[P] !== entryRule.length) throw automatonError('entry sizes');
  const entries: CompiledRule[] = new Array(E);
  let last = -1;
  let exceptions: readonly CompiledException[] = [];
  for (let e = 0; e < E; e++) {
    const r = entryInfo[2 * e]!;
    const edges = entryInfo[2 * e + 1]!;
    const from = headStart[e]!;
    const to = headStart[e + 1]!;
    if (r < last || r >= rules.length || edges < 0 || edges > 3 || to < from || to > heads.length || to - from > MAX_PATTERN_LENGTH) throw automatonError(`entry ${e}`);
    const rule = rules[r]!;
    if (r !== last) exceptions = compileExceptions(rule);
    last = r;
    entries[e] = compiledEntry(rule, to === from ? undefined : Array.from(heads.subarray(from, to)), edges, exceptions);
  }
  const right = new Int32Array(P);
  for (let q = 0; q < P; q++) {
    const from = entryStart[q]!;
    const to = entryStart[q + 1]!;
    if (to < from || to > entryRule.length) throw automatonError(`pattern ${q} entries`);
    let most = 0;
    for (let i = from; i < to; i++) {
      const e = entryRule[i]!;
      if (e < 0 || e >= E) throw automatonError(`pattern ${q} entries`);
      const x = entries[e]!;
      // By precedence: the more severe first, then the earlier entry (so none twice).
      if (i > from) {
        const y = entries[entryRule[i - 1]!]!;
        if (y.rank < x.rank || (y.rank === x.rank && entryRule[i - 1]! >= e)) throw automatonError(`pattern ${q} entries`);
      }
      if (x.right > most) most = x.right;
    }
    right[q] = most;
  }
  return { automaton, rules: entries, entryStart, entryRule, right };
}

/**
 * Throws unless the automaton and entries encode exactly the rules' patterns: each literal of
 * each rule (every clause mark present or absent) leads from the root to a state that reports
 * a pattern its entry of that shape holds, and every (pattern, entry) pair is reached so. One
 * walk per literal over the double array: no hashing, no building.
 */
function checkPatterns(rules: readonly Rule[], compiled: CompiledRules, entryInfo: Int32Array): void {
  const { automaton, rules: entries, entryStart, entryRule } = compiled;
  const { symbols, root, nodes, cells, out, nextSame } = automaton;
  const classOf = new Int32Array(0x10000);
  for (let i = 0; i < symbols.length; i++) classOf[symbols[i]!] = i + 1;
  const seen = new Uint8Array(entryRule.length);
  let first = 0; // the first entry of rule r
  /** The entry of rule `r` (entries `first`…) for a shape, or -1. */
  const entryOf = (r: number, head: readonly number[] | undefined, edges: number): number => {
    for (let e = first; e < entries.length && entryInfo[2 * e] === r; e++) {
      const x = entries[e]!;
      if (x.edges !== edges || (x.head === undefined) !== (head === undefined)) continue;
      if (head === undefined || (x.head!.length === head.length && x.head!.every((u, i) => u === head[i]))) return e;
    }
    return -1;
  };
  /** Marks that state `s` reports a pattern entry `e` holds, or throws. */
  const holds = (s: number, e: number, r: number) => {
    for (let q = out[s]!; q >= 0; q = nextSame[q]!) {
      for (let i = entryStart[q]!; i < entryStart[q + 1]!; i++) {
        if (entryRule[i] === e) {
          seen[i] = 1;
          return;
        }
      }
    }
    throw automatonError(`rule ${r}: a pattern is missing`);
  };
  const reach = (units: readonly number[], e: number, r: number) => {
    let s = 0;
    for (const u of units) {
      const c = classOf[u]!;
      if (c === 0) throw automatonError(`rule ${r}: a pattern is missing`);
      if (s === 0) s = root[c]!;
      else {
        const k = (nodes[s << 2]! + c) << 1;
        s = cells[k] === s ? cells[k + 1]! : 0;
      }
      if (s === 0) throw automatonError(`rule ${r}: a pattern is missing`);
    }
    holds(s, e, r);
  };
  /** Every form of a folded tail with each clause mark in it present or absent. */
  const forms = (units: number[], e: number, r: number) => {
    const marks: number[] = [];
    units.forEach((u, i) => u === BOUNDARY && marks.push(i));
    if (marks.length === 0) return reach(units, e, r);
    for (let form = 0; form < 1 << marks.length; form++) {
      reach(
        units.filter((_, i) => {
          const j = marks.indexOf(i);
          return j < 0 || ((form >> (marks.length - 1 - j)) & 1) === 1;
        }),
        e,
        r,
      );
    }
  };
  const fold = foldTable();
  /** The state a literal without clause marks leads to (walked as it folds), or -1 when it has marks. */
  const walk = (text: string, r: number): number => {
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const u = fold[text.charCodeAt(i)]!;
      if (u === NOISE) continue;
      if (u === BOUNDARY) return -1;
      const c = classOf[u]!;
      if (s === 0) s = root[c]!;
      else {
        const k = (nodes[s << 2]! + c) << 1;
        s = cells[k] === s ? cells[k + 1]! : 0;
      }
      if (c === 0 || s === 0) throw automatonError(`rule ${r}: a pattern is missing`);
    }
    return s;
  };
  for (let r = 0; r < rules.length; r++) {
    while (first < entries.length && entryInfo[2 * first]! < r) first++;
    for (const p of rules[r]!.patterns) {
      if (isPlainPattern(p)) {
        const e = entryOf(r, undefined, 0);
        if (e < 0) throw automatonError(`rule ${r}: an entry is missing`);
        const s = walk(p, r);
        if (s > 0) holds(s, e, r);
        else forms(foldPatternUnits(p), e, r);
        continue;
      }
      const expanded = expandPattern(p);
      if (!expanded.ok) continue; // (the rules were checked)
      for (const v of expanded.variants) {
        const e = entryOf(r, v.head === '' ? undefined : foldLiteral(v.head), (v.start ? 1 : 0) | (v.end ? 2 : 0));
        if (e < 0) throw automatonError(`rule ${r}: an entry is missing`);
        forms(foldPatternUnits(v.tail), e, r);
      }
    }
  }
  if (seen.includes(0)) throw automatonError('a pattern no rule holds');
}

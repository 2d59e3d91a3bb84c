/**
 * Loading a serialized linter (see serialize.ts), trusting nothing: the rules are validated with
 * the rule schema, the automaton is checked for bounds, for failure and output links that point
 * to shallower states (so no scan can loop or read out of range), and for encoding exactly the
 * rules' patterns. Bytes made with another fold table (another huashu version) are rebuilt from
 * their rules. Kept apart from the linter so that apps that never load pay nothing for it.
 */
import { HuashuError } from '../errors/index.js';
import type { Rule } from '../schema/index.js';
import { MAX_PATTERN_LENGTH } from '../schema/internal.js';
import { classTable, startTable, type Automaton } from './automaton.js';
import { checkRuleShapes } from './rule-shape.js';
import { compileRules, prepareRules, type CompiledRules } from './compile.js';
import { linterOf } from './linter.js';
import { FORMAT, HEADER, LITTLE_ENDIAN, MAGIC, fnv, foldFingerprint } from './serialize.js';
import type { Linter, LinterOptions } from './types.js';

/**
 * Loads a linter from the bytes {@link Linter.serialize} returned: the same findings as the
 * linter that made them, without building its automaton again. The bytes are checked (rules
 * against the rule schema, the automaton for bounds and for encoding exactly those rules);
 * bytes made by a huashu with another fold table are rebuilt from their rules.
 *
 * @param bytes - what `linter.serialize()` returned (stored in a file, a cache, a bundle)
 * @param options - `suggestions`: resolved suggestions by reference, as `createLinter`'s (a pack's own
 *   scenarios; the built-in rules' are resolved already)
 * @returns the linter
 * @throws {@link HuashuError} `INVALID_ARGUMENT` when the bytes are not a serialized linter or were altered
 * @example
 * ```ts
 * const bytes = createLinter({ disable: ['prefer-nin'] }).serialize();
 * loadLinter(bytes).lint('你看不懂中文吗？').map((f) => f.ruleId); //=> ['no-cant-you-read']
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function loadLinter(bytes: Uint8Array, options: Pick<LinterOptions, 'suggestions'> = {}): Linter {
  const { rules, compiled } = deserializeCompiled(bytes);
  return linterOf(rules, compiled, 'default', options.suggestions);
}

const corrupt = (why: string) => new HuashuError('INVALID_ARGUMENT', `loadLinter: not a linter serialized by this huashu, or altered since (${why})`);

/** Reads and checks bytes made by {@link serializeCompiled}. */
export function deserializeCompiled(bytes: unknown): { rules: Rule[]; compiled: CompiledRules } {
  if (!(bytes instanceof Uint8Array)) throw new HuashuError('INVALID_ARGUMENT', 'loadLinter: expected the Uint8Array that linter.serialize() returned');
  if (bytes.length < HEADER + 8) throw corrupt('too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw corrupt('no signature');
  if (view.getUint32(4, true) !== FORMAT) throw corrupt(`format ${view.getUint32(4, true)}, this version reads ${FORMAT}`);
  if (view.getUint32(12, true) !== fnv(bytes, HEADER)) throw corrupt('checksum mismatch');
  let at = HEADER;
  const need = (n: number) => {
    if (at + n > bytes.length) throw corrupt('truncated');
  };
  const pad = (n: number) => (n + 3) & ~3;
  need(4);
  const jsonLength = view.getUint32(at, true);
  need(4 + jsonLength);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(at + 4, at + 4 + jsonLength)));
  } catch {
    throw corrupt('rules are not JSON');
  }
  at += 4 + pad(jsonLength);
  // Checked without the pack schema (so that huashu/lint never bundles a validation runtime).
  const checked = checkRuleShapes(parsed);
  if ('problem' in checked) throw corrupt(checked.problem);
  const rules = checked.rules;
  // Bytes from another fold table: its classes would disagree with this one; rebuild.
  if (view.getUint32(8, true) !== foldFingerprint()) return { rules, compiled: compileRules(rules) };
  need(4);
  const breakClass = view.getUint32(at, true);
  at += 4;
  const read = <T extends Uint8Array | Uint16Array | Int32Array>(make: (n: number) => T, width: number): T => {
    need(4);
    const n = view.getUint32(at, true);
    at += 4;
    need(n * width);
    let x: T;
    if (LITTLE_ENDIAN) {
      // A copy (aligned, and the caller's bytes stay theirs).
      x = make(n);
      new Uint8Array(x.buffer).set(bytes.subarray(at, at + n * width));
    } else {
      x = make(n);
      for (let i = 0; i < n; i++) x[i] = width === 1 ? view.getUint8(at + i) : width === 2 ? view.getUint16(at + 2 * i, true) : view.getInt32(at + 4 * i, true);
    }
    at += pad(n * width);
    return x;
  };
  const symbols = read((n) => new Uint16Array(n), 2);
  const [root, nodes, cells, out, dict, nextSame, lengths] = Array.from({ length: 7 }, () => read((n) => new Int32Array(n), 4));
  const viaBreak = read((n) => new Uint8Array(n), 1);
  if (at !== bytes.length) throw corrupt('trailing bytes');
  const classes = classTable(symbols);
  const automaton: Automaton = { classes, root: root!, nodes: nodes!, cells: cells!, out: out!, dict: dict!, nextSame: nextSame!, lengths: lengths!, breakClass, viaBreak, symbols, starts: startTable(classes, root!) };
  const prepared = prepareRules(rules, { checked: true });
  checkAutomaton(automaton, prepared.patterns);
  return { rules, compiled: { ...prepared, automaton } };
}

/** Throws unless `a` is a well-formed automaton of exactly `patterns`. */
function checkAutomaton(a: Automaton, patterns: readonly (readonly number[])[]): void {
  const { symbols, root, nodes, cells, out, dict, nextSame, lengths, viaBreak, breakClass } = a;
  const classCount = symbols.length + 1;
  const states = nodes.length >> 2;
  const slots = cells.length >> 1;
  const P = patterns.length;
  const fail = (why: string) => corrupt(`automaton: ${why}`);
  if (nodes.length % 4 !== 0 || cells.length % 2 !== 0 || states < 1) throw fail('array sizes');
  if (root.length !== classCount || viaBreak.length !== states || out.length !== states || dict.length !== states) throw fail('array sizes');
  if (lengths.length !== P || nextSame.length !== P) throw fail('pattern count');
  if (breakClass >= classCount) throw fail('break class');
  if (new Set(symbols).size !== symbols.length) throw fail('symbols repeat');
  const depth = (s: number) => nodes[(s << 2) + 3]!;
  if (slots < classCount) throw fail('array sizes');
  if (nodes[0] !== 0 || depth(0) !== 0 || out[0] !== -1 || nodes[2] !== 0) throw fail('root');
  for (let s = 1; s < states; s++) {
    const base = nodes[s << 2]!;
    const f = nodes[(s << 2) + 1]!;
    const o = nodes[(s << 2) + 2]!;
    const d = depth(s);
    if (d < 1 || d > MAX_PATTERN_LENGTH) throw fail(`state ${s} depth`);
    if (base < 0 || base + classCount > slots) throw fail(`state ${s} row`);
    if (f < 0 || f >= states || depth(f) >= d) throw fail(`state ${s} failure link`);
    if (o < 0 || o >= states || (o !== 0 && depth(o) > d)) throw fail(`state ${s} output link`);
    if (dict[s]! < 0 || dict[s]! >= states || (dict[s] !== 0 && depth(dict[s]!) >= d)) throw fail(`state ${s} dictionary link`);
    if (out[s]! < -1 || out[s]! >= P) throw fail(`state ${s} output`);
    if (viaBreak[s]! > 1) throw fail(`state ${s} mark flag`);
  }
  for (let c = 0; c < classCount; c++) if (root[c]! < 0 || root[c]! >= states || (root[c] !== 0 && depth(root[c]!) !== 1)) throw fail(`root edge ${c}`);
  for (let k = 0; k < slots; k++) {
    const owner = cells[2 * k]!;
    if (owner === -1) continue;
    const t = cells[2 * k + 1]!;
    if (owner < 1 || owner >= states || t < 1 || t >= states || depth(t) !== depth(owner) + 1) throw fail(`edge slot ${k}`);
  }
  for (let p = 0; p < P; p++) {
    if (nextSame[p]! < -1 || nextSame[p]! >= p) throw fail(`pattern ${p} chain`);
  }
  // A state reports patterns of its own depth (the scan walks back that many units).
  for (let s = 1; s < states; s++) for (let q = out[s]!; q >= 0; q = nextSame[q]!) if (lengths[q] !== depth(s)) throw fail(`state ${s} output length`);
  // Each pattern leads from the root to a state that reports it, at its own length.
  const classOf = new Map<number, number>();
  symbols.forEach((u, i) => classOf.set(u, i + 1));
  patterns.forEach((units, p) => {
    if (lengths[p] !== units.length) throw fail(`pattern ${p} length`);
    let s = 0;
    for (const u of units) {
      const cls = classOf.get(u);
      if (cls === undefined) throw fail(`pattern ${p} symbol`);
      if (s === 0) s = root[cls]!;
      else {
        const k = nodes[s << 2]! + cls;
        s = cells[2 * k] === s ? cells[2 * k + 1]! : 0;
      }
      if (s === 0) throw fail(`pattern ${p} path`);
    }
    let q = out[s]!;
    while (q >= 0 && q !== p) q = nextSame[q]!;
    if (q !== p) throw fail(`pattern ${p} output`);
  });
}

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
import { DEFAULT_WITHIN, EDGE_ACROSS, EDGE_END, EDGE_START, expandPattern, foldLiteral, foldPatternUnits, isPlainPattern, MAX_PATTERN_LENGTH, MAX_WITHIN, variantEdges } from '../schema/internal.js';
import { BOUNDARY, foldTable, NOISE } from '../text/internal.js';
import { classTable, failureLink, SKIP, startTable, type Automaton } from './automaton.js';
import { checkRuleShapes, CONTEXTS, ENUMS, unknownRuleField } from './rule-shape.js';
import { compiledEntry, compileExceptions, compileRules, NO_EXCEPTIONS, RANK, type CompiledException, type CompiledRule, type CompiledRules } from './compile.js';
import { ANCHOR_CODE, FORM_CODE, linterOf, SHAPE } from './linter.js';
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
  return linterOf(rules.all, compiled, 'default', options.suggestions);
}

const corrupt = (why: string) => new HuashuError('INVALID_ARGUMENT', `loadLinter: not a linter serialized by this huashu, or altered since (${why})`);

/**
 * Reads and checks bytes made by {@link serializeCompiled}. The rules stay in their serialized
 * form, each built when first asked for (`rules.rule(r)`, `rules.all()`: a finding of it, or
 * `linter.rules`), when the stream holds plainly good rules and `verify` is off; else they are
 * decoded and checked whole.
 */
export function deserializeCompiled(bytes: unknown, verify = false): { rules: RuleStore; compiled: CompiledRules } {
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
  const u8 = (kept = false) => read((n) => new Uint8Array(n), 1, kept, Uint8Array);
  const u16 = (kept = false) => read((n) => new Uint16Array(n), 2, kept, Uint16Array);
  const i32 = (kept = false) => read((n) => new Int32Array(n), 4, kept, Int32Array);

  const rulesEnd = at + 4 + u32();
  need(rulesEnd - at);
  // (The string units and the stream are kept by the linter, to build rules from: copies.)
  const words = ruleWords(u8(true), i32(), u16(true), i32(), i32(), i32(true));
  if (at !== rulesEnd) throw corrupt('rules: sizes');
  const scanned = verify ? undefined : scanRules(words);
  let rules: RuleStore;
  if (scanned !== undefined) rules = streamStore(words, scanned.at);
  else {
    const parsed = decodeRules(words);
    // Checked without the pack schema (so that huashu/lint never bundles a validation runtime).
    const checked = checkRuleShapes(parsed.value, { limits: verify, unknownField: parsed.unknownField });
    if ('problem' in checked) throw corrupt(checked.problem);
    rules = builtStore(checked.rules);
  }
  // Bytes from another fold table: its classes would disagree with this one; rebuild.
  if (view.getUint32(8, true) !== foldFingerprint()) return { rules, compiled: compileRules(rules.all()) };
  const slots = u32();
  const symbols = u16(true);
  const [parent, label, base, ends, entryStart, entryRule, entryInfo, headStart, heads] = [i32(), u16(), i32(), i32(), i32(true), i32(true), i32(), i32(), u16()];
  if (at !== bytes.length) throw corrupt('trailing bytes');
  const automaton = rebuildAutomaton(symbols, slots, parent, label, base, ends);
  const compiled = rebuildEntries(rules, scanned?.codes, automaton, entryStart, entryRule, entryInfo, headStart, heads);
  if (verify) checkPatterns(rules.all(), compiled, entryInfo);
  return { rules, compiled };
}

const automatonError = (why: string) => corrupt(`automaton: ${why}`);

/**
 * The rules as serialized, kept: every string of the table end to end in one string (ASCII ones
 * first), where each starts, the object shapes and the value stream. A rule is built from its
 * words when first needed ({@link RuleStore}).
 */
interface RuleWords {
  /** Every string end to end, made on first call (loading itself reads a few strings only: `string`). */
  text(): string;
  /** String `i` on its own, from the units (for the few loading reads). */
  string(i: number): string;
  /** String `i` is `text().slice(starts[i], starts[i + 1])`. */
  readonly starts: Int32Array;
  /** Strings below this number are ASCII (JSON texts are among them). */
  readonly ascii: number;
  readonly shapes: readonly (readonly string[])[];
  readonly stream: Int32Array;
}

/** Appends the units (in slices: an argument list has a limit) to `text`. */
function unitsText(text: string, units: Uint8Array | Uint16Array): string {
  for (let i = 0; i < units.length; i += 0x2000) text += String.fromCharCode.apply(null, units.subarray(i, i + 0x2000) as unknown as number[]);
  return text;
}

/** The string table, shapes and stream checked (string lengths, ASCII, shape keys), or throws. */
function ruleWords(asciiUnits: Uint8Array, asciiLengths: Int32Array, wideUnits: Uint16Array, wideLengths: Int32Array, shapeWords: Int32Array, stream: Int32Array): RuleWords {
  const ascii = asciiLengths.length;
  const starts = new Int32Array(ascii + wideLengths.length + 1);
  let total = 0;
  for (let i = 0; i < ascii; i++) {
    const n = asciiLengths[i]!;
    if (n < 0) throw corrupt('rules: string table');
    starts[i + 1] = total += n;
  }
  if (total !== asciiUnits.length) throw corrupt('rules: string table');
  for (let i = 0; i < wideLengths.length; i++) {
    const n = wideLengths[i]!;
    if (n < 0) throw corrupt('rules: string table');
    starts[ascii + i + 1] = total += n;
  }
  if (total - asciiUnits.length !== wideUnits.length) throw corrupt('rules: string table');
  for (let i = 0; i < asciiUnits.length; i++) if (asciiUnits[i]! > 0x7f) throw corrupt('rules: string table');
  // The units stay (copies) and become one string when a rule is first built.
  let text: string | undefined;
  const string = (i: number): string => {
    const from = starts[i]!;
    const to = starts[i + 1]!;
    const units = i < ascii ? asciiUnits : wideUnits;
    const base = i < ascii ? 0 : asciiUnits.length;
    return unitsText('', units.subarray(from - base, to - base));
  };
  const count = starts.length - 1;
  // Object shapes: each key a string, no key twice in a shape, none `__proto__`.
  const shapes: string[][] = [];
  for (let at = 0; at < shapeWords.length; ) {
    const n = shapeWords[at++]!;
    if (n < 0 || n > shapeWords.length - at) throw corrupt('rules: shapes');
    const keys: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const k = shapeWords[at++]!;
      if (k < 0 || k >= count) throw corrupt('rules: shapes');
      const key = string(k);
      if (key === '__proto__' || keys.includes(key)) throw corrupt('rules: shapes');
      keys[i] = key;
    }
    shapes.push(keys);
  }
  return { text: () => (text ??= unitsText(unitsText('', asciiUnits), wideUnits)), string, starts, ascii, shapes, stream };
}

const badStream = () => corrupt('rules: value stream');

/** Reads values from the stream (see serialize.ts), from word `p` on, or throws. */
class ValueReader {
  p = 0;
  constructor(private readonly w: RuleWords) {}
  value(depth: number): unknown {
    const { stream, starts, shapes } = this.w;
    if (this.p >= stream.length || depth > 8) throw badStream();
    const x = stream[this.p++]!;
    const tag = x & 7;
    const n = x >>> 3;
    if (tag === TAG.string) {
      if (n >= starts.length - 1) throw badStream();
      return this.w.text().slice(starts[n]!, starts[n + 1]!);
    }
    if (tag === TAG.count) return n;
    if (tag === TAG.object) {
      if (n >= shapes.length) throw badStream();
      const keys = shapes[n]!;
      // Each value takes a word at least: a shape past the stream's end is an error.
      if (keys.length > stream.length - this.p) throw badStream();
      const o: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) o[keys[i]!] = this.value(depth + 1);
      return o;
    }
    if (tag === TAG.array) {
      // (As for objects: a length past the stream's end is an error, not a huge allocation.)
      if (n > stream.length - this.p) throw badStream();
      const a: unknown[] = new Array(n);
      for (let i = 0; i < n; i++) a[i] = this.value(depth + 1);
      return a;
    }
    if (tag !== TAG.json || n >= this.w.ascii) throw badStream();
    try {
      return JSON.parse(this.w.string(n)) as unknown;
    } catch {
      throw badStream();
    }
  }
}

/** The rules' value from the stream, decoded whole, and the unknown field of each rule (found once per shape), or throws. */
function decodeRules(w: RuleWords): { value: unknown; unknownField: ((r: number) => string | undefined) | undefined } {
  const { stream } = w;
  const reader = new ValueReader(w);
  // The rules: a list of objects, each a shape whose unknown field (if any) is found once.
  const top = stream.length > 0 ? stream[0]! : -1;
  const n = top >>> 3;
  if ((top & 7) !== TAG.array || n > stream.length - 1) {
    const other = reader.value(0);
    if (reader.p !== stream.length) throw badStream();
    return { value: other, unknownField: undefined };
  }
  reader.p = 1;
  const rules: unknown[] = new Array(n);
  const shapeOfRule = new Int32Array(n).fill(-1);
  for (let r = 0; r < n; r++) {
    const p = reader.p;
    if (p < stream.length && (stream[p]! & 7) === TAG.object) shapeOfRule[r] = stream[p]! >>> 3;
    rules[r] = reader.value(1);
  }
  if (reader.p !== stream.length) throw badStream();
  const unknown = w.shapes.map((keys) => unknownRuleField(keys));
  // (A rule that is no object is reported as such before its fields are asked for; one that
  // came as JSON text has its keys read.)
  const unknownField = (r: number) => (shapeOfRule[r]! >= 0 ? unknown[shapeOfRule[r]!] : unknownRuleField(Object.keys(rules[r] as object)));
  return { value: rules, unknownField };
}

/** Rules by index, each built once; `all` lists them (the same objects). */
interface RuleStore {
  readonly count: number;
  rule(r: number): Rule;
  all(): Rule[];
}

/** A store of rules built already. */
const builtStore = (rules: Rule[]): RuleStore => ({ count: rules.length, rule: (r) => rules[r]!, all: () => rules });

/**
 * A store of rules left in the stream: rule `r` is decoded from word `at[r]` when first asked
 * for. Only for a stream {@link scanRules} accepted, so decoding cannot fail.
 */
function streamStore(w: RuleWords, at: Int32Array): RuleStore {
  // (Made when the first rule is built: a linter whose rules never are, pays nothing for them.)
  let built: Array<Rule | undefined> | undefined;
  let reader: ValueReader | undefined;
  const rule = (r: number): Rule => {
    built ??= new Array<Rule | undefined>(at.length);
    let x = built[r];
    if (x === undefined) {
      reader ??= new ValueReader(w);
      reader.p = at[r]!;
      built[r] = x = reader.value(1) as Rule;
    }
    return x;
  };
  let all: Rule[] | undefined;
  return { count: at.length, rule, all: () => (all ??= Array.from({ length: at.length }, (_, r) => rule(r))) };
}

/**
 * Rule fields by code, for {@link scanRules}: what each field's value must be (`Texts`: a list
 * of texts; `Any`: not checked, as theme, sources, cites, examples).
 */
const Field = { Id: 0, Severity: 1, Patterns: 2, Message: 3, Texts: 4, Exceptions: 5, Anchor: 6, Within: 7, Form: 8, Quoted: 9, Turn: 10, Profile: 11, Any: 12 } as const;
type Field = (typeof Field)[keyof typeof Field];
/** The field codes by name, and the values an enumerated field may hold (value → code from 1): made on first load (tree-shaken with it). */
let fieldTables: { fields: Readonly<Record<string, Field>>; enums: Partial<Record<Field, Readonly<Record<string, number>>>>; contexts: readonly string[] } | undefined;
function tables(): NonNullable<typeof fieldTables> {
  if (fieldTables !== undefined) return fieldTables;
  // The words rule-shape.ts allows, coded from 1 in its order (form's agree with the linter's FORM_CODE).
  const words = Object.fromEntries(ENUMS) as Record<(typeof ENUMS)[number][0], readonly string[]>;
  const codes = (values: readonly string[]) => Object.fromEntries(values.map((v, i) => [v, i + 1])) as Readonly<Record<string, number>>;
  return (fieldTables = {
    fields: {
      id: Field.Id,
      severity: Field.Severity,
      patterns: Field.Patterns,
      message: Field.Message,
      suggestions: Field.Texts,
      roles: Field.Texts,
      exceptions: Field.Exceptions,
      anchor: Field.Anchor,
      within: Field.Within,
      form: Field.Form,
      quoted: Field.Quoted,
      turn: Field.Turn,
      profile: Field.Profile,
      theme: Field.Any,
      sources: Field.Any,
      cites: Field.Any,
      examples: Field.Any,
    },
    enums: {
      [Field.Severity]: RANK,
      [Field.Anchor]: ANCHOR_CODE,
      [Field.Form]: FORM_CODE,
      [Field.Quoted]: codes(words.quoted), // skip: 1
      [Field.Turn]: codes(words.turn),
      [Field.Profile]: codes(words.profile),
    },
    contexts: CONTEXTS,
  });
}

/**
 * Per rule, what loading reads without building it (5 cells): its rank, anchor code, form code,
 * whether quotes are skipped (1), `within`; and whether it has exceptions (the sixth).
 */
const CODES = 6;

/**
 * Checks the rules in the stream without building them: every rule an object whose fields
 * have the types and values {@link checkRuleShapes} requires (no unknown field), every value
 * readable as {@link ValueReader} reads it. Returns where each rule starts and its codes; or
 * undefined when a rule is not plainly good (a problem, or a value kept as JSON text): then the
 * rules are decoded and checked whole, which names the problem. Linear in the stream, allocating
 * a few arrays per shape, none per rule.
 */
function scanRules(w: RuleWords): { at: Int32Array; codes: Int32Array } | undefined {
  const { stream, starts, shapes } = w;
  const { fields: FIELDS, enums: ENUM_CODES, contexts: CONTEXT_KEYS } = tables();
  const strings = starts.length - 1;
  const end = stream.length;
  const top = end > 0 ? stream[0]! : -1;
  const n = top >>> 3;
  if ((top & 7) !== TAG.array || n > end - 1) return undefined;
  // Per shape: its keys as field codes (undefined: some key is no rule field), lazily.
  const shapeFields: Array<Int8Array | null | undefined> = new Array(shapes.length);
  const fieldsOf = (s: number): Int8Array | null => {
    let f = shapeFields[s];
    if (f === undefined) {
      const keys = shapes[s]!;
      f = new Int8Array(keys.length);
      for (let i = 0; i < keys.length && f !== null; i++) {
        const code = Object.hasOwn(FIELDS, keys[i]!) ? FIELDS[keys[i]!] : undefined;
        if (code === undefined) f = null;
        else f[i] = code;
      }
      shapeFields[s] = f;
    }
    return f;
  };
  // Per shape: whether it is a message's (zh and en among its keys), an exception's (only context keys, one at least).
  const messageShape = new Int8Array(shapes.length);
  const exceptionShape = new Int8Array(shapes.length);
  /** Per message shape: 1 at its `zh` and `en` keys (texts), 0 at any other (any value); lazily. */
  const messageTexts: Array<Int8Array | undefined> = new Array(shapes.length);
  const shapeIs = (marks: Int8Array, s: number, test: (keys: readonly string[]) => boolean): boolean => {
    if (marks[s] === 0) marks[s] = test(shapes[s]!) ? 1 : 2;
    return marks[s] === 1;
  };
  // Enum codes by string: per string, 1 + 8 × its code + the field it was read for (the
  // strings are few and shared: each sliced once, unless one string serves two fields).
  const enumOf = new Int32Array(strings);
  const enumCode = (field: Field, i: number): number => {
    const known = enumOf[i]!;
    if (known !== 0 && ((known - 1) & 15) === field) return (known - 1) >>> 4;
    const table = ENUM_CODES[field]!;
    const word = w.string(i);
    const code = Object.hasOwn(table, word) ? table[word]! : 0;
    enumOf[i] = 1 + code * 16 + field;
    return code;
  };
  let p = 1;
  /** Skips one value as {@link ValueReader.value} reads it; false at anything else (or JSON text). */
  const skip = (depth: number): boolean => {
    if (p >= end || depth > 8) return false;
    const x = stream[p++]!;
    const tag = x & 7;
    const k = x >>> 3;
    if (tag === TAG.string) return k < strings;
    if (tag === TAG.count) return true;
    if (tag === TAG.object) {
      if (k >= shapes.length || shapes[k]!.length > end - p) return false;
      for (let i = shapes[k]!.length; i > 0; i--) if (!skip(depth + 1)) return false;
      return true;
    }
    if (tag === TAG.array) {
      if (k > end - p) return false;
      for (let i = k; i > 0; i--) if (!skip(depth + 1)) return false;
      return true;
    }
    return false;
  };
  /** A non-empty string, skipped; its number, or -1. */
  const textAt = (): number => {
    if (p >= end) return -1;
    const x = stream[p++]!;
    const k = x >>> 3;
    return (x & 7) === TAG.string && k < strings && starts[k + 1]! > starts[k]! ? k : -1;
  };
  /** A list of non-empty strings (at least `least`), skipped; its length, or -1. */
  const textsAt = (least: number): number => {
    if (p >= end) return -1;
    const x = stream[p++]!;
    const k = x >>> 3;
    if ((x & 7) !== TAG.array || k < least || k > end - p) return -1;
    for (let i = 0; i < k; i++) if (textAt() < 0) return -1;
    return k;
  };
  const at = new Int32Array(n);
  const codes = new Int32Array(CODES * n);
  for (let r = 0; r < n; r++) {
    // Rule r: an object (depth 1) of known fields, each value at depth 2.
    if (p >= end) return undefined;
    at[r] = p;
    const x = stream[p++]!;
    const s = x >>> 3;
    if ((x & 7) !== TAG.object || s >= shapes.length) return undefined;
    const fields = fieldsOf(s);
    if (fields === null || fields.length > end - p) return undefined;
    const c = CODES * r;
    codes[c + 4] = DEFAULT_WITHIN;
    let seen = 0;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]! as Field;
      seen |= 1 << field;
      switch (field) {
        case Field.Id:
          if (textAt() < 0) return undefined;
          break;
        case Field.Patterns:
          if (textsAt(1) < 0) return undefined;
          break;
        case Field.Texts:
          if (textsAt(0) < 0) return undefined;
          break;
        case Field.Message: {
          // An object with zh and en texts; other keys any value (depth 3).
          const y = p < end ? stream[p++]! : -1;
          const m = y >>> 3;
          if ((y & 7) !== TAG.object || m >= shapes.length || shapes[m]!.length > end - p) return undefined;
          if (!shapeIs(messageShape, m, (keys) => keys.includes('zh') && keys.includes('en'))) return undefined;
          const texts = (messageTexts[m] ??= Int8Array.from(shapes[m]!, (key) => (key === 'zh' || key === 'en' ? 1 : 0)));
          for (let i = 0; i < texts.length; i++) if (texts[i] === 1 ? textAt() < 0 : !skip(3)) return undefined;
          break;
        }
        case Field.Exceptions: {
          // A list of objects of context keys only, each a text.
          const y = p < end ? stream[p++]! : -1;
          const k = y >>> 3;
          if ((y & 7) !== TAG.array || k > end - p) return undefined;
          for (let e = 0; e < k; e++) {
            const z = p < end ? stream[p++]! : -1;
            const m = z >>> 3;
            if ((z & 7) !== TAG.object || m >= shapes.length || shapes[m]!.length > end - p) return undefined;
            if (!shapeIs(exceptionShape, m, (keys) => keys.length > 0 && keys.every((key) => CONTEXT_KEYS.includes(key)))) return undefined;
            for (let j = shapes[m]!.length; j > 0; j--) if (textAt() < 0) return undefined;
          }
          codes[c + 5] = k > 0 ? 1 : 0;
          break;
        }
        case Field.Within: {
          const y = p < end ? stream[p++]! : -1;
          if ((y & 7) !== TAG.count || y >>> 3 > MAX_WITHIN) return undefined;
          codes[c + 4] = y >>> 3;
          break;
        }
        case Field.Any:
          if (!skip(2)) return undefined;
          break;
        default: {
          // An enumerated field: a string among its values.
          const y = p < end ? stream[p++]! : -1;
          const k = y >>> 3;
          if ((y & 7) !== TAG.string || k >= strings) return undefined;
          const code = enumCode(field, k);
          if (code === 0) return undefined;
          if (field === Field.Severity) codes[c] = code;
          else if (field === Field.Anchor) codes[c + 1] = code;
          else if (field === Field.Form) codes[c + 2] = code;
          else if (field === Field.Quoted) codes[c + 3] = code === 1 ? 1 : 0;
        }
      }
    }
    const required = (1 << Field.Id) | (1 << Field.Severity) | (1 << Field.Patterns) | (1 << Field.Message);
    if ((seen & required) !== required) return undefined;
  }
  return p === end ? { at, codes } : undefined;
}

let symbolSeen: Uint8Array | undefined;

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
  // Symbols repeated? (A table kept between loads, cleared after use: no 256 KiB per load.)
  const seen = (symbolSeen ??= new Uint8Array(0x10000));
  let repeat = false;
  let breakClass = 0;
  for (let i = 0; i < symbols.length && !repeat; i++) {
    const u = symbols[i]!;
    repeat = seen[u] === 1;
    seen[u] = 1;
    if (u === BOUNDARY) breakClass = i + 1;
  }
  for (let i = 0; i < symbols.length; i++) seen[symbols[i]!] = 0;
  if (repeat) throw automatonError('symbols repeat');
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
 * An entry of a loaded rule set: what the scan reads, and its rule built when first asked for
 * (a match of it, a finding, `linter.rules`).
 */
class LoadedEntry implements CompiledRule {
  constructor(
    private readonly store: RuleStore,
    private readonly index: number,
    readonly rank: number,
    readonly exceptions: readonly CompiledException[],
    readonly contextual: boolean,
    readonly right: number,
    readonly head: readonly number[] | undefined,
    readonly edges: number,
  ) {}
  get rule(): Rule {
    return this.store.rule(this.index);
  }
}

/**
 * The prepared rule set: per entry its rule and shape (checked: rules in order, edges, heads),
 * per pattern its entries (checked: in range, by precedence, none twice). With `codes` (from
 * {@link scanRules}), entries are made from them, building only the rules that have exceptions
 * (to fold those), and the set carries the linter's shape table.
 */
function rebuildEntries(rules: RuleStore, codes: Int32Array | undefined, automaton: Automaton, entryStart: Int32Array, entryRule: Int32Array, entryInfo: Int32Array, headStart: Int32Array, heads: Uint16Array): CompiledRules {
  const E = entryInfo.length >> 1;
  const P = automaton.lengths.length;
  if (entryInfo.length !== 2 * E || headStart.length !== E + 1 || entryStart.length !== P + 1) throw automatonError('entry sizes');
  if (headStart[0] !== 0 || headStart[E] !== heads.length || entryStart[0] !== 0 || entryStart[P] !== entryRule.length) throw automatonError('entry sizes');
  const entries: CompiledRule[] = new Array(E);
  const shape = codes === undefined ? undefined : new Int32Array(SHAPE * E);
  let last = -1;
  let exceptions: readonly CompiledException[] = [];
  for (let e = 0; e < E; e++) {
    const r = entryInfo[2 * e]!;
    const edges = entryInfo[2 * e + 1]!;
    const from = headStart[e]!;
    const to = headStart[e + 1]!;
    if (r < last || r >= rules.count || edges < 0 || edges > (EDGE_START | EDGE_END | EDGE_ACROSS) || to < from || to > heads.length || to - from > MAX_PATTERN_LENGTH) throw automatonError(`entry ${e}`);
    const head = to === from ? undefined : Array.from(heads.subarray(from, to));
    if (codes === undefined || shape === undefined) {
      const rule = rules.rule(r);
      if (r !== last) exceptions = compileExceptions(rule);
      last = r;
      entries[e] = compiledEntry(rule, head, edges, exceptions);
      continue;
    }
    const c = CODES * r;
    const anchor = codes[c + 1]!;
    const form = codes[c + 2]!;
    const quoted = codes[c + 3]!;
    const at = SHAPE * e;
    shape[at] = anchor;
    shape[at + 1] = form;
    shape[at + 2] = quoted;
    shape[at + 3] = codes[c + 4]!;
    if (codes[c + 5] === 1) {
      // (As compiledEntry, which reads the rule's exceptions.)
      const rule = rules.rule(r);
      if (r !== last) exceptions = compileExceptions(rule);
      last = r;
      const x = compiledEntry(rule, head, edges, exceptions);
      entries[e] = new LoadedEntry(rules, r, x.rank, x.exceptions, x.contextual, x.right, x.head, x.edges);
      continue;
    }
    last = r;
    // (As compiledEntry for a rule without exceptions: an end anchor reads one unit after.)
    const right = Math.max(anchor === 0 || anchor === ANCHOR_CODE['start'] ? 0 : 1, edges & 2 ? 1 : 0);
    const contextual = anchor !== 0 || head !== undefined || edges !== 0 || form !== 0 || quoted === 1;
    entries[e] = new LoadedEntry(rules, r, codes[c]!, NO_EXCEPTIONS, contextual, right, head, edges);
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
  return { automaton, rules: entries, entryStart, entryRule, right, shape };
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
        const e = entryOf(r, v.head === '' ? undefined : foldLiteral(v.head), variantEdges(v));
        if (e < 0) throw automatonError(`rule ${r}: an entry is missing`);
        forms(foldPatternUnits(v.tail), e, r);
      }
    }
  }
  if (seen.includes(0)) throw automatonError('a pattern no rule holds');
}

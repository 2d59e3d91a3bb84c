import { createSlotLru, hashText, type LruOptions } from '../cache/index.js';
import { HuashuError } from '../errors/index.js';
import { parseTemplate } from './parse.js';

// The template engine shared by `fill` (huashu/honorifics, which addresses customer objects),
// `fillTemplate` (plain values only), `say` and `greet`: nothing here imports the surname
// tables, so an app that only fills strings does not ship them.

/** Options of `fillTemplate` (and, with the honorific options, of `fill`): how strict to be and how to escape. */
export interface FillOptions {
  /** The phrase being filled, named in errors. */
  phraseId?: string | undefined;
  /**
   * A variable without value and without fallback: `'throw'` (default) a {@link MissingVariableError};
   * `'mark'` leaves a visible `⟦name⟧` in the text (for previews and authoring tools).
   */
  missing?: 'throw' | 'mark' | undefined;
  /** Variables the template does not use: `'allow'` (default) or `'reject'` ({@link UnknownVariableError}). */
  extraVariables?: 'allow' | 'reject' | undefined;
  /** `'html'` escapes `& < > " '` in inserted values (never in the template). Default `'none'`. */
  escape?: 'none' | 'html' | undefined;
}

/** Thrown when a template needs a variable that was not given and has no fallback. */
export class MissingVariableError extends HuashuError {
  /** The variable's name. */
  readonly variable: string;
  /** The phrase being filled (`scenario#phrase`), when known. */
  readonly phraseId: string | undefined;
  constructor(variable: string, phraseId: string | undefined) {
    super('MISSING_VARIABLE', `Missing variable {${variable}}${phraseId === undefined ? '' : ` for phrase "${phraseId}"`}: pass it in vars, or write {${variable}|fallback} in the template`);
    this.variable = variable;
    this.phraseId = phraseId;
  }
}

/** Thrown with `extraVariables: 'reject'` for a variable the template does not use. */
export class UnknownVariableError extends HuashuError {
  /** The variable's name. */
  readonly variable: string;
  /** The phrase being filled, when known. */
  readonly phraseId: string | undefined;
  /** The template's placeholders. */
  readonly known: readonly string[];
  constructor(variable: string, phraseId: string | undefined, known: readonly string[]) {
    super('UNKNOWN_VARIABLE', `Unknown variable "${variable}"${phraseId === undefined ? '' : ` for phrase "${phraseId}"`}: the template uses ${known.length === 0 ? 'no variables' : known.map((k) => `{${k}}`).join(', ')}`);
    this.variable = variable;
    this.phraseId = phraseId;
    this.known = known;
  }
}

/**
 * A template compiled for filling, flat (one array per template, nothing else kept): its slot in
 * the cache (written by the cache when it keeps the template: {@link createSlotLru}, so a hit
 * reads no entry object), the literal text before the first placeholder, then for each
 * placeholder its name, its fallback and the literal text after it. Names and literals are
 * interned ({@link internal}): templates share one string per name and per repeated literal, so a
 * call reads fewer distinct objects.
 */
type Compiled = [slot: number, ...parts: (string | undefined)[]];

/**
 * Compiled templates, old ones evicted one at a time (those read since last passed over kept:
 * second chance), bounded in bytes: an entry weighs about
 * 4 bytes a UTF-16 unit (the key and its parts) plus 100 for the objects; 16 MiB in all. Once
 * full, a missed template is compiled and kept only in the place of one read less often lately
 * than it was missed (createLru's frequency-based admission, `hash`): an app cycling through more
 * templates than fit would otherwise replace one on every call and never find it again, paying a
 * parse each time, while a new, smaller set of templates replaces a stale one within a few passes.
 * The misses not kept are filled from their text ({@link fillDirect}). A template over 64 K units
 * is never kept either, so templates built from user input cannot hold memory. Exported for the
 * tests, which count what the cache keeps.
 */
export const TEMPLATE_CACHE: LruOptions<string, Compiled> = { maxEntries: 65_536, maxWeight: 16 * 1024 * 1024, maxEntryWeight: 256 * 1024, weigh: (template) => 4 * template.length + 100, hash: hashText };

const cache = createSlotLru<string, Compiled>(TEMPLATE_CACHE);

function compile(template: string): Compiled {
  const flat: Compiled = [0, ''];
  for (const part of parseTemplate(template)) {
    if (typeof part === 'string') flat[flat.length - 1] = internal(part);
    else flat.push(internal(part.name), part.fallback, '');
  }
  return flat;
}

/**
 * `text` (a name or a literal) as the engine's own interned copy of that string, the one property
 * keys use (same characters; linear in its length, and held weakly by the engine): every template
 * then reads one string for a name, and a property lookup by it need not first find that copy.
 */
function internal(text: string): string {
  return Object.keys({ [text]: 0 })[0]!;
}

const hasOwn = Object.hasOwn;

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Turns a plain-object value (a customer) of the placeholder `name` into text, or throws. */
export type AddressFn<O extends FillOptions = FillOptions> = (value: object, options: O, name: string) => string;

/**
 * The engine behind `fill`, `fillTemplate` and `say`: fills `template` from `values`, then
 * `defaults` (a pack's brand, hotline…), without merging the two; only own properties are read.
 * Plain objects go through `address`. A template is compiled once (cached); a call then reads
 * each placeholder's value and concatenates, allocating nothing but the result.
 */
export function fillWith<O extends FillOptions>(
  template: string,
  values: Readonly<Record<string, unknown>>,
  defaults: Readonly<Record<string, unknown>> | undefined,
  options: O,
  phraseId: string | undefined,
  address: AddressFn<O>,
): string {
  if (typeof template !== 'string') throw new HuashuError('INVALID_ARGUMENT', `A template is a string (got ${template === null ? 'null' : typeof template})`);
  if (typeof values !== 'object' || values === null) throw new HuashuError('INVALID_ARGUMENT', `Template variables are an object (got ${values === null ? 'null' : typeof values})`);
  const flat = cache.get(template, compile, passed);
  const reject = options.extraVariables === 'reject';
  if (flat === undefined && !reject) {
    const text = fillDirect(template, values, defaults, options);
    if (text !== undefined) return text;
  }
  const compiled = flat ?? compile(template);
  if (reject) rejectExtra(compiled, values, phraseId);
  return fillFlat(compiled, values, defaults, options, phraseId, address);
}

/** A miss the cache does not keep: filled from the text ({@link fillDirect}). */
const passed = (): undefined => undefined;

/** Fills a compiled template: reads each placeholder's value and concatenates. */
function fillFlat<O extends FillOptions>(
  flat: Compiled,
  values: Readonly<Record<string, unknown>>,
  defaults: Readonly<Record<string, unknown>> | undefined,
  options: O,
  phraseId: string | undefined,
  address: AddressFn<O>,
): string {
  const html = options.escape === 'html';
  let out = flat[1] as string;
  for (let k = 2; k < flat.length; k += 3) {
    const name = flat[k] as string;
    let value = hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined && defaults !== undefined && hasOwn(defaults, name)) value = defaults[name];
    // Text and numbers inline (what almost every call passes); the rest in `valueText`, so that
    // this loop stays small.
    out += (typeof value === 'string' && value !== '' && !html ? value : typeof value === 'number' ? String(value) : valueText(value, flat[k + 1] as string | undefined, name, html, options, phraseId, address)) + (flat[k + 2] as string);
  }
  return out;
}

/**
 * Fills a template the cache does not keep (full, or too long) in one pass over its text,
 * allocating nothing but the result (no parts, no interned strings): when templates cycle past
 * the cache's size, a miss costs one scan of the text instead of a parse and a new entry (about
 * 0.35 µs against 6–7 µs for a 60-unit template, measured alone). Covers the plain case
 * only (placeholders `{name}` / `{name|fallback}` with no spaces, values that are non-empty text
 * or numbers, or absent with a fallback or `missing: 'mark'`, no escaping); for anything else it
 * returns `undefined` before any value is addressed or any error thrown, and the caller fills
 * from the parsed template, so errors and their order are those of the parser and `valueText`.
 */
function fillDirect(template: string, values: Readonly<Record<string, unknown>>, defaults: Readonly<Record<string, unknown>> | undefined, options: FillOptions): string | undefined {
  if (options.escape === 'html') return undefined;
  const n = template.length;
  let out = '';
  // The literal run not yet copied starts at `from`.
  let from = 0;
  for (let i = 0; i < n; i++) {
    const c = template.charCodeAt(i);
    if (c === 0x7b || c === 0x7d) {
      // `{{` or `}}`: the literal run up to and with one brace.
      if (template.charCodeAt(i + 1) === c) {
        out += template.slice(from, i + 1);
        from = ++i + 1;
        continue;
      }
      if (c === 0x7d) return undefined;
      let j = i + 1;
      for (let d = template.charCodeAt(j); d === 0x5f || (d >= 0x30 && d <= 0x39) || ((d | 0x20) >= 0x61 && (d | 0x20) <= 0x7a); d = template.charCodeAt(++j));
      const first = template.charCodeAt(i + 1);
      if (j === i + 1 || (first >= 0x30 && first <= 0x39)) return undefined;
      const end = template.charCodeAt(j);
      let close = j;
      if (end === 0x7c) {
        close = template.indexOf('}', j);
        if (close === -1 || template.lastIndexOf('{', close) !== i) return undefined;
      } else if (end !== 0x7d) return undefined;
      const name = template.slice(i + 1, j);
      let value = hasOwn(values, name) ? values[name] : undefined;
      if (value === undefined && defaults !== undefined && hasOwn(defaults, name)) value = defaults[name];
      let text: string;
      if (typeof value === 'string' && value !== '') text = value;
      else if (typeof value === 'number') text = String(value);
      else if (value === undefined || value === null || value === '') {
        if (close !== j) text = template.slice(j + 1, close);
        else if (options.missing === 'mark') text = `⟦${name}⟧`;
        else return undefined;
      } else return undefined;
      out += template.slice(from, i) + text;
      from = (i = close) + 1;
    }
  }
  return out + template.slice(from);
}

/**
 * The text of a value other than a non-empty string (unescaped) or a number: its fallback when
 * absent or empty (else `⟦name⟧` or {@link MissingVariableError}), a customer object addressed,
 * anything else as `String` gives it; values HTML-escaped with `html`.
 */
function valueText<O extends FillOptions>(value: unknown, fallback: string | undefined, name: string, html: boolean, options: O, phraseId: string | undefined, address: AddressFn<O>): string {
  if (value === undefined || value === null || value === '') {
    if (fallback !== undefined) return fallback;
    if (options.missing === 'mark') return `⟦${name}⟧`;
    throw new MissingVariableError(name, phraseId);
  }
  if (typeof value === 'function') throw new HuashuError('INVALID_ARGUMENT', `{${name}}${phraseId === undefined ? '' : ` in "${phraseId}"`} got a function: pass text or a number`);
  const text = typeof value === 'object' && isPlain(value) ? address(value, options, name) : String(value);
  return html ? text.replace(/[&<>"']/g, escapeHtml) : text;
}

/** Throws {@link UnknownVariableError} for a value the template does not use (`extraVariables: 'reject'`). */
function rejectExtra(flat: Compiled, values: Readonly<Record<string, unknown>>, phraseId: string | undefined): void {
  const known = flat.filter((_, k) => k % 3 === 2) as string[];
  for (const key of Object.keys(values)) {
    if (values[key] !== undefined && !known.includes(key)) throw new UnknownVariableError(key, phraseId, [...new Set(known)]);
  }
}

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function escapeHtml(c: string): string {
  return HTML[c] ?? c;
}

import { createLru } from '../cache/index.js';
import { HuashuError } from '../errors/index.js';
import { scanTemplate } from './parse.js';

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
 * A template compiled for filling, flat (one array per template, nothing else kept): each
 * literal run as two slots, then for each placeholder its name and its fallback, then the next
 * literal run. A literal run is `[start, end]`, a range of the template itself (sliced when
 * filled: no copy of the text is kept, so a hit reads the template, already in cache from its
 * lookup, rather than separate strings), or `[text, 0]` when it has doubled braces.
 */
type Compiled = readonly (string | number | undefined)[];

/**
 * Compiled templates, least recently used evicted first (one at a time, never all at once),
 * bounded in bytes: an entry weighs about 4 bytes a UTF-16 unit (the key and its parts) plus 100
 * for the objects; 16 MiB in all (some 40,000 templates of 80 characters). A template over 64 K
 * units is parsed on every call and never kept, so templates built from user input cannot hold
 * memory.
 */
const cache = createLru<string, Compiled>({ maxEntries: 65_536, maxWeight: 16 * 1024 * 1024, maxEntryWeight: 256 * 1024, weigh: (template) => 4 * template.length + 100 });

function compile(template: string): Compiled {
  const flat: (string | number | undefined)[] = [];
  // the literal run being read: a range of the template, or text once a doubled brace joins it
  let start = 0;
  let end = 0;
  let text: string | undefined;
  scanTemplate(template, {
    text(from, to) {
      if (text !== undefined) text += template.slice(from, to);
      else if (start === end) (start = from), (end = to);
      else text = template.slice(start, end) + template.slice(from, to);
    },
    brace(brace) {
      text = (text ?? template.slice(start, end)) + brace;
    },
    placeholder(name, fallback) {
      flat.push(text ?? start, text === undefined ? end : 0, name, fallback);
      start = end = 0;
      text = undefined;
    },
  });
  flat.push(text ?? start, text === undefined ? end : 0);
  return flat;
}

/** The literal run of `flat` at `k` (see {@link Compiled}). */
function literal(template: string, flat: Compiled, k: number): string {
  const at = flat[k]!;
  return typeof at === 'string' ? at : template.slice(at, flat[k + 1] as number);
}

const hasOwn = Object.hasOwn;

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Turns a plain-object value (a customer) of the placeholder `name` into text, or throws. */
export type AddressFn<O extends FillOptions = FillOptions> = (value: object, options: O, name: string) => string;

/**
 * The engine behind `fill`, `fillTemplate` and `say`: fills `template` from `values`, then
 * `defaults` (a pack's brand, hotline…), without merging the two; only own properties are read.
 * Plain objects go through `address`. A template is compiled once (cached); a call then reads
 * each placeholder's value and concatenates it with slices of the template (allocating only the
 * result and its pieces).
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
  const flat = cache.get(template, compile);
  if (options.extraVariables === 'reject') rejectExtra(flat, values, phraseId);
  const html = options.escape === 'html';
  let out = literal(template, flat, 0);
  for (let k = 2; k < flat.length; k += 4) {
    const name = flat[k] as string;
    let value = hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined && defaults !== undefined && hasOwn(defaults, name)) value = defaults[name];
    let text: string;
    if (value === undefined || value === null || value === '') {
      const fallback = flat[k + 1] as string | undefined;
      if (fallback !== undefined) text = fallback;
      else if (options.missing === 'mark') text = `⟦${name}⟧`;
      else throw new MissingVariableError(name, phraseId);
    } else {
      if (typeof value === 'function') throw new HuashuError('INVALID_ARGUMENT', `{${name}}${phraseId === undefined ? '' : ` in "${phraseId}"`} got a function: pass text or a number`);
      text = typeof value === 'object' && isPlain(value) ? address(value, options, name) : String(value);
      if (html) text = text.replace(/[&<>"']/g, escapeHtml);
    }
    out += text + literal(template, flat, k + 2);
  }
  return out;
}

/** Throws {@link UnknownVariableError} for a value the template does not use (`extraVariables: 'reject'`). */
function rejectExtra(flat: Compiled, values: Readonly<Record<string, unknown>>, phraseId: string | undefined): void {
  const known = flat.filter((_, k) => k % 4 === 2) as string[];
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

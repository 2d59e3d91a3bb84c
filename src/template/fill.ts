import { createLru } from '../cache/index.js';
import { HuashuError } from '../errors/index.js';
import { parseTemplate, type TemplatePart } from './parse.js';

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
 * Compiled templates, least recently used evicted first, bounded in bytes: an entry weighs about
 * 4 bytes a UTF-16 unit (the key and its parts) plus 100 for the objects; 16 MiB in all. A
 * template over 64 K units is parsed on every call and never kept, so templates built from user
 * input cannot hold memory.
 */
const cache = createLru<string, readonly TemplatePart[]>({ maxEntries: 65_536, maxWeight: 16 * 1024 * 1024, maxEntryWeight: 256 * 1024, weigh: (template) => 4 * template.length + 100 });

/** Parses a template once and keeps its parts (frozen: callers share them). */
export function compiled(template: string): readonly TemplatePart[] {
  return cache.get(template, (t) => Object.freeze(parseTemplate(t)));
}

/** A record's own value for `name` (never an inherited one: `constructor`, `toString`…). */
function own(record: Readonly<Record<string, unknown>> | undefined, name: string): unknown {
  return record !== undefined && Object.hasOwn(record, name) ? record[name] : undefined;
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Turns a plain-object value (a customer) of the placeholder `name` into text, or throws. */
export type AddressFn<O extends FillOptions = FillOptions> = (value: object, options: O, name: string) => string;

/**
 * The engine behind `fill`, `fillTemplate` and `say`: fills `template` from `values`, then
 * `defaults` (a pack's brand, hotline…), without merging the two. Plain objects go through
 * `address`.
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
  const parts = compiled(template);
  if (options.extraVariables === 'reject') {
    const known = parts.flatMap((p) => (typeof p === 'string' ? [] : [p.name]));
    for (const key of Object.keys(values)) {
      if (own(values, key) !== undefined && !known.includes(key)) throw new UnknownVariableError(key, phraseId, [...new Set(known)]);
    }
  }
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    let value = own(values, part.name);
    if (value === undefined) value = own(defaults, part.name);
    let text: string;
    if (value === undefined || value === null || value === '') {
      if (part.fallback !== undefined) {
        out += part.fallback;
        continue;
      }
      if (options.missing === 'mark') {
        out += `⟦${part.name}⟧`;
        continue;
      }
      throw new MissingVariableError(part.name, phraseId);
    } else if (typeof value === 'function') {
      throw new HuashuError('INVALID_ARGUMENT', `{${part.name}}${phraseId === undefined ? '' : ` in "${phraseId}"`} got a function: pass text or a number`);
    } else text = typeof value === 'object' && isPlain(value) ? address(value, options, part.name) : String(value);
    out += options.escape === 'html' ? text.replace(/[&<>"']/g, escapeHtml) : text;
  }
  return out;
}

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function escapeHtml(c: string): string {
  return HTML[c] ?? c;
}

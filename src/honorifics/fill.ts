import { HuashuError } from '../errors/huashu-error.js';
import { honorific } from './honorific.js';
import { parseTemplate, type TemplatePart } from './template.js';
import type { TemplateVariables } from './template-types.js';
import type { Customer, HonorificOptions } from './types.js';

/** Options of {@link fill}: the honorific options for `customer` objects, and how strict to be. */
export interface FillOptions extends HonorificOptions {
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

/** Compiled templates; bounded so that templates built from user input cannot grow it forever. */
const cache = new Map<string, TemplatePart[]>();
const CACHE_SIZE = 500;

/** Parses a template once and keeps its parts. */
export function compiled(template: string): TemplatePart[] {
  let parts = cache.get(template);
  if (parts === undefined) {
    parts = parseTemplate(template);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(template, parts);
  }
  return parts;
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Fills `{placeholders}` in a template (ICU-style simple arguments; `{{` and `}}` are literal
 * braces; `{name|fallback}` is used when the variable is absent). Values are inserted exactly as
 * given: never re-parsed, no bidi marks added, HTML-escaped only with `escape: 'html'`. A
 * `customer` object is addressed with {@link honorific}. Templates are compiled once and cached.
 * The variables a literal template needs are checked at compile time.
 *
 * @param template - text with `{name}` / `{name|fallback}` placeholders
 * @param vars - the values; a `customer` is a ready-made address or `{ surname?, fullName?, gender?, title? }`
 * @param options - locale and honorific options, strictness and escaping
 * @returns the filled text
 * @throws {@link MissingVariableError} for a variable without value or fallback (unless `missing: 'mark'`)
 * @throws {@link UnknownVariableError} for an unused variable with `extraVariables: 'reject'`
 * @throws {@link TemplateSyntaxError} for unbalanced braces
 * @throws {@link InvalidNameError} for a customer object with an invalid name
 * @example
 * ```ts
 * fill('很抱歉,{customer|您},请稍等', { customer: '王女士' }); //=> '很抱歉,王女士,请稍等'
 * fill('{customer}您好', { customer: { fullName: '欧阳娜娜', gender: 'female' } }); //=> '欧阳女士您好'
 * fill('{{customer}} 是 {customer}', { customer: '您' }); //=> '{customer} 是 您'
 * ```
 */
export function fill<const T extends string>(template: T, vars: TemplateVariables<T>, options: FillOptions = {}): string {
  return fillIn(template, vars as Readonly<Record<string, unknown>>, undefined, options, options.phraseId);
}

/**
 * `fill` with a second record of defaults (a pack's brand, hotline…) looked up when `vars` has
 * no value, without merging the two: shared by `fill` and `say`.
 */
export function fillIn(
  template: string,
  values: Readonly<Record<string, unknown>>,
  defaults: Readonly<Record<string, unknown>> | undefined,
  options: FillOptions,
  phraseId: string | undefined,
): string {
  const parts = compiled(template);
  if (options.extraVariables === 'reject') {
    const known = parts.flatMap((p) => (typeof p === 'string' ? [] : [p.name]));
    for (const key of Object.keys(values)) {
      if (values[key] !== undefined && !known.includes(key)) throw new UnknownVariableError(key, phraseId, [...new Set(known)]);
    }
  }
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    let value = values[part.name];
    if (value === undefined && defaults !== undefined) value = defaults[part.name];
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
    } else if (typeof value === 'object' && isPlain(value)) text = honorific(value as Customer, options);
    else text = String(value);
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

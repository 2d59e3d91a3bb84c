import { HuashuError } from '../errors/huashu-error.js';
import { parseTemplate, type TemplatePart } from './template.js';
import type { HonorificOptions } from './types.js';

// The template engine shared by `fill` (huashu/honorifics, which addresses customer objects)
// and `fillTemplate` (huashu/template, plain values only): nothing here imports the surname
// tables, so an app that only fills strings does not ship them.

/** Options of `fill` and `fillTemplate`: the honorific options for `customer` objects (`fill` only), and how strict to be. */
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

/** Turns a plain-object value (a customer) of the placeholder `name` into text, or throws. */
export type AddressFn = (value: object, options: FillOptions, name: string) => string;

/**
 * The engine behind `fill`, `fillTemplate` and `say`: fills `template` from `values`, then
 * `defaults` (a pack's brand, hotline…), without merging the two. Plain objects go through
 * `address`.
 */
export function fillWith(
  template: string,
  values: Readonly<Record<string, unknown>>,
  defaults: Readonly<Record<string, unknown>> | undefined,
  options: FillOptions,
  phraseId: string | undefined,
  address: AddressFn,
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

import type { Locale } from '../schema/common.js';
import { HuashuError } from '../errors/huashu-error.js';
import { parseTemplate, type TemplatePart } from './template.js';
import type { CustomerValue } from './types.js';

/** Options of {@link fill}. */
export interface FillOptions {
  /** Output locale (the script of addresses derived from a customer object). Default `zh-CN`. */
  locale?: Locale | undefined;
  /** The phrase being filled, named in errors. */
  phraseId?: string | undefined;
}

/** Thrown when a template needs a variable that was not given and has no fallback. */
export class MissingVariableError extends HuashuError {
  readonly variable: string;
  readonly phraseId: string | undefined;
  constructor(variable: string, phraseId: string | undefined) {
    super('MISSING_VARIABLE', `Missing variable {${variable}}${phraseId === undefined ? '' : ` for phrase "${phraseId}"`}: pass it in vars, or write {${variable}|fallback} in the template`);
    this.variable = variable;
    this.phraseId = phraseId;
  }
}

const cache = new Map<string, TemplatePart[]>();

function address(value: CustomerValue): string {
  if (typeof value === 'string') return value;
  const surname = value.surname ?? value.fullName?.slice(0, 1) ?? '';
  const title = value.title ?? (value.gender === 'female' ? '女士' : value.gender === 'male' ? '先生' : '先生/女士');
  return `${surname}${title}`;
}

/**
 * Fills `{placeholders}` in a template. Values are inserted literally (never re-parsed).
 *
 * @example
 * ```ts
 * fill('很抱歉,{customer|您},请稍等', { customer: '王女士' }); //=> '很抱歉,王女士,请稍等'
 * ```
 */
export function fill(template: string, vars: Readonly<Record<string, unknown>>, options: FillOptions = {}): string {
  let parts = cache.get(template);
  if (parts === undefined) {
    parts = parseTemplate(template);
    cache.set(template, parts);
  }
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = vars[part.name];
    if (value === undefined || value === null || value === '') {
      if (part.fallback === undefined) throw new MissingVariableError(part.name, options.phraseId);
      out += part.fallback;
    } else if (part.name === 'customer' && typeof value === 'object') out += address(value as CustomerValue);
    else out += String(value);
  }
  return out;
}

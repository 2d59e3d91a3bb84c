import type { FillOptions as TemplateFillOptions } from '../template/index.js';
import { fillWith } from '../template/internal.js';
import { honorific } from './honorific.js';
import type { TemplateVariables } from './template-types.js';
import type { Customer, HonorificOptions } from './types.js';

export { MissingVariableError, UnknownVariableError } from '../template/index.js';

/** Options of `fill` and `say`: the template options, and the honorific options for `customer` objects. */
export interface FillOptions extends TemplateFillOptions, HonorificOptions {}

const address = (value: object, options: FillOptions): string => honorific(value as Customer, options);

const NO_OPTIONS: FillOptions = Object.freeze({});

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
export function fill<const T extends string>(template: T, vars: TemplateVariables<T>, options: FillOptions = NO_OPTIONS): string {
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
  return fillWith(template, values, defaults, options, phraseId, address);
}

import { HuashuError } from '../errors/index.js';
import { fillWith, type FillOptions } from './fill.js';
import type { TemplateTextVariables } from './types.js';

/**
 * Fills `{placeholders}` exactly as `fill` from huashu/honorifics does (`{{`/`}}` literal braces,
 * `{name|fallback}`, the same errors, `missing`, `extraVariables` and `escape` options), but
 * inserts text only: a customer object is rejected instead of addressed, so the surname tables
 * (~2.8 kB gzipped) stay out of the bundle. Address the customer yourself (`'王女士'`, or
 * `honorific()` where you can afford the tables).
 *
 * @param template - text with `{name}` / `{name|fallback}` placeholders
 * @param vars - the values (strings, numbers…); plain objects are rejected
 * @param options - strictness and escaping 
 * @returns the filled text
 * @throws `MissingVariableError` for a variable without value or fallback (unless `missing: 'mark'`)
 * @throws `UnknownVariableError` for an unused variable with `extraVariables: 'reject'`
 * @throws `TemplateSyntaxError` for unbalanced braces
 * @throws HuashuError `INVALID_ARGUMENT` for a plain object value (a customer object)
 * @example
 * ```ts
 * fillTemplate('很抱歉,{customer|您},请稍等', { customer: '王女士' }); //=> '很抱歉,王女士,请稍等'
 * fillTemplate('很抱歉,{customer|您},请稍等', {}); //=> '很抱歉,您,请稍等'
 * fillTemplate('订单{order}已发货', { order: 42 }, { escape: 'html' }); //=> '订单42已发货'
 * ```
 */
export function fillTemplate<const T extends string>(template: T, vars: TemplateTextVariables<T>, options: FillOptions = NO_OPTIONS): string {
  return fillWith(template, vars as Readonly<Record<string, unknown>>, undefined, options, options.phraseId, refuseObject);
}

const NO_OPTIONS: FillOptions = Object.freeze({});

function refuseObject(_value: object, { phraseId }: FillOptions, name: string): never {
  throw new HuashuError('INVALID_ARGUMENT', `{${name}}${phraseId === undefined ? '' : ` in "${phraseId}"`} got an object: fillTemplate inserts text only; address a customer with honorific() or use fill from huashu/honorifics`);
}

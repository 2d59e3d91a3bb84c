import type { OptionalVariables, RequiredVariables } from '../template/index.js';
import type { CustomerValue } from './types.js';

/** The value a variable takes: a customer (string or object) for `customer`, text or a number otherwise. */
export type TemplateValue<Name extends string> = Name extends 'customer' ? CustomerValue : string | number;

/**
 * The variables a literal template needs, inferred from its text: `{name}` is required,
 * `{name|fallback}` optional, `customer` takes a {@link CustomerValue}. A template typed as plain
 * `string` takes any record.
 *
 * @example
 * ```ts
 * type V = TemplateVariables<'很抱歉,{customer},这里是{brand|本店}'>;
 * // { customer: CustomerValue } & { brand?: string | number | undefined }
 * ```
 */
export type TemplateVariables<S extends string> = string extends S
  ? Readonly<Record<string, unknown>>
  : { readonly [K in RequiredVariables<S>]: TemplateValue<K> } & { readonly [K in OptionalVariables<S>]?: TemplateValue<K> | undefined } & Readonly<Record<string, unknown>>;

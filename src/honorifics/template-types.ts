import type { CustomerValue } from './types.js';

/** A template with `{{` and `}}` (literal braces) removed, so they are not read as placeholders. */
type Unescape<S extends string> = S extends `${infer A}{{${infer B}`
  ? `${A}${Unescape<B>}`
  : S extends `${infer A}}}${infer B}`
    ? `${A}${Unescape<B>}`
    : S;

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;

/** Placeholders of a template as `name` (required) or `name|` (has a fallback). */
type Slots<S extends string> = S extends `${string}{${infer Body}}${infer Rest}`
  ? (Body extends `${infer Name}|${string}` ? `${Trim<Name>}|` : Trim<Body>) | Slots<Rest>
  : never;

/** The value a variable takes: a customer (string or object) for `customer`, text or a number otherwise. */
export type TemplateValue<Name extends string> = Name extends 'customer' ? CustomerValue : string | number;

type Required<S extends string> = Exclude<Slots<Unescape<S>>, `${string}|`>;
type Optional<S extends string> = Exclude<Slots<Unescape<S>> extends infer N ? (N extends `${infer Name}|` ? Name : never) : never, Required<S>>;

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
  : { readonly [K in Required<S>]: TemplateValue<K> } & { readonly [K in Optional<S>]?: TemplateValue<K> | undefined } & Readonly<Record<string, unknown>>;

/** The placeholder names a literal template requires (no fallback). */
export type RequiredVariables<S extends string> = Required<S>;

/** A template with `{{` and `}}` (literal braces) removed, so they are not read as placeholders (type-level). */
export type TemplateUnescaped<S extends string> = S extends `${infer A}{{${infer B}`
  ? `${A}${TemplateUnescaped<B>}`
  : S extends `${infer A}}}${infer B}`
    ? `${A}${TemplateUnescaped<B>}`
    : S;

/** A placeholder name without surrounding spaces (type-level). */
export type TemplateTrim<S extends string> = S extends ` ${infer R}` ? TemplateTrim<R> : S extends `${infer R} ` ? TemplateTrim<R> : S;

/** Placeholders of a template as `name` (required) or `name|` (has a fallback) (type-level). */
export type TemplateSlots<S extends string> = S extends `${string}{${infer Body}}${infer Rest}`
  ? (Body extends `${infer Name}|${string}` ? `${TemplateTrim<Name>}|` : TemplateTrim<Body>) | TemplateSlots<Rest>
  : never;

/** The placeholder names a literal template requires (`{name}`, no fallback). */
export type RequiredVariables<S extends string> = Exclude<TemplateSlots<TemplateUnescaped<S>>, `${string}|`>;
/** The placeholder names of a literal template that have a fallback (`{name|fallback}`) and are never required. */
export type OptionalVariables<S extends string> = Exclude<
  TemplateSlots<TemplateUnescaped<S>> extends infer N ? (N extends `${infer Name}|` ? Name : never) : never,
  RequiredVariables<S>
>;

/**
 * The variables `fillTemplate` (huashu/template) takes for a literal template: as
 * {@link TemplateVariables}, but every value, `customer` included, is text or a number.
 *
 * @example
 * ```ts
 * type V = TemplateTextVariables<'很抱歉,{customer},这里是{brand|本店}'>;
 * // { customer: string | number } & { brand?: string | number | undefined }
 * ```
 */
export type TemplateTextVariables<S extends string> = string extends S
  ? Readonly<Record<string, unknown>>
  : { readonly [K in RequiredVariables<S>]: string | number } & { readonly [K in OptionalVariables<S>]?: string | number | undefined } & Readonly<Record<string, unknown>>;

/**
 * The template engine: parse `{name}` / `{name|fallback}` templates once (a cache bounded
 * in size, evicting gradually), fill them with own-property values, and check what a template may use. `fillTemplate`
 * inserts text only, without the surname tables that addressing customer objects needs (use
 * `fill` from huashu/honorifics for those): for apps that format their own addresses and watch
 * their bundle size.
 *
 * @packageDocumentation
 */
export { fillTemplate } from './fill-template.js';
export { MissingVariableError, UnknownVariableError, type FillOptions } from './fill.js';
export { parseTemplate, placeholdersOf, TemplateSyntaxError, type Placeholder, type TemplatePart } from './parse.js';
export type { TemplateTextVariables, RequiredVariables, OptionalVariables, TemplateSlots, TemplateTrim, TemplateUnescaped } from './types.js';

/**
 * What sibling modules use of the template engine beyond its public surface (index.ts): the
 * engine itself, for `fill` and `say`; parts parsed ahead of time and their filling, for `greet`
 * (built-in data parsed at build time, a greeter's wording when it is made); and the check of
 * what a template may use, for the schema and createGreeter. Not a package entry.
 *
 * @packageDocumentation
 */
export { fillWith, type AddressFn } from './fill.js';
export { templateProblem } from './problems.js';
export { fillParts, templateText } from './parts.js';
export { parseTemplate, type TemplatePart } from './parse.js';

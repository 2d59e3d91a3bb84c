/**
 * What sibling modules use of the template engine beyond its public surface (index.ts): the
 * engine itself, for `fill`, `say` and `greet`, and the check of what a template may use, for
 * the schema and createGreeter. Not a package entry.
 *
 * @packageDocumentation
 */
export { fillWith, type AddressFn } from './fill.js';
export { templateProblem } from './problems.js';

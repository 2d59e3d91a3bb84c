/**
 * What sibling modules use of the honorifics beyond the public surface (index.ts): `fill` with a
 * second record of defaults, for `say`. Not a package entry.
 *
 * @packageDocumentation
 */
export { fillIn } from './fill.js';

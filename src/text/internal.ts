/**
 * What sibling modules use of `text` beyond its public surface (index.ts). Not a package entry.
 *
 * @packageDocumentation
 */
export { BOUNDARY, NOISE, foldTable, isSoftBoundary } from './fold.js';

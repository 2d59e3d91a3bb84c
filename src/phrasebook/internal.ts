/**
 * What sibling modules use of `phrasebook` beyond its public surface (index.ts). Not a package entry.
 *
 * @packageDocumentation
 */
export { compilePack } from './compile.js';

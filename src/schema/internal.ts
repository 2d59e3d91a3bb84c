/**
 * What sibling modules use of `schema` beyond its public surface (index.ts). Not a package entry.
 *
 * @packageDocumentation
 */
export { formatIssue } from './errors.js';
export { toPackIssues } from './validate.js';

/**
 * The one cache utility: a least-recently-used map bounded in entries and weight, used by every
 * module that remembers results (templates, parsed names, converted titles, tone-mark stripping).
 * Internal: not a package entry.
 *
 * @packageDocumentation
 */
export { createLru, type Lru, type LruOptions } from './lru.js';

/**
 * The one cache utility: a map bounded in entries and weight (second-chance eviction, close to least recently used), used by every
 * module that remembers results (templates, parsed names, converted titles, tone-mark stripping). `createSlotLru` is the same
 * cache for values that carry their own slot (the template engine's compiled templates).
 * Internal: not a package entry.
 *
 * @packageDocumentation
 */
export { createLru, createSlotLru, hashText, type Lru, type LruOptions, type Slotted } from './lru.js';

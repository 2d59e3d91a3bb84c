/**
 * The one cache utility: a map bounded in entries and weight (second-chance eviction, close to least recently used), used by every
 * module that remembers results (templates, parsed names, converted titles, tone-mark stripping).
 * Internal: not a package entry.
 *
 * @packageDocumentation
 */
export { createLru, createSlotLru, hashText, type Lru, type LruOptions, type Slotted } from './lru.js';

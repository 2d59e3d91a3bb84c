import { HuashuError } from '../errors/index.js';
import type { PackIssue } from './errors.js';

/**
 * Limits on untrusted pack input, checked before schema validation so that a hostile or broken
 * pack cannot pollute prototypes or exhaust memory. Documented in docs/packs.md.
 */
export interface PackLimits {
  /** Deepest nesting of objects and arrays. Default 32. */
  maxDepth: number;
  /** Most values (objects, arrays, strings, numbers…) in one pack. Default 200,000. */
  maxNodes: number;
  /** Longest string, in UTF-16 code units. Default 4,000. */
  maxStringLength: number;
  /** Longest JSON text accepted by `loadPack`, in UTF-16 code units. Default 8,000,000. */
  maxInputLength: number;
}

/** The default limits. */
export const DEFAULT_PACK_LIMITS: Readonly<PackLimits> = Object.freeze({
  maxDepth: 32,
  maxNodes: 200_000,
  maxStringLength: 4_000,
  maxInputLength: 8_000_000,
});

/**
 * Merges limits given by a caller over the defaults. Each must be a positive safe integer:
 * `NaN`, `Infinity`, negative or fractional values and unknown names are errors (a `NaN` would
 * make every comparison false and so switch every limit off).
 *
 * @throws {@link HuashuError} `INVALID_ARGUMENT` naming the limit and the value
 */
export function resolveLimits(given: Partial<PackLimits> | undefined, where = 'limits'): PackLimits {
  if (given === undefined) return { ...DEFAULT_PACK_LIMITS };
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new HuashuError('INVALID_ARGUMENT', `${where} must be an object of ${Object.keys(DEFAULT_PACK_LIMITS).join(', ')}`);
  }
  const limits: PackLimits = { ...DEFAULT_PACK_LIMITS };
  for (const [key, value] of Object.entries(given)) {
    if (!Object.hasOwn(DEFAULT_PACK_LIMITS, key)) {
      throw new HuashuError('INVALID_ARGUMENT', `${where}.${key.slice(0, 40)} is not a limit (limits: ${Object.keys(DEFAULT_PACK_LIMITS).join(', ')})`);
    }
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
      throw new HuashuError('INVALID_ARGUMENT', `${where}.${key} must be a positive whole number (got ${typeof value === 'number' ? String(value) : typeof value})`);
    }
    limits[key as keyof PackLimits] = value;
  }
  return limits;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Walks an untrusted value and reports forbidden keys, non-plain objects and exceeded limits. */
export function scanUntrusted(value: unknown, limits: PackLimits): PackIssue[] {
  const issues: PackIssue[] = [];
  let nodes = 0;
  const walk = (node: unknown, path: Array<string | number>, depth: number): void => {
    if (issues.length >= 50) return;
    nodes += 1;
    if (nodes > limits.maxNodes) {
      if (nodes === limits.maxNodes + 1) issues.push({ path, message: `the pack has more than ${limits.maxNodes} values (limit maxNodes)` });
      return;
    }
    if (typeof node === 'string') {
      if (node.length > limits.maxStringLength) issues.push({ path, message: `string of ${node.length} characters exceeds the limit of ${limits.maxStringLength} (maxStringLength)` });
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (depth >= limits.maxDepth) {
      issues.push({ path, message: `nesting deeper than ${limits.maxDepth} levels (limit maxDepth)` });
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, i], depth + 1));
      return;
    }
    const proto = Object.getPrototypeOf(node) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      issues.push({ path, message: 'only plain objects, arrays, strings, numbers and booleans are allowed' });
      return;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push({ path: [...path, key], message: `the key "${key}" is not allowed (it could change object prototypes)` });
        continue;
      }
      walk((node as Record<string, unknown>)[key], [...path, key], depth + 1);
    }
  };
  walk(value, [], 0);
  return issues;
}

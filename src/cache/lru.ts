/** Options of {@link createLru}. */
export interface LruOptions<K, V> {
  /** The most entries kept. */
  readonly maxEntries: number;
  /** The most weight kept, summed over entries (UTF-16 code units by default: about half the bytes). Default: no limit. */
  readonly maxWeight?: number | undefined;
  /** An entry heavier than this is computed but never kept. Default: `maxWeight / 8`. */
  readonly maxEntryWeight?: number | undefined;
  /** An entry's weight. Default: the key's length when it is a string, else 1. */
  readonly weigh?: ((key: K, value: V) => number) | undefined;
}

/** A bounded least-recently-used cache. */
export interface Lru<K, V> {
  /** The value for `key`, computing (and keeping, when it fits) it on a miss; a hit becomes the most recent. */
  get(key: K, compute: (key: K) => V): V;
  /** Entries kept. */
  readonly size: number;
  /** Weight kept. */
  readonly weight: number;
}

/**
 * A least-recently-used cache bounded in entries and in weight: a miss past either bound evicts
 * the least recently used entries, one at a time (never all at once), and an entry too heavy to
 * keep is returned without being kept. Every operation is O(1): a `Map` gives an entry's slot (a
 * small integer, so a hit follows no object), and the slots are linked in a ring in recency
 * order in two typed arrays, so a hit relinks its slot in front and an eviction unlinks the last
 * one (never iterating the `Map`, whose iterator would step over the holes left by deletions).
 * Slots freed by evictions are reused; the arrays grow by doubling up to `maxEntries`. A hit
 * allocates nothing. The one cache of huashu (templates, parsed names, converted titles…).
 *
 * @example
 * ```ts
 * const cache = createLru<string, number>({ maxEntries: 2 });
 * cache.get('a', (k) => k.length); //=> 1
 * ```
 */
export function createLru<K, V>(options: LruOptions<K, V>): Lru<K, V> {
  const { maxEntries } = options;
  const maxWeight = options.maxWeight ?? Number.POSITIVE_INFINITY;
  const maxEntryWeight = options.maxEntryWeight ?? maxWeight / 8;
  const weigh = options.weigh ?? ((key: K) => (typeof key === 'string' ? key.length : 1));
  const slots = new Map<K, number>();
  // Slot 0 is the ring's own node: next[0] is the most recent slot, prev[0] the least.
  let capacity = Math.min(16, maxEntries + 1);
  let prev = new Int32Array(capacity);
  let next = new Int32Array(capacity);
  let weights = new Float64Array(capacity);
  const keys: (K | undefined)[] = [undefined];
  const values: (V | undefined)[] = [undefined];
  const free: number[] = [];
  let used = 1; // slots handed out (0 is the ring's)
  let total = 0;
  const unlink = (slot: number) => {
    next[prev[slot]!] = next[slot]!;
    prev[next[slot]!] = prev[slot]!;
  };
  const first = (slot: number) => {
    prev[slot] = 0;
    next[slot] = next[0]!;
    prev[next[0]!] = slot;
    next[0] = slot;
  };
  /** A free slot: one an eviction left, else a new one (the arrays doubled when full). */
  const take = (): number => {
    const reused = free.pop();
    if (reused !== undefined) return reused;
    if (used === capacity) {
      capacity = Math.min(2 * capacity, maxEntries + 1);
      const grow = <A extends Int32Array | Float64Array>(from: A, to: A): A => (to.set(from), to);
      prev = grow(prev, new Int32Array(capacity));
      next = grow(next, new Int32Array(capacity));
      weights = grow(weights, new Float64Array(capacity));
    }
    return used++;
  };
  return {
    get(key, compute) {
      const slot = slots.get(key);
      if (slot !== undefined) {
        if (next[0] !== slot) {
          unlink(slot);
          first(slot);
        }
        return values[slot] as V;
      }
      const value = compute(key);
      const weight = weigh(key, value);
      if (weight > maxEntryWeight || maxEntries <= 0) return value;
      // the least recently used entries go, one at a time, until the new one fits
      while (slots.size > 0 && (slots.size >= maxEntries || total + weight > maxWeight)) {
        const last = prev[0]!;
        unlink(last);
        total -= weights[last]!;
        slots.delete(keys[last] as K);
        keys[last] = values[last] = undefined;
        free.push(last);
      }
      if (total + weight > maxWeight) return value;
      const at = take();
      keys[at] = key;
      values[at] = value;
      weights[at] = weight;
      slots.set(key, at);
      first(at);
      total += weight;
      return value;
    },
    get size() {
      return slots.size;
    },
    get weight() {
      return total;
    },
  };
}

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
 * keep is returned without being kept. Every operation is O(1) amortised: a `Map` in recency
 * order, where a hit moves its entry to the young end only once it has drifted into the older
 * half (so a hot entry costs one lookup, and an entry used within the last `maxEntries / 2`
 * insertions is never evicted by count). The one cache of huashu (templates, parsed names,
 * converted titles…).
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
  const entries = new Map<K, { value: V; weight: number; stamp: number }>();
  const half = Math.max(1, Math.floor(maxEntries / 2));
  let total = 0;
  /** Insertions so far: an entry's stamp says when it was last put at the young end. */
  let clock = 0;
  return {
    get(key, compute) {
      const hit = entries.get(key);
      if (hit !== undefined) {
        if (clock - hit.stamp >= half) {
          entries.delete(key);
          hit.stamp = ++clock;
          entries.set(key, hit);
        }
        return hit.value;
      }
      const value = compute(key);
      const weight = weigh(key, value);
      if (weight > maxEntryWeight || maxEntries <= 0) return value;
      entries.set(key, { value, weight, stamp: ++clock });
      total += weight;
      while (entries.size > maxEntries || total > maxWeight) {
        const oldest = entries.keys().next();
        if (oldest.done === true) break;
        total -= entries.get(oldest.value)!.weight;
        entries.delete(oldest.value);
      }
      return value;
    },
    get size() {
      return entries.size;
    },
    get weight() {
      return total;
    },
  };
}

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

/** An entry, on a ring from the most recently used (after the ring's own node) to the least. */
interface Entry<K, V> {
  readonly key: K;
  readonly value: V;
  readonly weight: number;
  prev: Entry<K, V>;
  next: Entry<K, V>;
}

/**
 * A least-recently-used cache bounded in entries and in weight: a miss past either bound evicts
 * the least recently used entries, one at a time (never all at once), and an entry too heavy to
 * keep is returned without being kept. Every operation is O(1): a `Map` finds an entry, and the
 * entries are linked in a ring in recency order, so a hit relinks its entry in front and an
 * eviction unlinks the last one (never iterating the `Map`, whose iterator would step over the
 * holes left by deletions). A hit allocates nothing. The one cache of huashu (templates, parsed
 * names, converted titles…).
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
  const entries = new Map<K, Entry<K, V>>();
  // The ring's own node (no entry): its `next` is the most recent entry, its `prev` the least.
  const ring = { weight: 0 } as Entry<K, V>;
  ring.prev = ring.next = ring;
  const unlink = (entry: Entry<K, V>) => {
    entry.prev.next = entry.next;
    entry.next.prev = entry.prev;
  };
  const first = (entry: Entry<K, V>) => {
    entry.prev = ring;
    entry.next = ring.next;
    ring.next = ring.next.prev = entry;
  };
  let total = 0;
  return {
    get(key, compute) {
      let entry = entries.get(key);
      if (entry !== undefined) {
        if (ring.next !== entry) {
          unlink(entry);
          first(entry);
        }
        return entry.value;
      }
      const value = compute(key);
      const weight = weigh(key, value);
      if (weight > maxEntryWeight || maxEntries <= 0) return value;
      entries.set(key, (entry = { key, value, weight, prev: ring, next: ring }));
      first(entry);
      total += weight;
      while (entries.size > maxEntries || total > maxWeight) {
        const last = ring.prev;
        unlink(last);
        total -= last.weight;
        entries.delete(last.key);
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

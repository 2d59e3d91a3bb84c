/** Options of {@link createLru}. */
export interface LruOptions<K, V> {
  /** The most entries kept. */
  readonly maxEntries: number;
  /** The most weight kept, summed over entries (UTF-16 code units by default: about half the bytes). Default: no limit. */
  readonly maxWeight?: number | undefined;
  /** An entry heavier than this is computed but never kept. Default: `maxWeight / 8`. */
  readonly maxEntryWeight?: number | undefined;
  /** An entry's weight, from its key. Default: the key's length when it is a string, else 1. */
  readonly weigh?: ((key: K) => number) | undefined;
  /**
   * With `pass` ({@link Lru.get}), once the cache is full: a miss finding the oldest entry read
   * since last passed over gives it a second chance and is passed over; of the misses finding it
   * unread, one in this many (default 1: every one) takes its place, the others are passed over.
   * A working set larger than the cache, cycled through, would otherwise replace an entry on
   * every miss and find none of them again.
   */
  readonly admit?: number | undefined;
}

/** A bounded cache keeping the recently used entries (second chance: see {@link createLru}). */
export interface Lru<K, V> {
  /**
   * The value for `key`, computing (and keeping, when it fits) it on a miss; a hit is marked as
   * used, kept over unused entries. With `pass`, a miss the cache would not keep (too heavy, or
   * full and not admitted: see `admit`) returns `pass(key)` instead of computing, and a miss costs
   * O(1) (no eviction sweep).
   */
  get(key: K, compute: (key: K) => V): V;
  get<P>(key: K, compute: (key: K) => V, pass: (key: K) => P): V | P;
  /** Entries kept. */
  readonly size: number;
  /** Weight kept. */
  readonly weight: number;
}

/** An entry, on a ring from the newest (after the ring's own node) to the oldest. */
interface Entry<K, V> {
  readonly key: K;
  readonly value: V;
  readonly weight: number;
  /** Read since eviction last passed over it (its second chance). */
  used: boolean;
  prev: Entry<K, V>;
  next: Entry<K, V>;
}

/**
 * A cache bounded in entries and in weight that keeps the recently used entries: a miss past
 * either bound evicts old entries one at a time (never all at once), and an entry too heavy to
 * keep is returned without being kept. Eviction is second chance (the clock algorithm), close to
 * least recently used at a fraction of the cost per hit: a hit only marks its entry (the object
 * it reads anyway, allocated beside its value), where strict LRU order relinked it and its two
 * neighbours, scattered in memory, on every hit. Eviction takes the oldest entry unless it is
 * marked, in which case it is unmarked and moved to the front (kept for one more round) and the
 * next oldest is tried. A `Map` finds an entry; the entries are linked in a ring in order of
 * insertion (or second chance), so eviction unlinks the last one (never iterating the `Map`,
 * whose iterator would step over the holes left by deletions). A hit allocates nothing; every
 * operation is O(1) amortised (each entry passed over was marked by a hit since it was last
 * passed over). The one cache of huashu (templates, parsed names, converted titles…).
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
  const admit = options.admit ?? 1;
  // Misses passed over, with the oldest entry unread, since the cache last admitted one while full.
  let missed = 0;
  const entries = new Map<K, Entry<K, V>>();
  // The ring's own node (no entry): its `next` is the newest entry, its `prev` the oldest.
  const ring = { weight: 0, used: false } as Entry<K, V>;
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
  // A miss, out of line: `get` stays small enough for the engine to inline its hit path.
  const miss = <P>(key: K, compute: (key: K) => V, pass?: (key: K) => P): V | P => {
    const weight = weigh(key);
    const kept = weight <= maxEntryWeight && weight <= maxWeight && maxEntries > 0;
    if (pass !== undefined) {
      if (!kept) return pass(key);
      if (entries.size >= maxEntries || total + weight > maxWeight) {
        // Full: every miss moves the clock hand one step (never a sweep). The oldest entry, if
        // read since last passed over, gets its second chance and the miss is passed over; if
        // not, one miss in `admit` takes its place. So entries no longer read are unmarked one
        // per miss and a new working set comes in, while one cycled through stays.
        const last = ring.prev;
        if (last.used) {
          unlink(last);
          last.used = false;
          first(last);
          return pass(key);
        }
        if ((missed = (missed + 1) % admit) !== 0) return pass(key);
      }
    }
    const value = compute(key);
    if (!kept) return value;
    // Room first (the new entry is not passed over: it would go when all others were marked).
    while (ring.prev !== ring && (entries.size >= maxEntries || total + weight > maxWeight)) {
      const last = ring.prev;
      unlink(last);
      if (last.used) {
        last.used = false;
        first(last);
        continue;
      }
      total -= last.weight;
      entries.delete(last.key);
    }
    const entry: Entry<K, V> = { key, value, weight, used: false, prev: ring, next: ring };
    entries.set(key, entry);
    first(entry);
    total += weight;
    return value;
  };
  return {
    get<P>(key: K, compute: (key: K) => V, pass?: (key: K) => P): V | P {
      const entry = entries.get(key);
      if (entry === undefined) return miss(key, compute, pass);
      entry.used = true;
      return entry.value;
    },
    get size() {
      return entries.size;
    },
    get weight() {
      return total;
    },
  };
}

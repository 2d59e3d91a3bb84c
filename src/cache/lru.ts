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

/** A bounded cache keeping the recently used entries (second chance: see {@link createLru}). */
export interface Lru<K, V> {
  /** The value for `key`, computing (and keeping, when it fits) it on a miss; a hit is marked as used, kept over unused entries. */
  get(key: K, compute: (key: K) => V): V;
  /** Entries kept. */
  readonly size: number;
  /** Weight kept. */
  readonly weight: number;
}

/**
 * A cache bounded in entries and in weight that keeps the recently used entries: a miss past
 * either bound evicts old entries one at a time (never all at once), and an entry too heavy to
 * keep is returned without being kept. Eviction is second chance (the clock algorithm), close to
 * least recently used at a fraction of the cost per hit: a hit only marks its entry; eviction
 * takes the oldest entry, unless it is marked, in which case it is unmarked and moved to the
 * front (kept for one more round) and the next oldest is tried. A `Map` finds an entry's slot;
 * per slot, its key and value in arrays, its mark, weight and links in typed arrays (a ring in
 * order of insertion or second chance), so a hit reads the `Map` and the value and writes one
 * byte, and eviction unlinks the last slot (never iterating the `Map`, whose iterator would step
 * over the holes left by deletions). A hit allocates nothing; every operation is O(1) amortised
 * (each entry passed over was marked by a hit since it was last passed over). The one cache of
 * huashu (templates, parsed names, converted titles…).
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
  const slotOf = new Map<K, number>();
  // Slots from 1 (slot 0 is the ring's own node: its `next` is the newest entry, its `prev` the
  // oldest); freed slots are reused before new ones are made.
  const keys: Array<K | undefined> = [undefined];
  const values: Array<V | undefined> = [undefined];
  let used = new Uint8Array(16);
  let weights = new Float64Array(16);
  let prev = new Int32Array(16);
  let next = new Int32Array(16);
  const free: number[] = [];
  const unlink = (i: number) => {
    next[prev[i]!] = next[i]!;
    prev[next[i]!] = prev[i]!;
  };
  const first = (i: number) => {
    prev[i] = 0;
    next[i] = next[0]!;
    prev[next[0]!] = i;
    next[0] = i;
  };
  /** A slot for a new entry: a freed one, or the next (the typed arrays grown by doubling). */
  const slot = (): number => {
    const reused = free.pop();
    if (reused !== undefined) return reused;
    const i = keys.length;
    if (i === used.length) {
      const grow = <T extends Uint8Array | Float64Array | Int32Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(2 * a.length);
        b.set(a);
        return b;
      };
      used = grow(used);
      weights = grow(weights);
      prev = grow(prev);
      next = grow(next);
    }
    keys.push(undefined);
    values.push(undefined);
    return i;
  };
  let total = 0;
  return {
    get(key, compute) {
      const found = slotOf.get(key);
      if (found !== undefined) {
        used[found] = 1;
        return values[found] as V;
      }
      const value = compute(key);
      const weight = weigh(key, value);
      if (weight > maxEntryWeight || weight > maxWeight || maxEntries <= 0) return value;
      // Room first (the new entry is not passed over: it would go when all others were marked).
      while (next[0] !== 0 && (slotOf.size >= maxEntries || total + weight > maxWeight)) {
        const last = prev[0]!;
        unlink(last);
        if (used[last] === 1) {
          used[last] = 0;
          first(last);
          continue;
        }
        total -= weights[last]!;
        slotOf.delete(keys[last] as K);
        keys[last] = undefined;
        values[last] = undefined;
        free.push(last);
      }
      const i = slot();
      keys[i] = key;
      values[i] = value;
      used[i] = 0;
      weights[i] = weight;
      first(i);
      slotOf.set(key, i);
      total += weight;
      return value;
    },
    get size() {
      return slotOf.size;
    },
    get weight() {
      return total;
    },
  };
}

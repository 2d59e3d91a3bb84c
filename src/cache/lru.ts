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
   * A hash of the key (any 32-bit integer): with it and `pass` ({@link Lru.get}), once the cache
   * is full, a miss is kept only when its key was missed more often lately than the entry it would
   * replace was read (frequency-based admission, counted in a small sketch of hashed keys); the
   * others are passed over. A working set larger than the cache, cycled through, would otherwise
   * replace an entry on every miss and find none of them again; a new working set still replaces
   * a stale one within a few passes.
   */
  readonly hash?: ((key: K) => number) | undefined;
}

/** A bounded cache keeping the recently used entries (second chance: see {@link createLru}). */
export interface Lru<K, V> {
  /**
   * The value for `key`, computing (and keeping, when it fits) it on a miss; a hit is marked as
   * used, kept over unused entries. With `pass`, a miss the cache would not keep (too heavy, or
   * full and not admitted: see `hash`) returns `pass(key)` instead of computing, and a miss costs
   * O(1) (no eviction sweep).
   */
  get(key: K, compute: (key: K) => V): V;
  get<P>(key: K, compute: (key: K) => V, pass: (key: K) => P): V | P;
  /** Entries kept. */
  readonly size: number;
  /** Weight kept. */
  readonly weight: number;
}

/** A value that carries its own slot in the cache (cell 0, written by the cache): {@link createSlotLru}. */
export type Slotted = [slot: number, ...rest: unknown[]];

/**
 * A cache bounded in entries and in weight that keeps the recently used entries: a miss past
 * either bound evicts old entries one at a time (never all at once), and an entry too heavy to
 * keep is returned without being kept. Eviction is second chance (the clock algorithm), close to
 * least recently used at a fraction of the cost per hit: a hit only marks its entry's slot (one
 * byte of a small array), where strict LRU order relinked it and its two neighbours on every hit.
 * Eviction takes the oldest entry unless it is marked, in which case it is unmarked and moved to
 * the front (kept for one more round) and the next oldest is tried. A `Map` finds an entry's
 * slot; the slots are linked in a ring in order of insertion (or second chance), so eviction
 * unlinks the last one (never iterating the `Map`, whose iterator would step over the holes left
 * by deletions). A hit allocates nothing; every operation is O(1) amortised (each entry passed
 * over was marked by a hit since it was last passed over). The one cache of huashu (templates,
 * parsed names, converted titles…).
 *
 * @example
 * ```ts
 * const cache = createLru<string, number>({ maxEntries: 2 });
 * cache.get('a', (k) => k.length); //=> 1
 * ```
 */
export function createLru<K, V>(options: LruOptions<K, V>): Lru<K, V> {
  return clock(options, false);
}

/**
 * {@link createLru} for values that carry their own slot (cell 0 of an array, written by the
 * cache when it keeps the value): the `Map` holds the values themselves, so a hit is the lookup
 * and one byte written, with no slot or entry to read in between. Same eviction and admission.
 * The template cache uses it: a compiled template is an array read anyway.
 *
 * @example
 * ```ts
 * const cache = createSlotLru<string, [number, string]>({ maxEntries: 2 });
 * cache.get('a', (k): [number, string] => [0, k.toUpperCase()])[1]; //=> 'A'
 * ```
 */
export function createSlotLru<K, V extends Slotted>(options: LruOptions<K, V>): Lru<K, V> {
  return clock(options, true);
}

/**
 * Both caches: the entries' state by slot in typed arrays, no object per entry. A ring of slots
 * from the newest to the oldest (`next` / `prev`; slot 0 is the ring's own node: its `next` the
 * newest entry, its `prev` the oldest), each slot's read mark, key hash, weight and key; free
 * slots chained through `next` from `free`; the arrays doubled as needed, up to `maxEntries`
 * slots. The `Map` gives a key's slot, or (`slotted`) its value, which carries its slot.
 */
function clock<K, V>(options: LruOptions<K, V>, slotted: boolean): Lru<K, V> {
  const { maxEntries, hash } = options;
  const maxWeight = options.maxWeight ?? Number.POSITIVE_INFINITY;
  const maxEntryWeight = options.maxEntryWeight ?? maxWeight / 8;
  const weigh = options.weigh ?? ((key: K) => (typeof key === 'string' ? key.length : 1));
  const map = new Map<K, unknown>();
  const keys: (K | undefined)[] = [undefined];
  // The values by slot (not `slotted`: the map gives the slot).
  const values: (V | undefined)[] = [undefined];
  let prev = new Int32Array(1);
  let next = new Int32Array(1);
  let used = new Uint8Array(1);
  let hashes = new Int32Array(1);
  let weights = new Float64Array(1);
  let free = 0;
  let total = 0;
  const unlink = (s: number) => {
    next[prev[s]!] = next[s]!;
    prev[next[s]!] = prev[s]!;
  };
  const first = (s: number) => {
    prev[s] = 0;
    next[s] = next[0]!;
    prev[next[0]!] = s;
    next[0] = s;
  };
  // The frequency sketch (with `hash`), made when the cache is first full: saturating counts of
  // hashed keys in 2^bits slots, two slots per key, the smaller read (count-min, each count
  // raised only where it is the smaller: conservative update); all halved every `period` counts,
  // so that what was read long ago weighs less than what is missed now.
  let counts: Uint8Array | undefined;
  let bits = 0;
  let counted = 0;
  // Three quarters of the cache's entries: measured (docs/honorifics.md), long enough that a new
  // working set's keys, missed once per pass, outcount the stale entries within a few passes,
  // short enough that the counts of a working set larger than the cache, cycled through, stay
  // level with those of the entries kept (so they are not replaced on every pass).
  const period = Math.max(16, (maxEntries * 3) >>> 2);
  // The two slots of hash `h`, mixed first (a caller's hash may leave its low bits poorly mixed:
  // FNV's do); `second` is set by `slot`.
  let second = 0;
  const slot = (h: number): number => {
    let x = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
    x ^= x >>> 16;
    second = Math.imul(x, 0x9e3779b1) >>> (32 - bits);
    return x & ((1 << bits) - 1);
  };
  const estimate = (c: Uint8Array, h: number): number => {
    const i = slot(h);
    return Math.min(c[i]!, c[second]!);
  };
  // Counts `h` once; returns its count before.
  const count = (c: Uint8Array, h: number): number => {
    const i = slot(h);
    const j = second;
    const least = Math.min(c[i]!, c[j]!);
    if (least < 255) {
      if (c[i] === least) c[i] = least + 1;
      if (c[j] === least) c[j] = least + 1;
    }
    if (++counted >= period) {
      counted = 0;
      const words = new Uint32Array(c.buffer);
      for (let k = 0; k < words.length; k++) words[k] = (words[k]! >>> 1) & 0x7f7f7f7f;
    }
    return least;
  };
  // Twice the slots (up to `maxEntries`), the new ones chained as free.
  const grow = () => {
    const length = prev.length;
    const to = Math.min(maxEntries + 1, 2 * length + 14);
    const widen = <A extends Int32Array | Uint8Array | Float64Array>(a: A, b: A): A => (b.set(a), b);
    prev = widen(prev, new Int32Array(to));
    next = widen(next, new Int32Array(to));
    used = widen(used, new Uint8Array(to));
    hashes = widen(hashes, new Int32Array(to));
    weights = widen(weights, new Float64Array(to));
    for (let s = to - 1; s >= length; s--) {
      next[s] = free;
      free = s;
    }
  };
  // A miss, out of line: `get` stays small enough for the engine to inline its hit path.
  const miss = <P>(key: K, compute: (key: K) => V, pass?: (key: K) => P): V | P => {
    const weight = weigh(key);
    const kept = weight <= maxEntryWeight && weight <= maxWeight && maxEntries > 0;
    let h = 0;
    if (pass !== undefined) {
      if (!kept) return pass(key);
      if (hash !== undefined) {
        h = hash(key) | 0;
        if (map.size >= maxEntries || total + weight > maxWeight) {
          // Full: the key is counted, then the clock hand moves one step. The oldest entry, if
          // read since last passed over, is unmarked, counted once for those reads and given its
          // second chance, and the next one is looked at; if that one is unread too, it is the
          // victim. The key takes the victim's place only if it was missed more often lately
          // than the victim was read; if not, the victim is kept but the hand moves on past it
          // (one victim that wins, its counts shared with keys in use, say, must not stop every
          // later miss). O(1) per miss, no sweep.
          const c = (counts ??= new Uint8Array(1 << (bits = Math.max(4, 32 - Math.clz32(2 * map.size - 1)))));
          const before = count(c, h);
          let last = prev[0]!;
          if (used[last] === 1) {
            used[last] = 0;
            count(c, hashes[last]!);
            unlink(last);
            first(last);
            last = prev[0]!;
            if (used[last] === 1) return pass(key);
          }
          if (before <= estimate(c, hashes[last]!)) {
            unlink(last);
            first(last);
            return pass(key);
          }
        }
      }
    }
    const value = compute(key);
    if (!kept) return value;
    // Room first (the new entry is not passed over: it would go when all others were marked).
    while (prev[0] !== 0 && (map.size >= maxEntries || total + weight > maxWeight)) {
      const last = prev[0]!;
      unlink(last);
      if (used[last] === 1) {
        used[last] = 0;
        first(last);
        continue;
      }
      map.delete(keys[last]!);
      keys[last] = values[last] = undefined;
      total -= weights[last]!;
      next[last] = free;
      free = last;
    }
    if (free === 0) grow();
    const s = free;
    free = next[s]!;
    keys[s] = key;
    used[s] = 0;
    hashes[s] = h;
    weights[s] = weight;
    first(s);
    total += weight;
    if (slotted) {
      (value as Slotted)[0] = s;
      map.set(key, value);
    } else {
      values[s] = value;
      map.set(key, s);
    }
    return value;
  };
  return {
    get: slotted
      ? <P>(key: K, compute: (key: K) => V, pass?: (key: K) => P): V | P => {
          const value = map.get(key) as (V & Slotted) | undefined;
          if (value === undefined) return miss(key, compute, pass);
          used[value[0]] = 1;
          return value;
        }
      : <P>(key: K, compute: (key: K) => V, pass?: (key: K) => P): V | P => {
          const s = map.get(key) as number | undefined;
          if (s === undefined) return miss(key, compute, pass);
          used[s] = 1;
          return values[s]!;
        },
    get size() {
      return map.size;
    },
    get weight() {
      return total;
    },
  };
}

/** FNV-1a over a string's UTF-16 units: a 32-bit hash for {@link LruOptions.hash}. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

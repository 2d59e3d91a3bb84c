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

/** What the cache decides on a miss ({@link Clock.admit}). */
const KEEP = 0;
const PASS = 1;
const SKIP = 2;

/**
 * The state of a cache's entries, by slot, in typed arrays (no object per entry): a ring of
 * slots from the newest to the oldest (`next` / `prev`, slot 0 the ring's own node: its `next`
 * is the newest entry, its `prev` the oldest), each slot's read mark, key hash, weight and key;
 * free slots chained through `next` from `free`. The arrays grow by doubling up to `maxEntries`
 * slots. A hit only writes `used[slot]`; a miss moves the clock over small dense arrays instead
 * of relinking entry objects scattered over the heap. What a slot holds is the front's
 * ({@link createLru}: a `Map` to the slot and an array of values; {@link createSlotLru}: a `Map`
 * to the value, which carries its slot).
 */
class Clock<K> {
  prev = new Int32Array(1);
  next = new Int32Array(1);
  used = new Uint8Array(1);
  hashes = new Int32Array(1);
  weights = new Float64Array(1);
  readonly keys: (K | undefined)[] = [undefined];
  /** The values by slot ({@link createLru}; unused by {@link createSlotLru}). */
  readonly values: unknown[] = [undefined];
  free = 0;
  size = 0;
  total = 0;
  /** The hash of the key last admitted (with `hash`), else 0. */
  h = 0;
  readonly maxEntries: number;
  readonly maxWeight: number;
  readonly maxEntryWeight: number;
  readonly weigh: (key: K) => number;
  readonly hash: ((key: K) => number) | undefined;
  // The frequency sketch (with `hash`), made when the cache is first full: saturating counts of
  // hashed keys in 2^bits slots, two slots per key, the smaller read (count-min, each count
  // raised only where it is the smaller: conservative update); all halved every `period` counts,
  // so that what was read long ago weighs less than what is missed now.
  counts: Uint8Array | undefined;
  bits = 0;
  counted = 0;
  readonly period: number;
  /** The second slot of the hash last given to `slot`. */
  second = 0;

  constructor(
    options: LruOptions<K, unknown>,
    readonly map: Map<K, unknown>,
  ) {
    this.maxEntries = options.maxEntries;
    this.hash = options.hash;
    this.maxWeight = options.maxWeight ?? Number.POSITIVE_INFINITY;
    this.maxEntryWeight = options.maxEntryWeight ?? this.maxWeight / 8;
    this.weigh = options.weigh ?? ((key: K) => (typeof key === 'string' ? key.length : 1));
    // Three quarters of the cache's entries: measured (docs/honorifics.md), long enough that a new
    // working set's keys, missed once per pass, outcount the stale entries within a few passes,
    // short enough that the counts of a working set larger than the cache, cycled through, stay
    // level with those of the entries kept (so they are not replaced on every pass).
    this.period = Math.max(16, (this.maxEntries * 3) >>> 2);
  }

  /** Takes `s` off the ring. */
  unlink(s: number): void {
    const { prev, next } = this;
    next[prev[s]!] = next[s]!;
    prev[next[s]!] = prev[s]!;
  }

  /** Puts `s` at the front of the ring (newest). */
  first(s: number): void {
    const { prev, next } = this;
    const newest = next[0]!;
    prev[s] = 0;
    next[s] = newest;
    prev[newest] = s;
    next[0] = s;
  }

  /** The first of hash `h`'s two sketch slots (mixed first: FNV's low bits are poorly mixed); sets `second`. */
  slot(h: number): number {
    let x = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
    x ^= x >>> 16;
    this.second = Math.imul(x, 0x9e3779b1) >>> (32 - this.bits);
    return x & ((1 << this.bits) - 1);
  }

  estimate(c: Uint8Array, h: number): number {
    const i = this.slot(h);
    return Math.min(c[i]!, c[this.second]!);
  }

  /** Counts `h` once; returns its count before. */
  count(c: Uint8Array, h: number): number {
    const i = this.slot(h);
    const j = this.second;
    const least = Math.min(c[i]!, c[j]!);
    if (least < 255) {
      if (c[i] === least) c[i] = least + 1;
      if (c[j] === least) c[j] = least + 1;
    }
    if (++this.counted >= this.period) {
      this.counted = 0;
      const words = new Uint32Array(c.buffer);
      for (let k = 0; k < words.length; k++) words[k] = (words[k]! >>> 1) & 0x7f7f7f7f;
    }
    return least;
  }

  /**
   * What to do with a missed `key` of `weight`: KEEP (compute, then {@link insert}), PASS (with
   * `pass`: too heavy, or full and not admitted) or SKIP (compute, keep nothing: too heavy).
   * Sets `h` to the key's hash (with `hash` and `pass`).
   */
  admit(key: K, weight: number, passable: boolean): number {
    const kept = weight <= this.maxEntryWeight && weight <= this.maxWeight && this.maxEntries > 0;
    this.h = 0;
    if (!passable) return kept ? KEEP : SKIP;
    if (!kept) return PASS;
    const hash = this.hash;
    if (hash === undefined) return KEEP;
    const h = (this.h = hash(key) | 0);
    if (this.size < this.maxEntries && this.total + weight <= this.maxWeight) return KEEP;
    // Full: the key is counted, then the clock hand moves one step. The oldest entry, if read
    // since last passed over, is unmarked, counted once for those reads and given its second
    // chance, and the next one is looked at; if that one is unread too, it is the victim. The key
    // takes the victim's place only if it was missed more often lately than the victim was read;
    // if not, the victim is kept but the hand moves on past it (one victim that wins, its counts
    // shared with keys in use, say, must not stop every later miss). O(1) per miss, no sweep.
    const c = (this.counts ??= new Uint8Array(1 << (this.bits = Math.max(4, 32 - Math.clz32(2 * this.size - 1)))));
    const before = this.count(c, h);
    const { prev, used, hashes } = this;
    let last = prev[0]!;
    if (used[last] === 1) {
      used[last] = 0;
      this.count(c, hashes[last]!);
      this.unlink(last);
      this.first(last);
      last = prev[0]!;
      if (used[last] === 1) return PASS;
    }
    if (before <= this.estimate(c, hashes[last]!)) {
      this.unlink(last);
      this.first(last);
      return PASS;
    }
    return KEEP;
  }

  /** Keeps `key` (of `weight`, hash `h`) in a slot, evicting what it needs room for; returns the slot. */
  insert(key: K, weight: number, h: number): number {
    // Room first (the new entry is not passed over: it would go when all others were marked).
    while (this.prev[0] !== 0 && (this.size >= this.maxEntries || this.total + weight > this.maxWeight)) {
      const last = this.prev[0]!;
      this.unlink(last);
      if (this.used[last] === 1) {
        this.used[last] = 0;
        this.first(last);
        continue;
      }
      this.map.delete(this.keys[last]!);
      this.keys[last] = undefined;
      this.values[last] = undefined;
      this.total -= this.weights[last]!;
      this.size--;
      this.next[last] = this.free;
      this.free = last;
    }
    if (this.free === 0) this.grow();
    const s = this.free;
    this.free = this.next[s]!;
    this.keys[s] = key;
    this.used[s] = 0;
    this.hashes[s] = h;
    this.weights[s] = weight;
    this.first(s);
    this.size++;
    this.total += weight;
    return s;
  }

  /** Doubles the slots (up to `maxEntries`), chaining the new ones as free. */
  grow(): void {
    const length = this.prev.length;
    const to = Math.min(this.maxEntries + 1, Math.max(16, 2 * length));
    const widen = <A extends Int32Array | Uint8Array | Float64Array>(a: A, make: new (n: number) => A): A => {
      const b = new make(to);
      b.set(a);
      return b;
    };
    this.prev = widen(this.prev, Int32Array);
    this.next = widen(this.next, Int32Array);
    this.used = widen(this.used, Uint8Array);
    this.hashes = widen(this.hashes, Int32Array);
    this.weights = widen(this.weights, Float64Array);
    for (let s = to - 1; s >= length; s--) {
      this.next[s] = this.free;
      this.free = s;
    }
  }
}

/**
 * A cache bounded in entries and in weight that keeps the recently used entries: a miss past
 * either bound evicts old entries one at a time (never all at once), and an entry too heavy to
 * keep is returned without being kept. Eviction is second chance (the clock algorithm), close to
 * least recently used at a fraction of the cost per hit: a hit only marks its entry's slot (one
 * byte in a small array), where strict LRU order relinked it and its two neighbours on every hit.
 * Eviction takes the oldest entry unless it is marked, in which case it is unmarked and moved to
 * the front (kept for one more round) and the next oldest is tried. A `Map` finds an entry's
 * slot; the slots are linked in a ring in order of insertion (or second chance), in typed arrays
 * (no object per entry), so eviction unlinks the last one (never iterating the `Map`, whose
 * iterator would step over the holes left by deletions). A hit allocates nothing; every
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
  const slots = new Map<K, number>();
  const clock = new Clock<K>(options, slots);
  const values = clock.values as V[];
  // A miss, out of line: `get` stays small enough for the engine to inline its hit path.
  const miss = <P>(key: K, compute: (key: K) => V, pass?: (key: K) => P): V | P => {
    const weight = clock.weigh(key);
    const verdict = clock.admit(key, weight, pass !== undefined);
    if (verdict === PASS) return pass!(key);
    const h = clock.h;
    const value = compute(key);
    if (verdict === KEEP) {
      const s = clock.insert(key, weight, h);
      values[s] = value;
      slots.set(key, s);
    }
    return value;
  };
  return {
    get<P>(key: K, compute: (key: K) => V, pass?: (key: K) => P): V | P {
      const s = slots.get(key);
      if (s === undefined) return miss(key, compute, pass);
      clock.used[s] = 1;
      return values[s]!;
    },
    get size() {
      return clock.size;
    },
    get weight() {
      return clock.total;
    },
  };
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
  const values = new Map<K, V>();
  const clock = new Clock<K>(options, values);
  // The clock's marks, read here (one load less per hit); replaced when its slots grow (insert).
  let used = clock.used;
  const miss = <P>(key: K, compute: (key: K) => V, pass?: (key: K) => P): V | P => {
    const weight = clock.weigh(key);
    const verdict = clock.admit(key, weight, pass !== undefined);
    if (verdict === PASS) return pass!(key);
    const h = clock.h;
    const value = compute(key);
    if (verdict === KEEP) {
      value[0] = clock.insert(key, weight, h);
      used = clock.used;
      values.set(key, value);
    }
    return value;
  };
  return {
    get<P>(key: K, compute: (key: K) => V, pass?: (key: K) => P): V | P {
      const value = values.get(key);
      if (value === undefined) return miss(key, compute, pass);
      used[value[0]] = 1;
      return value;
    },
    get size() {
      return clock.size;
    },
    get weight() {
      return clock.total;
    },
  };
}

/** FNV-1a over a string's UTF-16 units: a 32-bit hash for {@link LruOptions.hash}. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

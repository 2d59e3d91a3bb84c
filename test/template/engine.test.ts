import { describe, expect, it } from 'vitest';
import { createLru, createSlotLru } from '../../src/cache/index.js';
import { TEMPLATE_CACHE } from '../../src/template/fill.js';
import { fill, isHuashuError } from '../../src/index.js';
import { fillTemplate } from '../../src/template/index.js';
import { fillParts, parseTemplate, templateProblem, templateText } from '../../src/template/internal.js';

function codeOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (isHuashuError(error)) return error.code;
    throw error;
  }
  return 'no error';
}

describe('values are own properties only', () => {
  it.each([['constructor'], ['toString'], ['valueOf'], ['hasOwnProperty'], ['__proto__'], ['isPrototypeOf']])('{%s} is never read from Object.prototype', (name) => {
    expect(fill(`{${name}|您}`, {})).toBe('您');
    expect(fillTemplate(`{${name}|您}`, {})).toBe('您');
    expect(codeOf(() => fill(`{${name}}`, {}))).toBe('MISSING_VARIABLE');
  });

  it('reads an own property of the same name', () => {
    expect(fill('{toString}', { toString: '好' })).toBe('好');
    expect(fill('{constructor|您}', Object.assign(Object.create(null) as object, { constructor: '王女士' }))).toBe('王女士');
  });

  it('reads an own __proto__ value by that name, and keeps literals that look like keys verbatim', () => {
    const values = JSON.parse('{"__proto__":"王女士","_0":"甲"}') as { __proto__: string; _0: string };
    expect(fill('{__proto__}，您好', values)).toBe('王女士，您好');
    expect(fill('__proto__{_0}007', values)).toBe('__proto__甲007');
    expect(fill('0{__proto__}4294967295{_0}-0', values)).toBe('0王女士4294967295甲-0');
    expect(fillTemplate('1e3{__proto__}', values)).toBe('1e3王女士');
  });

  it('does not read values a prototype holds', () => {
    const inherited = Object.create({ customer: '王女士' }) as Record<string, unknown>;
    expect(fill('{customer|您}', inherited)).toBe('您');
  });

  it('refuses a function value instead of printing its source', () => {
    expect(codeOf(() => fill('{x}', { x: (() => 1) as unknown as string }))).toBe('INVALID_ARGUMENT');
  });

  it('refuses what is not a template or a record', () => {
    expect(codeOf(() => fill(undefined as unknown as string, {}))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => fill('{x|y}', null as unknown as Record<string, never>))).toBe('INVALID_ARGUMENT');
  });
});

describe('templateProblem', () => {
  it.each([
    ['欢迎来到{company}', ['brand'], '{company} cannot be filled here (only {brand})'],
    ['欢迎光临', ['brand'], 'must contain {brand}'],
    ['{brand}欢迎您', ['brand'], undefined],
    ['{{brand}}', [], undefined],
    ['欢迎{', ['brand'], 'Invalid template at offset 2: unclosed "{" in "欢迎{". Write "{{" and "}}" for literal braces.'],
  ] as const)('%s with %j: %s', (template, allowed, problem) => {
    expect(templateProblem(template, allowed)).toBe(problem);
  });
});

describe('the template cache (createLru)', () => {
  it('evicts the oldest entry not read since, one at a time', () => {
    const cache = createLru<string, string>({ maxEntries: 3 });
    const computed: string[] = [];
    const get = (k: string) => cache.get(k, (key) => (computed.push(key), key.toUpperCase()));
    get('a');
    get('b');
    get('c');
    get('a'); // a is now the most recent
    get('d'); // evicts b
    expect(cache.size).toBe(3);
    get('a');
    get('c');
    get('b');
    expect(computed).toEqual(['a', 'b', 'c', 'd', 'b']);
  });

  it('is bounded in weight and keeps no entry heavier than its share', () => {
    const cache = createLru<string, number>({ maxEntries: 1000, maxWeight: 100, maxEntryWeight: 40 });
    for (let i = 0; i < 50; i++) cache.get(`${i}`.padStart(10, '0'), (k) => k.length);
    expect(cache.weight).toBeLessThanOrEqual(100);
    expect(cache.size).toBe(10);
    cache.get('x'.repeat(41), (k) => k.length);
    expect(cache.size).toBe(10);
  });

  it('evicts gradually, one entry per miss, keeping the entries read since they were last passed over (second chance)', () => {
    const cache = createLru<string, number>({ maxEntries: 100 });
    let computed = 0;
    const get = (k: string) => cache.get(k, () => ++computed);
    for (let i = 0; i < 100; i++) get(`k${i}`);
    for (let i = 0; i < 100; i += 2) get(`k${i}`); // the even ones are read again
    const sizes: number[] = [];
    for (let i = 0; i < 50; i++) {
      get(`new${i}`);
      sizes.push(cache.size);
    }
    // Never cleared: full after every miss, one entry out for each new one.
    expect(new Set(sizes)).toEqual(new Set([100]));
    expect(computed).toBe(150);
    // The 50 read again were kept (no recomputation), the 50 others went.
    for (let i = 0; i < 100; i += 2) get(`k${i}`);
    expect(computed).toBe(150);
    get('k1');
    expect(computed).toBe(151);
  });

  it('keeps a bound in weight with entries of mixed weights, evicting only as much as a new entry needs', () => {
    const cache = createLru<string, string>({ maxEntries: 1000, maxWeight: 60, maxEntryWeight: 30 });
    for (const k of ['a'.repeat(10), 'b'.repeat(20), 'c'.repeat(30)]) cache.get(k, (x) => x);
    expect([cache.size, cache.weight]).toEqual([3, 60]);
    cache.get('d'.repeat(15), (x) => x); // the oldest (10) and the next (20) go: 30 + 15
    expect([cache.size, cache.weight]).toEqual([2, 45]);
    cache.get('e'.repeat(31), (x) => x); // too heavy: returned, not kept
    expect([cache.size, cache.weight]).toEqual([2, 45]);
  });

  it('with `pass` and `hash`, once full, keeps a miss only when its key was missed more often lately than the victim was read', () => {
    const cache = createLru<string, string>({ maxEntries: 2, hash: (k) => k.charCodeAt(0) });
    const computed: string[] = [];
    const get = (k: string) => cache.get(k, (key) => (computed.push(key), key.toUpperCase()), () => 'passed');
    expect([get('a'), get('b')]).toEqual(['A', 'B']); // room: kept
    // Full: a key's first miss is passed over without computing; its second beats an entry never
    // read (a, then b).
    expect([get('c'), get('d'), get('c'), get('d')]).toEqual(['passed', 'passed', 'C', 'D']);
    expect([get('a'), get('c'), get('c')]).toEqual(['passed', 'C', 'C']);
    // d was missed twice (counted twice), a and b once each since: passed over.
    expect([get('a'), get('b'), get('b')]).toEqual(['passed', 'passed', 'passed']);
    expect(computed).toEqual(['a', 'b', 'c', 'd']);
    expect(cache.size).toBe(2);
    // Too heavy to keep: passed over even with room.
    const light = createLru<string, string>({ maxEntries: 10, maxEntryWeight: 3 });
    expect(light.get('abcd', (k) => k, () => 'passed')).toBe('passed');
    expect(light.get('abc', (k) => k, () => 'passed')).toBe('abc');
  });

  it('createSlotLru: each kept value carries its own slot (cell 0), a freed slot is reused, and eviction is the same as createLru\'s', () => {
    const slotted = createSlotLru<string, [number, string]>({ maxEntries: 3 });
    const plain = createLru<string, string>({ maxEntries: 3 });
    const computed: string[] = [];
    const get = (k: string) => {
      const value = slotted.get(k, (key): [number, string] => (computed.push(key), [-1, key.toUpperCase()]));
      expect(value[1]).toBe(plain.get(k, (key) => key.toUpperCase()));
      return value[0];
    };
    // Three slots taken in turn; a hit returns the same value (same slot).
    expect([get('a'), get('b'), get('c'), get('a')]).toEqual([1, 2, 3, 1]);
    // d evicts b (a was read since: second chance) and takes its slot.
    expect(get('d')).toBe(2);
    // a and c read since: b comes back in the slot of d, never read.
    expect([get('a'), get('c'), get('b')]).toEqual([1, 3, 2]);
    expect(computed).toEqual(['a', 'b', 'c', 'd', 'b']);
    expect([slotted.size, slotted.weight]).toEqual([plain.size, plain.weight]);
    // Too heavy to keep: computed, returned, not kept (its cell 0 left as computed).
    const light = createSlotLru<string, [number, string]>({ maxEntries: 10, maxEntryWeight: 3 });
    expect(light.get('abcd', (k): [number, string] => [-1, k])).toEqual([-1, 'abcd']);
    expect(light.size).toBe(0);
  });

  it("fill's cache: a 100,000-template cycle does not thrash, and 5,000 or 20,000 new templates after it are all found from the sixth pass on", () => {
    const template = (i: number) => `很抱歉，{customer}，您的订单{order}已受理（${i}），预计{days}个工作日内处理完毕，请您留意短信通知。`;
    const set = (from: number, n: number) => Array.from({ length: n }, (_, i) => template(from + i));
    // Hits per pass over the new set, until a pass finds them all (each pass misses the ones not
    // kept yet: the first finds none, as the cache holds the large set).
    // Counts of one pass over `keys`: [compiled and kept, passed over, hits].
    // fill's cache is a createSlotLru (values carry their slot); createLru (a Map to slots) must
    // count the same: both run the same clock.
    type Cache = { get(key: string, compute: () => unknown, pass: () => unknown): unknown };
    const pass = (cache: Cache, keys: readonly string[]) => {
      let kept = 0;
      let passed = 0;
      for (const key of keys) cache.get(key, () => (++kept, [0]), () => ++passed);
      return [kept, passed, keys.length - kept - passed];
    };
    const large = set(0, 100_000);
    for (const [small, hits] of [
      [set(200_000, 5_000), [0, 138, 4_544, 4_992, 4_999, 5_000]],
      [set(200_000, 20_000), [0, 1_270, 13_303, 19_454, 19_972, 20_000]],
    ] as const) {
      const cache: Cache = small.length === 5_000 ? createSlotLru(TEMPLATE_CACHE) : createLru(TEMPLATE_CACHE);
      // First pass: 47,251 kept until full (the bound in weight), then a few (the sketch's
      // collisions), the rest passed over.
      expect(pass(cache, large)).toEqual([51_727, 48_273, 0]);
      pass(cache, large);
      // Third pass: 47,149 hits, 475 compiled (0.5% of the calls), the rest filled from the text.
      expect(pass(cache, large)).toEqual([475, 52_376, 47_149]);
      const passes: number[] = [];
      for (let k = 0; k < 10 && passes.at(-1) !== small.length; k++) passes.push(pass(cache, small)[2]!);
      expect(passes).toEqual(hits);
    }
  });

  it('never clears everything when templates cycle past its size', () => {
    const cache = createLru<string, number>({ maxEntries: 500 });
    for (let i = 0; i < 600; i++) cache.get(`t${i}`, () => i);
    expect(cache.size).toBe(500);
    let misses = 0;
    for (let i = 590; i < 600; i++) cache.get(`t${i}`, () => ++misses);
    expect(misses).toBe(0);
  });
});

describe('the template cache', () => {
  it('fills a 10 MB template without keeping it', () => {
    const big = `{customer|您}${'好'.repeat(10 * 1024 * 1024)}`;
    expect(fill(big, { customer: '王女士' }).length).toBe(big.length - '{customer|您}'.length + 3);
  });
});

describe('a template the cache does not keep, filled from its text', () => {
  // Over 64 K units a template is never kept: every call fills it from its text (fillDirect, or
  // the parsed template when that declines). The same template without the tail goes through the
  // cache: both must give the same text, or the same error at the same offset.
  const tail = '尾'.repeat(70_000);
  type Outcome = string | readonly [string, number | string | undefined];
  const outcome = (call: () => string): Outcome => {
    try {
      return call();
    } catch (error) {
      if (!isHuashuError(error)) throw error;
      const detail = error as { offset?: number; variable?: string };
      return [error.code, detail.offset ?? detail.variable];
    }
  };
  const values = { b: '乙', n: 7, e: '', z: 0, o: { fullName: '欧阳娜娜', gender: 'female' }, t: true, u: undefined };
  const same = (template: string, options: Parameters<typeof fill>[2] = {}) => {
    const kept = outcome(() => fill(template as string, values as never, options));
    const long = outcome(() => fill(`${template}${tail}`, values as never, options));
    expect(typeof long === 'string' ? long.slice(0, long.length - tail.length) : long, template).toEqual(kept);
  };

  it.each([
    '{{a}}，{b}', '甲{{{b}}}丙', '}}{{', '前{b}中{{间}}后{b|无}尾', '{b}{n}{z}', '{e|空}{u|无}{missing|默认}{x|}', '{b|x|y}', '{ b }', '{b }', '{o}',
    '{t}', '{e}', '{missing}', '{b|{x}', '{1a}', '{}', '{b', 'x}', '{b}}', '{a-b}', '{_1}', '{B_2|z}',
  ])('%s', (template) => {
    same(template);
    same(template, { missing: 'mark' });
    same(template, { escape: 'html' });
  });

  it('agrees with the cached path on 1,000 generated templates', () => {
    let seed = 22;
    const next = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % n);
    const alphabet = ['{', '}', '|', 'b', 'n', 'e', 'o', 'x', '_', '1', ' ', '好', '{b}', '{n|数}', '{e|空}', '{{', '}}'];
    for (let k = 0; k < 1000; k++) {
      let template = '';
      for (let length = next(9); length > 0; length--) template += alphabet[next(alphabet.length)];
      same(template, k % 3 === 0 ? { missing: 'mark' } : {});
    }
  });
});

describe('parts parsed ahead of time (greet)', () => {
  it.each(['{brand}很高兴为您服务', '{{{brand}}}为您服务', '这里是{brand|本店}，{customer}，{wish}！', '{ brand }', '无占位符'])('%s: filled as fillTemplate fills the text, and written back as it parses', (template) => {
    const parts = parseTemplate(template);
    const values = { brand: '华数', customer: '王女士', wish: '新年好' };
    expect(fillParts(parts, values)).toBe(fillTemplate(template, values));
    expect(parseTemplate(templateText(parts))).toEqual(parts);
  });

  it('takes a fallback for an empty value and refuses a placeholder without either', () => {
    expect(fillParts(parseTemplate('这里是{brand|本店}'), { brand: '' })).toBe('这里是本店');
    expect(codeOf(() => fillParts(parseTemplate('这里是{brand}'), {}))).toBe('MISSING_VARIABLE');
  });
});

describe('the compiled template (one scanner pass: literal runs, doubled braces, placeholders)', () => {
  it.each([
    ['{{a}}，{b}', '{a}，乙'],
    ['甲{{{b}}}丙', '甲{乙}丙'],
    ['}}{{', '}{'],
    ['前{b}中{{间}}后{b|无}尾', '前乙中{间}后乙尾'],
    ['{b}', '乙'],
    ['{b}{b}', '乙乙'],
    ['', ''],
    ['没有占位符', '没有占位符'],
  ])('%s fills to %s, the first time and from the cache', (template, expected) => {
    expect(fillTemplate(template, { b: '乙' })).toBe(expected);
    expect(fillTemplate(template, { b: '乙' })).toBe(expected);
    expect(fillTemplate(`${template}`.slice(0), { b: '乙' })).toBe(expected);
  });

  it('fills an equal template given as another string object from the same entry', () => {
    const built = ['前', '{b}', '后'].join('');
    expect(fillTemplate('前{b}后', { b: 1 })).toBe('前1后');
    expect(fillTemplate(built, { b: 2 })).toBe('前2后');
  });
});

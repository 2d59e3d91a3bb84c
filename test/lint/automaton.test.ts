import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, foldPattern, scan } from '../../src/lint/automaton.js';
import { BOUNDARY, foldTable, NOISE } from '../../src/text/fold.js';

/**
 * Every (pattern, end) occurrence, found the slow way: compare each pattern at each position of
 * the folded text, where a run of clause punctuation is one mark that only a pattern holding a
 * mark there can match (no other match spans clause punctuation).
 */
function naive(patterns: readonly (readonly number[])[], text: string): string[] {
  const fold = foldTable();
  const units: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = fold[text.charCodeAt(i)]!;
    if (f === NOISE) continue; // matching skips noise
    if (f === BOUNDARY && units[units.length - 1] === BOUNDARY) continue;
    units.push(f);
    ends.push(i + 1);
  }
  const found: string[] = [];
  patterns.forEach((p, index) => {
    for (let e = p.length; e <= units.length; e++) {
      let ok = true;
      for (let j = 0; j < p.length && ok; j++) ok = units[e - p.length + j] === p[j];
      if (ok) found.push(`${index}@${ends[e - 1]}`);
    }
  });
  return found.sort();
}

function fast(patterns: readonly (readonly number[])[], text: string): string[] {
  const found: string[] = [];
  scan(buildAutomaton(patterns), text, (p, end) => found.push(`${p}@${end}`));
  return found.sort();
}

describe('automaton', () => {
  it('reports exactly the occurrences a naive search finds (small alphabet, overlaps, duplicates)', () => {
    const char = fc.constantFrom('a', 'b', 'A', 'ｂ', '你', '您', '們', '们', ' ', '\u200b', '，', '。', 'x');
    const pattern = fc.array(fc.constantFrom('a', 'b', '你', '您', '们', '們', 'ｂ'), { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 12 }), fc.array(char, { maxLength: 60 }), (ps, cs) => {
        const folded = ps.map(foldPattern);
        const text = cs.join('');
        expect(fast(folded, text)).toEqual(naive(folded, text));
      }),
      { numRuns: 500 },
    );
  });

  it('matches across clause punctuation only where a pattern holds a clause mark', () => {
    const char = fc.constantFrom('a', 'b', '你', ' ', '，', '。', '!', 'x');
    const pattern = fc.array(fc.constantFrom('a', 'b', '你', '，', '。'), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 8 }), fc.array(char, { maxLength: 40 }), (ps, cs) => {
        const folded = ps.map(foldPattern).filter((p) => p.length > 0);
        fc.pre(folded.length > 0);
        const text = cs.join('');
        expect(fast(folded, text)).toEqual(naive(folded, text));
      }),
      { numRuns: 500 },
    );
    expect(fast([foldPattern('错了')], '您的错。了解')).toEqual([]);
    expect(fast([foldPattern('一分钱，一分货')], '一分钱一分货。一分钱，一分货！一分钱！？一分货')).toEqual(['0@14', '0@23']); // (the linter also compiles the form without the mark)
  });

  it('stays exact with thousands of patterns over a large alphabet (wide rows, packed double array)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3000 }),
        fc.array(fc.integer({ min: 0, max: 320 }), { maxLength: 400 }),
        (ps, ts) => {
          const toText = (a: number[]) => a.map((n) => String.fromCharCode(0x4e00 + n)).join('');
          const folded = ps.map((p) => foldPattern(toText(p)));
          const text = toText(ts);
          expect(fast(folded, text)).toEqual(naive(folded, text));
        },
      ),
      { numRuns: 40 },
    );
  });
});

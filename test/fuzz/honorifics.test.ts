import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { honorific, parseName } from '../../src/honorifics/index.js';
import { fuzzRuns, typedOutcome } from './fuzz.js';

const han = fc.constantFrom(...'王李张刘陈杨黄赵吴周欧阳司马老小总经理哥姐公司银行店局中心医院有限集团明舍娜美玲·');
const nameLike = fc.oneof(fc.string({ unit: han, minLength: 1, maxLength: 8 }), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }));

describe('honorific on arbitrary names', () => {
  it('returns an address or throws a typed error, for any options', () => {
    fc.assert(
      fc.property(
        nameLike,
        fc.constantFrom('female', 'male', 'unknown', undefined),
        fc.constantFrom('high', 'medium', 'low', undefined),
        (fullName, gender, minConfidence) => {
          expect(['ok', 'INVALID_NAME']).toContain(typedOutcome(() => honorific({ fullName, gender }, { minConfidence })));
        },
      ),
      { numRuns: fuzzRuns() },
    );
  });

  it('uses a surname only when parseName is at least as sure as minConfidence', () => {
    const rank = { none: 0, low: 1, medium: 2, high: 3 } as const;
    fc.assert(
      fc.property(fc.string({ unit: han, minLength: 1, maxLength: 8 }), fc.constantFrom('high', 'medium', 'low') , (fullName, minConfidence) => {
        let parsed;
        try {
          parsed = parseName(fullName);
        } catch {
          return;
        }
        const address = honorific({ fullName, gender: 'female' }, { minConfidence });
        const used = parsed.surname !== '' && rank[parsed.confidence] >= rank[minConfidence];
        if (!used) expect(address).toBe('女士');
        else expect(address.startsWith(parsed.surname)).toBe(true);
      }),
      { numRuns: fuzzRuns() },
    );
  });

  it('never addresses an organisation or a 老/小 prefix as a surname', () => {
    // Names of four characters or more (a three-character one with 中心 or 分店 may be a person's).
    const org = fc.tuple(fc.string({ unit: han, minLength: 2, maxLength: 4 }), fc.constantFrom('有限公司', '银行', '集团', '中心', '医院', '分店')).map(([a, b]) => a + b);
    fc.assert(
      fc.property(org, fc.constantFrom('female', 'male', 'unknown'), (fullName, gender) => {
        if (typedOutcome(() => parseName(fullName)) !== 'ok') return;
        expect(['女士', '先生', '先生/女士']).toContain(honorific({ fullName, gender }));
      }),
      { numRuns: fuzzRuns() },
    );
    for (const prefix of ['老', '小']) for (const s of '王李张刘陈杨黄赵吴周') expect(honorific({ fullName: prefix + s, gender: 'female' })).toBe(`${s}女士`);
  });
});

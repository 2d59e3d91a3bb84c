import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPhrasebook, loadPack } from '../../src/phrasebook/index.js';
import { validatePack } from '../../src/schema/index.js';
import { fuzzRuns, growth, LINEAR, typedOutcome } from './fuzz.js';

const keys = fc.constantFrom('id', 'extends', 'defaults', 'scenarios', 'rules', 'greetings', 'patches', 'remove', '__proto__', 'constructor', 'prototype', 'phrases', 'text', 'patterns', 'severity', 'message', 'zh', 'en', 'steps', 'say', 'kind');
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('acme', 'core', 'error', 'hold.explain', '！！', '您好')),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(keys, tie('node'), { maxKeys: 5 }),
  ),
})).node;
const pack = fc.oneof(value, fc.record({ id: fc.constantFrom('acme', 'core', 'x'), scenarios: value, rules: value, greetings: value }, { requiredKeys: ['id'] }));

describe('pack validation on arbitrary values', () => {
  it('validatePack, loadPack and createPhrasebook throw only typed errors, and pollute no prototype', () => {
    fc.assert(
      fc.property(pack, (input) => {
        // JSON round trip: what a parsed file holds (own __proto__ keys included).
        const parsed: unknown = JSON.parse(JSON.stringify(input) ?? 'null');
        expect(['ok', 'PACK_INVALID']).toContain(typedOutcome(() => validatePack(parsed)));
        expect(['ok', 'PACK_INVALID']).toContain(typedOutcome(() => loadPack(parsed)));
        expect(['ok', 'PACK_INVALID', 'INVALID_ARGUMENT']).toContain(typedOutcome(() => createPhrasebook({ packs: [parsed as never] })));
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: fuzzRuns(0.5) },
    );
  });

  it('accepts limits that are positive whole numbers and rejects every other number with a typed error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer({ min: -5, max: 1_000_000 })), (n) => {
        const outcome = typedOutcome(() => loadPack({ id: 'x', defaults: { a: 'b' } }, { limits: { maxNodes: n } }));
        // A small positive limit is a limit: the pack (4 values) may then be over it.
        if (Number.isSafeInteger(n) && n > 0) expect(outcome).toBe(n >= 4 ? 'ok' : 'PACK_INVALID');
        else expect(outcome).toBe('INVALID_ARGUMENT');
      }),
      { numRuns: fuzzRuns() },
    );
  });

  it('validates in time linear in the number of keys', () => {
    const big = (n: number) => ({ id: 'big', defaults: Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, `v${i}`])) });
    expect(growth((n) => loadPack(big(n)), 10_000)).toBeLessThan(LINEAR);
  });
});

import { describe, expect, it } from 'vitest';
import { coreRuleReference as coreRules } from '../../src/generated/rules-reference.js';
import { domainPacks } from '../../src/generated/packs/index.js';
import { createLinter, type Rule } from '../../src/lint/index.js';

const packRules = domainPacks.flatMap((pack) => (pack.rules ?? []).map((rule): [string, Rule] => [pack.id, rule]));
const all: Array<[string, Rule]> = [...coreRules.map((rule): [string, Rule] => ['core', rule]), ...packRules];

/** Which of the texts the rule alone flags (the default profile, or strict for strict-only rules). */
function flagged(rule: Rule, texts: readonly string[]): boolean[] {
  const linter = createLinter({ rules: [rule], profile: rule.profile ?? 'default' });
  return texts.map((text) => linter.lint(text).some((f) => f.ruleId === rule.id));
}

describe('every bundled rule behaves as its own examples say', () => {
  it.each(all.map(([pack, rule]) => ({ pack, id: rule.id, rule })))('$pack $id', ({ rule }) => {
    const { fail = [], pass = [] } = rule.examples ?? {};
    expect(fail.length).toBeGreaterThan(0);
    expect(flagged(rule, fail)).toEqual(fail.map(() => true));
    expect(flagged(rule, pass)).toEqual(pass.map(() => false));
  });
});

describe('every bundled rule says what it is about and where it comes from', () => {
  it.each(all.map(([pack, rule]) => ({ pack, id: rule.id, rule })))('$pack $id', ({ rule }) => {
    expect(rule.theme).toBeDefined();
    expect((rule.sources ?? []).length + (rule.cites ?? []).length).toBeGreaterThan(0);
    for (const cite of rule.cites ?? []) expect(cite.quote.trim()).not.toBe('');
  });
});

describe('the fail examples are errors with the whole rule set too (not hidden by another rule)', () => {
  const linter = createLinter({ extend: packRules.map(([, rule]) => rule) });
  it.each(all.filter(([, rule]) => rule.severity === 'error' && rule.profile === undefined).map(([pack, rule]) => ({ pack, id: rule.id, rule })))(
    '$pack $id',
    ({ rule }) => {
      for (const text of rule.examples?.fail ?? []) {
        expect({ text, errors: linter.lint(text).some((f) => f.severity === 'error') }).toEqual({ text, errors: true });
      }
    },
  );
});

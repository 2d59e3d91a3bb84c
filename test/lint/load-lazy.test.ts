import { describe, expect, it } from 'vitest';
import { coreRules } from '../../src/generated/rules.js';
import { createLinter, loadLinter, type Linter } from '../../src/lint/index.js';
import { deserializeCompiled } from '../../src/lint/load.js';
import type { Rule } from '../../src/schema/index.js';
import { BANNED, DISCOURAGED, POLITE } from './fixtures.js';

// loadLinter keeps the rules in their serialized form and builds each when first needed (a
// finding of it, `linter.rules`): what it finds and lists must be exactly what the compiled
// linter does, for the built-in rules and for a large generated set using every rule field.

const ANCHORS = [undefined, 'start', 'end', 'whole', 'either'] as const;
const CHARS = '好的我们你请稍等查询一下订单退款处理马上知道不行没有问题客服系统';

/** 1,000 deterministic rules: literal, `A…B`, `A…，B`, `^`/`$`, alternatives; anchors, forms, quotes, roles, turns, profiles, exceptions. */
function generated(): Rule[] {
  let seed = 20261202;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const word = (n: number) => Array.from({ length: n }, () => CHARS[next(CHARS.length)]).join('');
  return Array.from({ length: 1000 }, (_, i): Rule => {
    const kind = i % 7;
    const pattern = kind === 1 ? `${word(1)}${i % 3 === 0 ? '…，' : '…'}${word(2)}` : kind === 2 ? `^${word(3)}` : kind === 3 ? `${word(2)}$` : kind === 4 ? `(${word(1)}|${word(1)})${word(2)}` : word(2 + next(3));
    const rule: Rule = { id: `g${i}`, severity: (['error', 'warning', 'info'] as const)[i % 3]!, patterns: [pattern, word(3)], message: { zh: `第${i}条`, en: `rule ${i}` } };
    const anchor = ANCHORS[i % 5];
    return {
      ...rule,
      ...(anchor === undefined ? {} : { anchor }),
      ...(i % 11 === 0 ? { form: 'question' as const } : {}),
      ...(i % 13 === 0 ? { quoted: 'skip' as const } : {}),
      ...(kind === 1 && i % 2 === 0 ? { within: 4 } : {}),
      ...(i % 17 === 0 ? { exceptions: [{ after: word(1) }, { before: word(1) }] } : {}),
      ...(i % 19 === 0 ? { roles: ['agent'] } : {}),
      ...(i % 23 === 0 ? { turn: 'last' as const } : {}),
      ...(i % 29 === 0 ? { profile: 'strict' as const } : {}),
      ...(i % 31 === 0 ? { suggestions: ['apology'] } : {}),
    };
  });
}

/** Texts that trip many of the generated rules: runs of their characters, with clause marks and quotes. */
function generatedCorpus(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 60; i++) {
    let s = '';
    for (let k = 0; k < 40; k++) s += CHARS[(i * 7 + k * k * 3) % CHARS.length]! + (k % 9 === 8 ? '，' : k % 13 === 12 ? '吗？' : '');
    out.push(s, `“${s.slice(0, 12)}”${s.slice(12)}。`);
  }
  return out;
}

/** Every way of linting `texts` (languages, severities, profiles, transcripts, streams) with one linter, in one value. */
function everything(linter: Linter, texts: readonly string[]): unknown[] {
  const out: unknown[] = [];
  for (const text of texts) {
    out.push(linter.lint(text), linter.lint(text, { language: 'en', minSeverity: 'warning' }), linter.lint(text, { profile: 'strict' }));
    const s = linter.stream();
    out.push([...s.push(text.slice(0, 5)), ...s.push(text.slice(5)), ...s.end()]);
  }
  const turns = texts.slice(0, 20).map((text, i) => ({ role: i % 3 === 0 ? 'customer' : 'agent', text }));
  out.push(linter.lint(turns), linter.lint(turns, { roles: ['agent', 'customer'], language: 'en' }));
  return out;
}

describe('loadLinter builds rules lazily, with the same findings and rules', () => {
  const sets: Array<[string, readonly Rule[], readonly string[]]> = [
    ['the built-in rules', coreRules, [...BANNED.map((b) => b.text), ...DISCOURAGED.map((d) => d.text), ...POLITE]],
    ['1,000 generated rules', generated(), generatedCorpus()],
  ];
  for (const [name, rules, texts] of sets) {
    it(`${name}: load(serialize(compile(x))) finds exactly what compile(x) finds, and lists the same rules`, () => {
      const compiled = createLinter({ rules });
      const expected = everything(compiled, texts);
      const found = (expected as unknown[][]).flat(2).length;
      expect(found).toBeGreaterThan(texts.length);
      const bytes = compiled.serialize();
      // The rules stay in the stream (checked without being built): the loader made the shape table.
      expect(deserializeCompiled(bytes).compiled.shape).toBeInstanceOf(Int32Array);
      // Findings first (only the rules found are built), then the whole list.
      const loaded = loadLinter(bytes);
      expect(everything(loaded, texts)).toEqual(expected);
      expect(loaded.rules).toEqual(compiled.rules);
      expect(loaded.rules).toBe(loaded.rules);
      // The list first, then findings; and the verified load (rules decoded whole) agrees.
      const listed = loadLinter(bytes);
      expect(listed.rules).toEqual(rules);
      expect(everything(listed, texts)).toEqual(expected);
      expect(everything(loadLinter(bytes, { verify: true }), texts)).toEqual(expected);
      // A loaded linter serializes to the same bytes.
      expect(loadLinter(bytes).serialize()).toEqual(bytes);
    });
  }

  it('a rule with a field kept as JSON text (a fraction in `sources`) loads through the whole decode, the same', () => {
    const rules = [{ id: 'r', severity: 'error', patterns: ['好的'], message: { zh: '中', en: 'en' }, sources: [1.5] } as unknown as Rule];
    const compiled = createLinter({ rules });
    const loaded = loadLinter(compiled.serialize());
    expect(deserializeCompiled(compiled.serialize()).compiled.shape).toBeUndefined();
    expect(loaded.lint('好的')).toEqual(compiled.lint('好的'));
    expect(loaded.rules).toEqual(rules);
  });
});

/**
 * The lint data task: emits the traditional→simplified character table that `huashu/text`
 * folds with (from opencc-js's TSCharacters and the Taiwan/Hong Kong variant tables), and the
 * core pack's lint rules (`data/core/rules.yaml`) as `src/generated/rules.ts`, checking that
 * every pattern is written in simplified Chinese and every rule names its sources. (Suggestions
 * are checked with the pack's other references, by the catalogue task's checkPack.)
 */
import { join } from 'node:path';
import { t2sTable, t2sModule } from './t2s.js';
import type { PackIssue } from '../../src/schema/errors.js';
import { packFragmentSchema } from '../../src/schema/pack.js';
import { createCatalogue } from '../../src/catalogue/catalogue.js';
import { resolveSuggestion } from '../../src/catalogue/resolve-suggestion.js';
import { loadPackDir } from '../../src/files/index.js';
import type { Rule, Suggestion } from '../../src/lint/index.js';
import { compilePack } from '../../src/phrasebook/internal.js';
import { banner, literal, writeGenerated } from './emit.js';
import { deriveTexts } from './locales.js';
import { loadYaml, ROOT } from './load.js';

export { t2sTable };

/** Runs the lint task. */
export function buildLint(issues: PackIssue[]): void {
  const table = t2sTable();
  writeGenerated('t2s.ts', t2sModule(table));

  const file = join(ROOT, 'data/core/rules.yaml');
  const loaded = loadYaml(file, packFragmentSchema, issues);
  if (loaded === undefined) return;
  const rules = loaded.value.rules ?? [];
  const fold = (s: string) => [...s].map((c) => table.get(c) ?? c).join('');
  rules.forEach((rule, index) => {
    const at = (path: Array<string | number>, message: string) => {
      const pos = loaded.locate(['rules', index, ...path]);
      issues.push({ file: loaded.file, path: ['rules', index, ...path], line: pos?.line, column: pos?.column, message });
    };
    rule.patterns.forEach((p, i) => {
      if (fold(p) !== p) at(['patterns', i], `write patterns in simplified Chinese ("${fold(p)}")`);
    });
    if (rule.sources === undefined || rule.sources.length === 0) at(['sources'], 'core rules name the seed lines they come from');
  });
  if (issues.length > 0) return;
  const suggestions = resolveCoreSuggestions(rules.flatMap((r) => r.suggestions ?? []));
  writeGenerated(
    'rules.ts',
    [
      banner('data/core/rules.yaml'),
      "import type { Rule } from '../schema/index.js';",
      '',
      '/**',
      ' * The built-in lint rules (the core pack\'s) as the linter runs them: without their `examples`',
      ' * and `cites`, which only the docs\' rule reference and the tests read (src/generated/',
      ' * rules-reference.ts has the rules whole), so the lint bundle does not carry them.',
      ' */',
      `export const coreRules: readonly Rule[] = ${literal(rules.map(runtimeRule))};`,
      '',
      '/**',
      ' * The built-in rules\' suggestions resolved against the core catalogue, by reference: the',
      ' * ready zh-CN text (a string) or the variables the phrase needs (a list); the scenario and',
      ' * phrase are the reference\'s own (compact: the lint bundle carries it).',
      ' */',
      `export const coreSuggestions: Readonly<Record<string, string | readonly string[]>> = ${JSON.stringify(compact(suggestions))};`,
      '',
      '/** Ids of the built-in lint rules. */',
      `export type CoreRuleId =${rules.map((r) => `\n  | '${r.id}'`).join('')};`,
      '',
    ].join('\n'),
  );
  writeGenerated(
    'rules-reference.ts',
    [
      banner('data/core/rules.yaml'),
      "import type { Rule } from '../schema/index.js';",
      '',
      '/**',
      ' * The built-in lint rules whole, with their `examples` and `cites`: what the docs\' rule reference',
      ' * and the tests read (the runtime\'s `coreRules` in rules.ts leaves those two out).',
      ' */',
      `export const coreRuleReference: readonly Rule[] = ${literal(rules)};`,
      '',
    ].join('\n'),
  );
}

/** A rule as the runtime carries it: what linting reads, not the reference material (examples, quoted citations). */
function runtimeRule(rule: Rule): Rule {
  const { examples: _examples, cites: _cites, ...runtime } = rule;
  return runtime;
}

/** The core rules' suggestion references resolved against the core pack being built (not the last build's). */
function resolveCoreSuggestions(refs: readonly string[]): Record<string, Suggestion> {
  const core = loadPackDir(join(ROOT, 'data/core'), [], ROOT);
  const out: Record<string, Suggestion> = {};
  if (core === undefined) return out;
  const catalogue = createCatalogue(compilePack(core.pack, deriveTexts));
  for (const ref of [...new Set(refs)].sort()) out[ref] = resolveSuggestion(catalogue, ref);
  return out;
}

/** A resolved suggestion as the generated table holds it: its text, or what it needs. */
function compact(suggestions: Record<string, Suggestion>): Record<string, string | readonly string[]> {
  const out: Record<string, string | readonly string[]> = {};
  for (const [ref, s] of Object.entries(suggestions)) out[ref] = s.text ?? s.needs;
  return out;
}

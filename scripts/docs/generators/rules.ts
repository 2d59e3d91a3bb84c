/**
 * The rule reference: every built-in lint rule with its message, patterns, the contexts where a
 * pattern is fine, its suggestions (with the phrase they name) and examples that fail and pass.
 * Every example is checked by running the rule on it while the page is generated: a claimed
 * example that does not behave so fails the build.
 */
import * as OpenCC from 'opencc-js';
import { getScenario, say } from '../../../src/catalogue/index.js';
import { createLinter, type Rule } from '../../../src/lint/index.js';
import { code, frontMatter, md, styled, table } from '../markdown.js';
import { scenarioLink } from './catalogue.js';
import type { GeneratedPage, Generator } from './types.js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** `say` for ids known only at run time (suggestions are checked against the catalogue at build time). */
const sayAny = say as unknown as (id: string, vars: object, options: { phrase?: string }) => string;

/** The text of a suggestion (`scenario` or `scenario#phrase`), said with its fallbacks, or its template. */
function suggestionText(ref: string): string {
  const [id = '', phrase] = ref.split('#');
  const scenario = getScenario(id as Parameters<typeof getScenario>[0]);
  try {
    return sayAny(id, {}, phrase === undefined ? {} : { phrase });
  } catch {
    const p = scenario.phrases.find((x) => x.id === phrase) ?? scenario.phrases[0];
    return (p?.texts['zh-CN'] ?? '').replaceAll('↑', '');
  }
}

function suggestionLink(ref: string): string {
  const [id = '', phrase] = ref.split('#');
  return phrase === undefined ? scenarioLink(id) : `${scenarioLink(id)} ${code(`#${phrase}`)}`;
}

/** Examples checked against the rule alone: texts it flags, texts it lets pass. */
function examples(rule: Rule): { fail: string[]; pass: string[] } {
  const linter = createLinter({ rules: [rule] });
  const flagged = (text: string) => linter.lint(text).some((f) => f.ruleId === rule.id);
  const fail = rule.patterns.slice(0, 4);
  const first = rule.patterns[0] ?? '';
  const traditional = toTraditional(first);
  if (traditional !== first) fail.push(traditional);
  const pass: string[] = [];
  for (const e of rule.exceptions ?? []) pass.push(`${e.before ?? ''}${first}${e.after ?? ''}`);
  for (const ref of rule.suggestions ?? []) {
    const text = suggestionText(ref);
    if (text !== '' && !pass.includes(text)) pass.push(text);
  }
  for (const text of fail) if (!flagged(text)) throw new Error(`rules page: rule ${rule.id} does not flag its example ${JSON.stringify(text)}`);
  // An exception's context may still contain another pattern of the rule: keep only those that pass.
  return { fail, pass: pass.filter((text) => !flagged(text)) };
}

function ruleSection(rule: Rule): string {
  const { fail, pass } = examples(rule);
  const lines = [`## ${rule.id}`, ''];
  lines.push(`**${rule.severity}** · ${md(rule.message.zh)} — ${md(rule.message.en)}`, '');
  const facts = [`Patterns: ${rule.patterns.map(code).join(', ')}`];
  if (rule.anchor !== undefined) facts.push(`Anchor: ${rule.anchor} of a clause`);
  if (rule.sources !== undefined && rule.sources.length > 0) facts.push(`Sources: ${rule.sources.map(code).join(', ')}`);
  lines.push(facts.join(' · '), '');
  if ((rule.exceptions ?? []).length > 0) {
    lines.push(
      `Fine in context: ${(rule.exceptions ?? []).map((e) => code(`${e.before ?? ''}…${e.after ?? ''}`)).join(', ')}`,
      '',
    );
  }
  const rows: string[][] = [
    ...fail.map((text) => ['fails', `<mark>${md(text)}</mark>`]),
    ...pass.map((text) => ['passes', md(text)]),
  ];
  lines.push(styled('hs-table hs-example', table(['', 'example'], rows)), '');
  if ((rule.suggestions ?? []).length > 0) {
    lines.push('Say instead:', '');
    for (const ref of rule.suggestions ?? []) {
      const text = suggestionText(ref);
      lines.push(`- ${suggestionLink(ref)}${text === '' ? '' : ` ${md(text)}`}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Generates `rules.md`. */
export const rulesGenerator: Generator = {
  name: 'rules',
  generate(): readonly GeneratedPage[] {
    const rules = createLinter().rules;
    const count = (s: string) => rules.filter((r) => r.severity === s).length;
    const content = [
      frontMatter({ title: 'Lint rules', group: 'Reference' }),
      '# Lint rules',
      '',
      `The ${rules.length} built-in rules of \`lint()\`: ${count('error')} errors (never say), ${count('warning')} warnings`,
      `(avoid) and ${count('info')} style notes. Patterns are literal simplified Chinese, matched after folding`,
      'script, width, case, spaces and punctuation; every example below was checked by running the rule',
      'when this page was generated. Disable a rule by id with `createLinter({ disable: [id] })`.',
      '',
      table(
        ['rule', 'severity', 'why'],
        rules.map((r) => [`[${code(r.id)}](#${r.id})`, r.severity, md(r.message.en)]),
      ),
      '',
      ...rules.map(ruleSection),
    ].join('\n');
    return [{ file: 'rules.md', content }];
  },
};

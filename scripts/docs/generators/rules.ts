/**
 * The rule reference: every built-in lint rule with its message, patterns, the contexts where a
 * pattern is fine, its suggestions (with the phrase they name) and examples that fail and pass.
 * Every example is checked by running the rule on it while the page is generated: a claimed
 * example that does not behave so fails the build.
 */
import * as OpenCC from 'opencc-js';
import { getScenario, say, scenarios } from '../../../src/catalogue/index.js';
import { domainPacks } from '../../../src/generated/packs/index.js';
import { coreRuleReference } from '../../../src/generated/rules-reference.js';
import { createLinter, expandPattern, type Rule } from '../../../src/lint/index.js';
import { code, frontMatter, md, styled, table } from '../markdown.js';
import { scenarioLink } from './catalogue.js';
import type { GeneratedPage, Generator } from './types.js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** `say` for ids known only at run time (suggestions are checked against the catalogue at build time). */
const sayAny = say as unknown as (id: string, vars: object, options: { phrase?: string }) => string;

/** The text of a suggestion (`scenario` or `scenario#phrase`), said with its fallbacks, or its template. */
function suggestionText(ref: string): string {
  const [id = '', phrase] = ref.split('#');
  const inPack = domainPacks.flatMap((pack) => pack.scenarios).find((s) => s.id === id);
  if (inPack !== undefined) {
    const p = inPack.phrases.find((x) => x.id === phrase) ?? inPack.phrases[0];
    return (p?.texts['zh-CN'] ?? '').replaceAll('↑', '').replace(/\{[^}|]*\|([^}]*)\}/g, '$1');
  }
  const scenario = getScenario(id as Parameters<typeof getScenario>[0]);
  try {
    return sayAny(id, {}, phrase === undefined ? {} : { phrase });
  } catch {
    const p = scenario.phrases.find((x) => x.id === phrase) ?? scenario.phrases[0];
    return (p?.texts['zh-CN'] ?? '').replaceAll('↑', '');
  }
}

let coreIds: Set<string> | undefined;

/** A link to a suggested scenario: its category page in the core catalogue, or the domain packs' page. */
function suggestionLink(ref: string): string {
  const [id = '', phrase] = ref.split('#');
  coreIds ??= new Set(scenarios().map((s) => s.id));
  const link = coreIds.has(id) ? scenarioLink(id) : `[${code(id)}](domain-packs.md)`;
  return phrase === undefined ? link : `${link} ${code(`#${phrase}`)}`;
}

/** Examples checked against the rule alone: texts it flags, texts it lets pass. */
function examples(rule: Rule): { fail: string[]; pass: string[] } {
  const linter = createLinter({ rules: [rule], profile: rule.profile ?? 'default' });
  const flagged = (text: string) => linter.lint(text).some((f) => f.ruleId === rule.id);
  if (rule.examples !== undefined) {
    // The rule's own examples (data, also run by the tests), plus the suggestions that pass.
    const fail = [...rule.examples.fail];
    const pass = [...rule.examples.pass];
    for (const ref of rule.suggestions ?? []) {
      const text = suggestionText(ref);
      if (text !== '' && !pass.includes(text) && !flagged(text)) pass.push(text);
    }
    for (const text of fail) if (!flagged(text)) throw new Error(`rules page: rule ${rule.id} does not flag its example ${JSON.stringify(text)}`);
    for (const text of pass) if (flagged(text)) throw new Error(`rules page: rule ${rule.id} flags its pass example ${JSON.stringify(text)}`);
    return { fail, pass };
  }
  const fail = rule.patterns.filter((p) => !/[()|[\]{}…^$]/.test(p)).slice(0, 4);
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
  lines.push(`**${rule.severity}**${rule.theme === undefined ? '' : ` · theme ${code(rule.theme)}`} · ${md(rule.message.zh)} — ${md(rule.message.en)}`, '');
  const literals = rule.patterns.reduce((n, p) => {
    const e = expandPattern(p);
    return n + (e.ok ? e.variants.length : 0);
  }, 0);
  const facts = [`Patterns: ${rule.patterns.map(code).join(', ')}${literals > rule.patterns.length ? ` (${literals} literals)` : ''}`];
  if (rule.anchor !== undefined) facts.push(`Anchor: ${rule.anchor} of a clause`);
  if (rule.within !== undefined) facts.push(`Within: ${rule.within} characters`);
  if (rule.form !== undefined) facts.push(`Only ${rule.form === 'question' ? 'in a question' : 'outside a question'}`);
  if (rule.profile !== undefined) facts.push(`Profile: ${rule.profile} only`);
  if (rule.sources !== undefined && rule.sources.length > 0) facts.push(`Sources: ${rule.sources.map(code).join(', ')}`);
  lines.push(facts.join(' · '), '');
  for (const cite of rule.cites ?? []) {
    const where = /^https?:/.test(cite.source) ? `[${md(new URL(cite.source).hostname)}](${cite.source})` : code(cite.source);
    lines.push(`> ${md(cite.quote)} — ${where}`, '');
  }
  if ((rule.exceptions ?? []).length > 0) {
    lines.push(
      `Fine in context: ${(rule.exceptions ?? [])
        .map((e) =>
          [
            e.before !== undefined || e.after !== undefined ? code(`${e.before ?? ''}…${e.after ?? ''}`) : '',
            e.earlier === undefined ? '' : `${code(e.earlier)} earlier in the clause`,
            e.later === undefined ? '' : `${code(e.later)} later in the clause`,
          ]
            .filter((x) => x !== '')
            .join(' and '),
        )
        .join(', ')}`,
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
    const rules = coreRuleReference; // the built-in rules whole (the runtime's leave out examples and cites)
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
      '',
      '# Rules of the bundled domain packs',
      '',
      'Added by `createPhrasebook({ packs: [bankPack] })` (or `createLinter({ extend: bankPack.rules })`); cited from the service standards of each industry.',
      '',
      ...domainPacks
        .filter((pack) => (pack.rules ?? []).length > 0)
        .flatMap((pack) => [`## Pack ${code(pack.id)}${pack.title === undefined ? '' : `: ${md(pack.title.zh)}`}`, '', ...(pack.rules ?? []).map((rule) => ruleSection(rule).replace(/^## /, '### '))]),
    ].join('\n');
    return [{ file: 'rules.md', content }];
  },
};

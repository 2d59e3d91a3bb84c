/**
 * The catalogue pages: an overview (every category, every scenario id, the service standards)
 * and one page per category with each scenario's phrases in zh-CN and zh-TW, English gloss,
 * channels, variables and source lines. Read from the catalogue API, i.e. the compiled core pack.
 */
import { scenarios, standards, type CompiledScenario } from '../../../src/catalogue/index.js';
import type { StepInput } from '../../../src/schema/index.js';
import { toMermaid } from '../../../src/steps/exports.js';
import { literalSteps } from '../../../src/steps/steps-of.js';
import { code, frontMatter, md, styled, table } from '../markdown.js';
import type { GeneratedPage, Generator } from './types.js';

/** Page file of a category (also used by other generators to link to scenarios). */
export function categoryFile(category: string): string {
  return `catalogue-${category}.md`;
}

/** The heading text of a scenario; typedoc derives the anchor from it (see {@link scenarioAnchor}). */
function heading(s: CompiledScenario): string {
  return s.id;
}

/** typedoc's anchor for a heading: lower case, runs of non-alphanumerics dropped. */
export function scenarioAnchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9-]+/g, '');
}

/** A link to a scenario from another generated page. */
export function scenarioLink(id: string): string {
  const category = id.slice(0, id.indexOf('.'));
  return `[${code(id)}](${categoryFile(category)}#${scenarioAnchor(id)})`;
}

function categories(): Map<string, CompiledScenario[]> {
  const out = new Map<string, CompiledScenario[]>();
  for (const s of scenarios()) {
    const list = out.get(s.category) ?? [];
    list.push(s);
    out.set(s.category, list);
  }
  return out;
}

function variablesCell(vars: CompiledScenario['phrases'][number]['variables']): string {
  if (vars === undefined) return '';
  return Object.entries(vars)
    .map(([name, spec]) => `${code(`{${name}}`)} ${md(spec.type)}${spec.example === undefined ? '' : ` (e.g. ${md(spec.example)})`}`)
    .join('<br>');
}

/** Steps with each phrase reference replaced by the phrase's text as written (placeholders kept), for the flowchart. */
function withPhraseText(home: CompiledScenario, steps: readonly StepInput[]): StepInput[] {
  const text = (ref: string): string => {
    const [sid, pid] = ref.split('#');
    const scenario = sid === '' || sid === undefined ? home : scenarios().find((x) => x.id === sid);
    const phrase = scenario?.phrases.find((p) => p.id === (pid ?? 'default')) ?? scenario?.phrases[0];
    return phrase?.text.replaceAll('↑', '') ?? ref;
  };
  return steps.map((step): StepInput => {
    if ((step.kind === 'say' || step.kind === 'ask') && step.phrase !== undefined) {
      const { phrase, ...rest } = step;
      const said = { ...rest, text: text(phrase) } as StepInput;
      return said.kind === 'ask' ? { ...said, branches: said.branches.map((b) => ({ ...b, steps: withPhraseText(home, b.steps) })) } : said;
    }
    if (step.kind === 'ask' || step.kind === 'branch') return { ...step, branches: step.branches.map((b) => ({ ...b, steps: withPhraseText(home, b.steps) })) };
    if (step.kind === 'group') return { ...step, steps: withPhraseText(home, step.steps) };
    return step;
  });
}

function scenarioSection(s: CompiledScenario): string {
  const lines: string[] = [`## ${heading(s)}`, ''];
  lines.push(`**${md(s.title.zh)}** · ${md(s.title.en)}`, '');
  lines.push(`When: ${md(s.when.zh)} — ${md(s.when.en)}`, '');
  const facts = [`Channels: ${s.channels.join(', ')}`, `Sources: ${s.sources.map(code).join(', ')}`];
  if (s.related !== undefined && s.related.length > 0) facts.push(`Related: ${s.related.map(scenarioLink).join(', ')}`);
  if (s.avoid !== undefined && s.avoid.length > 0) facts.push(`Avoid (lint rules): ${s.avoid.map(code).join(', ')}`);
  if (s.steps !== undefined && s.steps.length > 0) facts.push(`Steps: ${s.steps.length}`);
  lines.push(facts.join(' · '), '');
  lines.push(
    styled('hs-table hs-phrases', table(
      ['phrase', 'zh-CN', 'zh-TW', 'English', 'channels', 'variables', 'sources'],
      s.phrases.map((p) => [
        code(p.id),
        md(p.texts['zh-CN']),
        md(p.texts['zh-TW']),
        md(p.gloss),
        p.channels.join(', '),
        variablesCell(p.variables),
        (p.sources ?? []).map(code).join(', '),
      ]),
    )),
    '',
  );
  for (const note of s.notes ?? []) lines.push(`> ${md(note.zh)} — ${md(note.en)}`, '');
  if (s.steps !== undefined && s.steps.length > 0) {
    // The procedure as a flowchart (placeholders as written), from the same step machine as startFlow.
    lines.push('Procedure (`huashu steps ' + s.id + ' --format mermaid`):', '', '```mermaid', toMermaid(literalSteps(withPhraseText(s, s.steps as StepInput[]))), '```', '');
  }
  return lines.join('\n');
}

function overview(byCategory: Map<string, CompiledScenario[]>): GeneratedPage {
  const all = scenarios();
  const lines = [
    frontMatter({ title: 'Catalogue', group: 'Catalogue', children: [...byCategory.keys()].map((c) => `./${categoryFile(c)}`) }),
    '# Catalogue',
    '',
    `The built-in core pack: ${all.length} scenarios in ${byCategory.size} categories. Each scenario id is a`,
    'literal type (`ScenarioId`), so `say(id)` with a misspelt id does not compile. The text is',
    'authored in simplified Chinese; zh-TW and zh-HK are derived at build time. Generated from the',
    'catalogue API (`scenarios()`, `standards()`) when the site is built.',
    '',
    table(
      ['category', 'scenarios'],
      [...byCategory].map(([category, list]) => [
        `[${md(category)}](${categoryFile(category)})`,
        list.map((s) => scenarioLink(s.id)).join(', '),
      ]),
    ),
    '',
    '## Service standards',
    '',
    table(
      ['id', 'standard', 'English', 'channels', 'limit', 'sources'],
      standards()
        .filter((s) => s.unit !== undefined)
        .map((s) => [
          code(s.id),
          md(s.title.zh),
          md(s.title.en),
          s.channels.join(', '),
          [s.min === undefined ? '' : `≥ ${s.min}`, s.max === undefined ? '' : `≤ ${s.max}`].filter(Boolean).join(' ') + ` ${md(s.unit ?? '')}`,
          s.sources.map(code).join(', '),
        ]),
    ),
    '',
    '## Guidance',
    '',
    'Principles, procedures and working rules the sources state in words (`standards()` entries with `text`).',
    '',
    table(
      ['id', 'group', 'guidance', 'English', 'sources'],
      standards()
        .filter((s) => s.text !== undefined)
        .map((s) => [code(s.id), md(s.group ?? ''), md(s.text?.zh ?? ''), md(s.text?.en ?? ''), s.sources.map(code).join(', ')]),
    ),
    '',
  ];
  return { file: 'catalogue.md', content: lines.join('\n') };
}

/** Generates `catalogue.md` and one `catalogue-<category>.md` per category. */
export const catalogueGenerator: Generator = {
  name: 'catalogue',
  generate() {
    const byCategory = categories();
    const pages = [overview(byCategory)];
    for (const [category, list] of byCategory) {
      const content = [
        frontMatter({ title: category }),
        `# Catalogue: ${category}`,
        '',
        `${list.length} scenario${list.length === 1 ? '' : 's'} of the category \`${category}\`. Say one with`,
        `\`say('${list[0]?.id ?? ''}', vars)\` or \`huashu say ${list[0]?.id ?? ''}\`. [All categories](catalogue.md).`,
        '',
        ...list.map(scenarioSection),
      ].join('\n');
      pages.push({ file: categoryFile(category), content, child: true });
    }
    return pages;
  },
};

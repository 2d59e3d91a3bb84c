/**
 * The bundled domain packs (`huashu/packs`): one company's instance of the general phrases, each
 * extending the core pack. One page: every pack's defaults, scenarios, patches and removals.
 */
import type { CompiledPack } from '../../../src/catalogue/index.js';
import { domainPacks } from '../../../src/packs/index.js';
import { code, frontMatter, md, styled, table } from '../markdown.js';
import { scenarioLink } from './catalogue.js';
import type { GeneratedPage, Generator } from './types.js';

function packSection(pack: CompiledPack): string {
  const lines = [`## ${pack.id}`, ''];
  if (pack.title !== undefined) lines.push(`**${md(pack.title.zh)}** · ${md(pack.title.en)}`, '');
  const facts = [`Extends: ${pack.extends.length === 0 ? 'nothing' : pack.extends.map(code).join(', ')}`];
  const defaults = Object.entries(pack.defaults);
  if (defaults.length > 0) facts.push(`Defaults: ${defaults.map(([k, v]) => `${code(`{${k}}`)} = ${md(v)}`).join(', ')}`);
  lines.push(facts.join(' · '), '');
  if (pack.scenarios.length > 0) {
    lines.push(`### Scenarios of ${pack.id}`, '');
    lines.push(
      styled(
        'hs-table hs-phrases',
        table(
          ['scenario', 'phrase', 'zh-CN', 'English', 'sources'],
          pack.scenarios.flatMap((s) =>
            s.phrases.map((p, i) => [i === 0 ? `${code(s.id)} ${md(s.title.zh)}` : '', code(p.id), md(p.texts['zh-CN']), md(p.gloss), (p.sources ?? (i === 0 ? s.sources : [])).map(code).join(', ')]),
          ),
        ),
      ),
      '',
    );
  }
  if ((pack.patches ?? []).length > 0) {
    lines.push(`### Changes to core scenarios`, '');
    lines.push(
      styled(
        'hs-table hs-phrases',
        table(
          ['scenario', 'phrase', 'zh-CN', 'English'],
          (pack.patches ?? []).flatMap((patch) =>
            (patch.phrases ?? []).length === 0
              ? [[scenarioLink(patch.id), '', 'other fields changed', '']]
              : (patch.phrases ?? []).map((p, i) => [i === 0 ? scenarioLink(patch.id) : '', code(p.id), md(p.texts['zh-CN']), md(p.gloss)]),
          ),
        ),
      ),
      '',
    );
  }
  const removed = [...(pack.remove?.scenarios ?? []), ...(pack.remove?.phrases ?? []), ...(pack.remove?.standards ?? [])];
  if (removed.length > 0) lines.push(`Removes: ${removed.map(code).join(', ')}`, '');
  return lines.join('\n');
}

/** Generates `domain-packs.md` (nothing when no pack is bundled). */
export const packsGenerator: Generator = {
  name: 'packs',
  generate(): readonly GeneratedPage[] {
    if (domainPacks.length === 0) return [];
    const content = [
      frontMatter({ title: 'Domain packs', group: 'Catalogue' }),
      '# Domain packs',
      '',
      `The ${domainPacks.length} packs bundled in \`huashu/packs\`: how a company extends the core pack with its`,
      'own scenarios, brand and wording. Use one with `createPhrasebook({ packs: [pack] })`, or write your',
      'own (see [Extending packs](../packs.md)).',
      '',
      ...domainPacks.map(packSection),
    ].join('\n');
    return [{ file: 'domain-packs.md', content }];
  },
};

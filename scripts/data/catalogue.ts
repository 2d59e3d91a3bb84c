/**
 * The catalogue data task: reads the core pack (`data/core/`) and the bundled domain packs
 * (`data/packs/<id>/`), validates them with the pack schema, cross-checks them, derives the
 * traditional-script variants and emits `src/generated/catalogue.ts` and
 * `src/generated/packs/<id>.ts`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackDir, type LoadedPack } from '../../src/files/index.js';
import { SOURCE_PATTERN, type PackIssue, type Rule, type Scenario } from '../../src/schema/index.js';
import { compilePack } from '../../src/phrasebook/internal.js';
import { checkPack } from './checks.js';
import { deriveTexts } from './locales.js';
import { ROOT } from './load.js';
import { banner, literal, writeGenerated } from './emit.js';


const VAR_TS: Record<string, string> = {
  customer: 'CustomerValue',
  text: 'string',
  number: 'number | string',
  time: 'string',
  duration: 'number | string',
  phone: 'string',
};

/** The TypeScript type of one phrase's variables: optional when the text has a fallback or the pack a default. */
export function phraseVariablesType(phrase: Scenario['phrases'][number], defaults: Record<string, string>): string {
  const fields = Object.entries(phrase.variables ?? {}).map(([name, spec]) => {
    const optional = phrase.text.includes(`{${name}|`) || name in defaults;
    return `${name}${optional ? '?' : ''}: ${VAR_TS[spec.type] ?? 'string'}`;
  });
  return fields.length === 0 ? 'Record<never, never>' : `{ ${fields.join('; ')} }`;
}

/** The per-phrase variable types of a scenario: `{ 'default': {...}; 'other': {...} }`. */
function phrasesType(scenario: Scenario, defaults: Record<string, string>): string {
  return `{ ${scenario.phrases.map((p) => `'${p.id}': ${phraseVariablesType(p, defaults)}`).join('; ')} }`;
}

/** The generated name of a category's scenarios: `holdScenarios`, `inPersonScenarios`. */
function groupName(category: string): string {
  return `${category.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}Scenarios`;
}

/** Emits src/generated/catalogue/<category>.ts for each category of the core pack (and their index), in catalogue order. */
function emitCategories(scenarios: ReturnType<typeof compilePack>['scenarios']): Array<{ category: string; name: string }> {
  const byCategory = new Map<string, typeof scenarios>();
  for (const s of scenarios) byCategory.set(s.category, [...(byCategory.get(s.category) ?? []), s]);
  const out: Array<{ category: string; name: string }> = [];
  for (const [category, list] of byCategory) {
    const name = groupName(category);
    const ids = list.map((s) => `'${s.id}'`).join(' | ');
    writeGenerated(
      `catalogue/${category}.ts`,
      [
        banner('data/core'),
        "import type { ScenarioGroup } from '../../catalogue/index.js';",
        '',
        `/** The core pack's \`${category}\` scenarios (${list.length}): pass them to \`createSay\` to say only these. */`,
        `export const ${name}: ScenarioGroup<${ids}> = ${literal({ category, scenarios: list })};`,
        '',
      ].join('\n'),
    );
    out.push({ category, name });
  }
  writeGenerated(
    'catalogue/index.ts',
    [banner('data/core'), ...out.map((c) => `export { ${c.name} } from './${c.category}.js';`), ''].join('\n'),
  );
  return out;
}

/** Emits a pack's generated module. */
function emitPack(loaded: LoadedPack, outFile: string, exportName: string, typeScenarioIds: boolean) {
  const { pack } = loaded;
  const compiled = compilePack(pack, deriveTexts);
  const ids = compiled.scenarios.map((s) => s.id);
  const lines = [banner('data/' + (pack.id === 'core' ? 'core' : `packs/${pack.id}`))];
  const up = typeScenarioIds ? '..' : '../..';
  lines.push(`import type { CompiledPackOf } from '${up}/catalogue/index.js';`);
  lines.push(`import type { CustomerValue } from '${up}/honorifics/index.js';`);
  lines.push('');
  lines.push(`/** The \`${pack.id}\` pack, validated and compiled at build time. */`);
  const idType = typeScenarioIds ? 'ScenarioId' : `${exportName[0]!.toUpperCase()}${exportName.slice(1).replace(/Pack$/, '')}ScenarioId`;
  if (typeScenarioIds) {
    // The core pack's scenarios live in one module per category, so that an app saying a few
    // categories (createSay) bundles only those; the pack joins them (a pure call: unused, dropped).
    const categories = emitCategories(compiled.scenarios);
    const { scenarios: _scenarios, ...rest } = compiled;
    lines.push(...categories.map((c) => `import { ${c.name} } from './catalogue/${c.category}.js';`));
    const joined = `/* @__PURE__ */ ([] as Array<CompiledPackOf<ScenarioId>['scenarios'][number]>).concat(${categories.map((c) => `${c.name}.scenarios`).join(', ')})`;
    lines.push(`export const ${exportName}: CompiledPackOf<${idType}> = { ...${literal(rest)}, scenarios: ${joined} };`);
  } else lines.push(`export const ${exportName}: CompiledPackOf<${idType}> = ${literal(compiled)};`);
  lines.push('');
  lines.push(`/** Every scenario id of the \`${pack.id}\` pack. */`);
  lines.push(`export type ${idType} =${ids.length === 0 ? ' never' : ''}`);
  for (const id of ids) lines.push(`  | '${id}'`);
  lines[lines.length - 1] += ';';
  lines.push('');
  const base = idType.replace(/Id$/, '');
  lines.push(`/** The variables of each phrase, by scenario id and phrase id (\`?\` where the text has a fallback). */`);
  lines.push(`export interface ${base}PhraseVariables {`);
  for (const s of pack.scenarios ?? []) lines.push(`  '${s.id}': ${phrasesType(s, pack.defaults ?? {})};`);
  lines.push('}');
  lines.push('');
  lines.push(`/** The id of each scenario's default (first) phrase. */`);
  lines.push(`export interface ${base}DefaultPhrase {`);
  for (const s of pack.scenarios ?? []) lines.push(`  '${s.id}': '${s.phrases[0]!.id}';`);
  lines.push('}');
  lines.push('');
  lines.push(`/** The variables of each scenario's default phrase (the one \`say\` uses without a \`phrase\` option). */`);
  lines.push(`export type ${base}Variables = { [I in ${idType}]: ${base}PhraseVariables[I][${base}DefaultPhrase[I]] };`);
  writeGenerated(outFile, lines.join('\n') + '\n');
}

/** Runs the catalogue task. */
export function buildCatalogue(issues: PackIssue[]): { core?: LoadedPack; domain: LoadedPack[] } {
  const core = loadPackDir(join(ROOT, 'data/core'), issues, ROOT);
  const domain: LoadedPack[] = [];
  const packsDir = join(ROOT, 'data/packs');
  if (existsSync(packsDir)) {
    for (const name of readdirSync(packsDir).sort()) {
      if (!statSync(join(packsDir, name)).isDirectory()) continue;
      const loaded = loadPackDir(join(packsDir, name), issues, ROOT);
      if (loaded !== undefined) domain.push(loaded);
    }
  }
  if (core === undefined) return { domain };
  checkPack(core, [], issues);
  for (const pack of domain) checkPack(pack, [core], issues);
  for (const pack of [core, ...domain]) checkStrictSources(pack, issues);
  checkStandardScenarios([core, ...domain], issues);
  linkAvoid(core, core.pack.rules ?? [], issues);
  for (const pack of domain) linkAvoid(pack, [...(core.pack.rules ?? []), ...(pack.pack.rules ?? [])], issues);
  if (issues.length > 0) return { core, domain };
  // The core rules ship once, from the lint task (src/generated/rules.ts), not inside the catalogue.
  const { rules: _coreRules, ...corePackWithoutRules } = core.pack;
  emitPack({ ...core, pack: corePackWithoutRules }, 'catalogue.ts', 'corePack', true);
  const index = [banner('data/packs'), "import type { CompiledPack } from '../../catalogue/index.js';"];
  const names: string[] = [];
  for (const pack of domain) {
    const name = `${pack.pack.id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}Pack`;
    emitPack(pack, `packs/${pack.pack.id}.ts`, name, false);
    const idType = `${name[0]!.toUpperCase()}${name.slice(1).replace(/Pack$/, '')}ScenarioId`;
    index.push(`export { ${name}, type ${idType} } from './${pack.pack.id}.js';`, `import { ${name} } from './${pack.pack.id}.js';`);
    names.push(name);
  }
  index.push('', '/** The bundled domain packs, which extend the core pack. */');
  index.push(`export const domainPacks: readonly CompiledPack[] = [${names.join(', ')}];`);
  writeGenerated('packs/index.ts', index.join('\n') + '\n');
  return { core, domain };
}

/**
 * The built-in packs cite their sources in the strict form (`000:11`, a URL): every scenario
 * has at least one, and every `sources` entry and quoted `source.at` anywhere in the pack
 * matches {@link SOURCE_PATTERN}. Users' packs may cite free text; ours may not.
 */
export function checkStrictSources(loaded: LoadedPack, issues: PackIssue[]): void {
  for (const [item, where] of loaded.origin) {
    const base = [where.section, where.index];
    const report = (path: Array<string | number>, message: string) => {
      const pos = where.file.locate(path);
      issues.push({ pack: loaded.pack.id, file: where.file.file, path, line: pos?.line, column: pos?.column, message });
    };
    if (where.section === 'scenarios' && ((item as { sources?: unknown[] }).sources ?? []).length === 0) {
      report([...base, 'sources'], 'a built-in scenario cites at least one source ("000:11")');
    }
    const walk = (value: unknown, path: Array<string | number>) => {
      const stack: Array<[unknown, Array<string | number>]> = [[value, path]];
      while (stack.length > 0) {
        const [v, p] = stack.pop()!;
        if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, [...p, i]]));
        else if (typeof v === 'object' && v !== null) {
          for (const [k, x] of Object.entries(v)) {
            if (k === 'sources' && Array.isArray(x)) {
              x.forEach((src, i) => {
                if (typeof src !== 'string' || !SOURCE_PATTERN.test(src)) report([...p, k, i], `built-in data cites sources as "NNN:line", "NNN:start-end" or a URL, not "${String(src)}"`);
              });
            } else if (k === 'at' && typeof x === 'string' && !/^\d{3}:\d+$/.test(x)) {
              report([...p, k], `a quote names one seed line ("000:11"), not "${x}"`);
            } else stack.push([x, [...p, k]]);
          }
        }
      }
    };
    walk(item, base);
  }
}

/** Every scenario a standard names exists in the built-in packs. */
export function checkStandardScenarios(packs: readonly LoadedPack[], issues: PackIssue[]): void {
  const ids = new Set(packs.flatMap((p) => (p.pack.scenarios ?? []).map((s) => s.id)));
  for (const loaded of packs) {
    for (const standard of loaded.pack.standards ?? []) {
      const where = loaded.origin.get(standard);
      standard.scenarios?.forEach((id, i) => {
        if (ids.has(id)) return;
        const path = ['standards', where?.index ?? 0, 'scenarios', i];
        const pos = where?.file.locate(path);
        issues.push({ pack: loaded.pack.id, file: where?.file.file, path, line: pos?.line, column: pos?.column, message: `standard "${standard.id}" names scenario "${id}", which does not exist` });
      });
    }
  }
}

/**
 * Links scenarios to the rules for what must not be said there: a rule that suggests a
 * scenario (or one of its phrases) instead is added to that scenario's `avoid`, after the ids
 * the data lists itself; every listed id must name a rule of the pack or of the packs it extends.
 */
export function linkAvoid(loaded: LoadedPack, rules: readonly Rule[], issues: PackIssue[]): void {
  const known = new Set(rules.map((r) => r.id));
  const bySuggestion = new Map<string, string[]>();
  for (const rule of rules) {
    for (const ref of rule.suggestions ?? []) {
      const id = ref.split('#')[0]!;
      const list = bySuggestion.get(id) ?? [];
      if (!list.includes(rule.id)) list.push(rule.id);
      bySuggestion.set(id, list);
    }
  }
  for (const scenario of loaded.pack.scenarios ?? []) {
    const where = loaded.origin.get(scenario);
    scenario.avoid?.forEach((id, i) => {
      if (known.has(id)) return;
      const path = ['scenarios', where?.index ?? 0, 'avoid', i];
      const pos = where?.file.locate(path);
      issues.push({ file: where?.file.file ?? loaded.pack.id, path, line: pos?.line, column: pos?.column, message: `"${id}" is not a lint rule of this pack or the packs it extends` });
    });
    const linked = [...new Set([...(scenario.avoid ?? []), ...(bySuggestion.get(scenario.id) ?? [])])];
    if (linked.length > 0) scenario.avoid = linked;
  }
}


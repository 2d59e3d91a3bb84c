import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packFragmentSchema, packHeaderSchema, type Pack, type PackIssue } from '../schema/index.js';
import { loadYaml, yamlFiles, type LoadedFile } from './load.js';

/** A pack read from a folder of YAML files, with where each part came from. */
export interface LoadedPack {
  pack: Pack;
  files: LoadedFile<unknown>[];
  /** Where each scenario, standard, patch and rule came from, for error positions. */
  origin: Map<object, { file: LoadedFile<unknown>; index: number; section: 'scenarios' | 'standards' | 'patches' | 'rules' }>;
}

/** Loads one pack folder: `pack.yaml` (id, title, extends, defaults) plus fragment files. */
export function loadPackDir(dir: string, issues: PackIssue[], root = ''): LoadedPack | undefined {
  const headerPath = join(dir, 'pack.yaml');
  if (!existsSync(headerPath)) {
    issues.push({ file: dir, path: [], message: 'a pack folder needs a pack.yaml with its id' });
    return undefined;
  }
  const header = loadYaml(headerPath, packHeaderSchema, issues, root);
  const { $schema: _schema, ...identity } = header?.value ?? { id: 'invalid' };
  const pack: Pack = { ...identity, scenarios: [], standards: [], patches: [] };
  const removals: { scenarios: string[]; phrases: string[]; standards: string[] } = { scenarios: [], phrases: [], standards: [] };
  const files: LoadedFile<unknown>[] = header === undefined ? [] : [header];
  const origin: LoadedPack['origin'] = new Map();
  for (const path of yamlFiles(dir)) {
    if (path === headerPath) continue;
    const fragment = loadYaml(path, packFragmentSchema, issues, root);
    if (fragment === undefined) continue;
    files.push(fragment);
    if (fragment.value.rules !== undefined) pack.rules ??= [];
    for (const section of ['scenarios', 'standards', 'patches', 'rules'] as const) {
      const items = fragment.value[section] ?? [];
      items.forEach((item, index) => {
        origin.set(item, { file: fragment, index, section });
        (pack[section] as unknown[]).push(item);
      });
    }
    for (const key of ['scenarios', 'phrases', 'standards'] as const) removals[key].push(...(fragment.value.remove?.[key] ?? []));
    if (fragment.value.greetings !== undefined) {
      if (pack.greetings !== undefined) issues.push({ file: fragment.file, path: ['greetings'], message: 'a pack folder has one greetings section; another file already holds it' });
      else pack.greetings = fragment.value.greetings;
    }
  }
  if (pack.patches?.length === 0) delete pack.patches;
  if (Object.values(removals).some((list) => list.length > 0)) pack.remove = removals;
  return header === undefined ? undefined : { pack, files, origin };
}

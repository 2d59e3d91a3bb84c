/**
 * The audit data task: validates the core pack's transcript checks (`data/core/audit.yaml`) with
 * the pack schema, checks that phrases are written in simplified Chinese and that every check
 * names its sources (its own, or those of the standard it measures against), compiles each check
 * (phrase sets, standards and the procedures derived from scenario steps must all resolve), and
 * emits `src/generated/audit.ts`.
 */
import { join } from 'node:path';
import type { PackIssue } from '../../src/schema/errors.js';
import { packFragmentSchema } from '../../src/schema/pack.js';
import type { AuditSection } from '../../src/schema/audit.js';
import { banner, literal, writeGenerated } from './emit.js';
import { t2sTable } from './lint.js';
import { loadYaml, ROOT } from './load.js';

/** Runs the audit task (after the catalogue task: procedures are derived from its scenarios). */
export async function buildAudit(issues: PackIssue[]): Promise<void> {
  const file = join(ROOT, 'data/core/audit.yaml');
  const loaded = loadYaml(file, packFragmentSchema, issues);
  if (loaded === undefined) return;
  const at = (path: Array<string | number>, message: string) => {
    const pos = loaded.locate(path);
    issues.push({ file: loaded.file, path, line: pos?.line, column: pos?.column, message });
  };
  const section: AuditSection | undefined = loaded.value.audit;
  if (section === undefined) {
    at([], 'data/core/audit.yaml needs an "audit" section');
    return;
  }
  const table = t2sTable();
  const fold = (s: string) => [...s].map((c) => table.get(c) ?? c).join('');
  for (const [name, list] of Object.entries(section.phrases ?? {})) {
    list.forEach((p, i) => {
      if (fold(p) !== p) at(['audit', 'phrases', name, i], `write phrases in simplified Chinese ("${fold(p)}")`);
    });
  }
  const before = issues.length;
  const ids = new Set<string>();
  const { compileAuditor } = await import('../../src/audit/engine.js');
  const { HuashuError } = await import('../../src/errors/huashu-error.js');
  (section.checks ?? []).forEach((check, index) => {
    if (ids.has(check.id)) at(['audit', 'checks', index, 'id'], `check id "${check.id}" is used twice`);
    ids.add(check.id);
    try {
      const auditor = compileAuditor([{ ...section, checks: [check] }], { vars: { brand: '品牌' } });
      const sources = auditor.audit([]).checks[0]?.sources ?? [];
      if (sources.length === 0) at(['audit', 'checks', index, 'sources'], 'core checks name the seed lines they come from (their own, or their standard’s)');
    } catch (error) {
      if (error instanceof HuashuError) at(['audit', 'checks', index], error.message);
      else throw error;
    }
  });
  if (issues.length > before) return;
  writeGenerated(
    'audit.ts',
    [
      banner('data/core/audit.yaml'),
      "import type { AuditSection } from '../schema/index.js';",
      '',
      "/** The built-in transcript checks (the core pack's audit section). */",
      `export const coreAudit: AuditSection = ${literal(section)};`,
      '',
      '/** Ids of the built-in transcript checks. */',
      `export type CoreAuditCheckId =${(section.checks ?? []).map((c) => `\n  | '${c.id}'`).join('')};`,
      '',
    ].join('\n'),
  );
}

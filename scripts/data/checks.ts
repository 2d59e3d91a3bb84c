/**
 * Cross-checks beyond the schema: unique ids, declared placeholders, resolvable references.
 * Each problem names the file, the path inside it and the reason.
 */
import { isHuashuError } from '../../src/errors/huashu-error.js';
import { parseTemplate } from '../../src/honorifics/template.js';
import type { PackIssue } from '../../src/schema/errors.js';
import type { StepInput } from '../../src/schema/step.js';
import type { LoadedPack } from './catalogue.js';

type Path = Array<string | number>;

/** Checks one pack against itself and the packs it extends. */
export function checkPack(loaded: LoadedPack, bases: readonly LoadedPack[], issues: PackIssue[]): void {
  const { pack } = loaded;
  const report = (section: 'scenarios' | 'standards', item: object, path: Path, message: string) => {
    const origin = loaded.origin.get(item);
    const full: Path = [section, origin?.index ?? -1, ...path];
    const pos = origin?.file.locate(full);
    issues.push({ pack: pack.id, file: origin?.file.file, path: full, line: pos?.line, column: pos?.column, message });
  };

  const phraseIds = new Map<string, Set<string>>();
  for (const base of bases) for (const s of base.pack.scenarios ?? []) phraseIds.set(s.id, new Set(s.phrases.map((p) => p.id)));

  const seen = new Set<string>();
  for (const s of pack.scenarios ?? []) {
    if (seen.has(s.id)) report('scenarios', s, ['id'], `duplicate scenario id "${s.id}"`);
    seen.add(s.id);
    const prefix = s.id.split('.')[0];
    if (prefix !== s.category) report('scenarios', s, ['category'], `category "${s.category}" does not match the id's prefix "${prefix}"`);
    const local = new Set<string>();
    s.phrases.forEach((p, i) => {
      if (local.has(p.id)) report('scenarios', s, ['phrases', i, 'id'], `duplicate phrase id "${p.id}" in scenario "${s.id}"`);
      local.add(p.id);
      const declared = new Set(Object.keys(p.variables ?? {}));
      const texts: Array<[Path, string]> = [[['phrases', i, 'text'], p.text]];
      for (const [locale, text] of Object.entries(p.variants ?? {})) if (text !== undefined) texts.push([['phrases', i, 'variants', locale], text]);
      for (const [path, text] of texts) {
        try {
          for (const part of parseTemplate(text)) {
            if (typeof part !== 'string' && !declared.has(part.name)) {
              report('scenarios', s, path, `placeholder {${part.name}} is not declared in "variables" of phrase "${p.id}"`);
            }
          }
        } catch (error) {
          report('scenarios', s, path, isHuashuError(error) ? error.message : String(error));
        }
      }
      for (const name of declared) {
        if (!p.text.includes(`{${name}}`) && !p.text.includes(`{${name}|`)) {
          report('scenarios', s, ['phrases', i, 'variables', name], `variable "${name}" is declared but not used in the text`);
        }
      }
    });
    phraseIds.set(s.id, local);
  }

  for (const s of pack.scenarios ?? []) {
    (s.related ?? []).forEach((id, i) => {
      if (!phraseIds.has(id)) report('scenarios', s, ['related', i], `related scenario "${id}" does not exist`);
    });
    const walk = (steps: readonly StepInput[], path: Path) =>
      steps.forEach((step, i) => {
        if ((step.kind === 'say' || step.kind === 'ask') && step.phrase !== undefined) {
          const [sid, pid] = step.phrase.startsWith('#') ? [s.id, step.phrase.slice(1)] : step.phrase.split('#');
          if (sid === undefined || pid === undefined || !phraseIds.get(sid)?.has(pid)) {
            report('scenarios', s, [...path, i, 'phrase'], `phrase reference "${step.phrase}" does not resolve (use "#phrase-id" or "scenario-id#phrase-id")`);
          }
        }
        if (step.kind === 'ask' || step.kind === 'branch') {
          step.branches.forEach((b, j) => walk(b.steps, [...path, i, 'branches', j, 'steps']));
        }
      });
    walk(s.steps ?? [], ['steps']);
  }

  const standards = new Set<string>();
  for (const st of pack.standards ?? []) {
    if (standards.has(st.id)) report('standards', st, ['id'], `duplicate standard id "${st.id}"`);
    standards.add(st.id);
  }
}

import type { CompiledPack, CompiledPatchPhrase, CompiledPhrase, CompiledScenario, CompiledStandard } from '../catalogue/index.js';
import type { Channel } from '../vocab/index.js';
import { PackValidationError, type PackIssue } from '../schema/index.js';
import { checkMergedReferences } from './check.js';

/** The packs merged in order: what a phrasebook serves. */
export interface MergedPacks {
  /** Ids of the packs applied, in order. */
  readonly packs: readonly string[];
  readonly defaults: Readonly<Record<string, string>>;
  readonly scenarios: readonly CompiledScenario[];
  readonly standards: readonly CompiledStandard[];
}

function withChannels(phrase: CompiledPatchPhrase, channels: readonly Channel[]): CompiledPhrase {
  return { ...phrase, channels: phrase.channels ?? channels };
}

/**
 * Merges compiled packs in order. The rules (docs/packs.md): a scenario whose id is new is
 * added; one with an existing id replaces it whole; a patch changes the fields it gives and
 * merges phrases by phrase id; `remove` takes scenarios, phrases and standards out; standards
 * are added or replaced by id; defaults are merged, later packs winning. Inputs are never
 * modified. References (related scenarios, step phrases) must resolve in the result.
 *
 * @throws {@link PackValidationError} naming the pack and path of every problem
 */
export function mergePacks(packs: readonly CompiledPack[]): MergedPacks {
  const scenarios = new Map<string, CompiledScenario>();
  /** The pack that last defined or patched each scenario, named in reference problems. */
  const owner = new Map<string, string>();
  /** The pack that last defined each lint rule (rules replace by id). */
  const rules = new Map<string, { rule: NonNullable<CompiledPack['rules']>[number]; pack: string }>();
  const standards = new Map<string, CompiledStandard>();
  let defaults: Record<string, string> = {};
  const issues: PackIssue[] = [];

  for (const pack of packs) {
    defaults = { ...defaults, ...pack.defaults };
    for (const s of pack.scenarios) {
      scenarios.set(s.id, s);
      owner.set(s.id, pack.id);
    }
    (pack.patches ?? []).forEach((patch, i) => {
      const base = scenarios.get(patch.id);
      if (base === undefined) {
        issues.push({ pack: pack.id, path: ['patches', i, 'id'], message: `patch of scenario "${patch.id}", which no earlier pack defines` });
        return;
      }
      const { phrases, sources, ...fields } = patch;
      const channels = patch.channels ?? base.channels;
      const merged = base.phrases.map((p) => {
        const replacement = phrases?.find((q) => q.id === p.id);
        return replacement === undefined ? p : withChannels(replacement, channels);
      });
      for (const p of phrases ?? []) if (!base.phrases.some((q) => q.id === p.id)) merged.push(withChannels(p, channels));
      const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      scenarios.set(patch.id, { ...base, ...defined, phrases: merged, sources: [...base.sources, ...(sources ?? [])] });
      owner.set(patch.id, pack.id);
    });
    const removal = pack.remove;
    (removal?.scenarios ?? []).forEach((id, i) => {
      if (!scenarios.delete(id)) issues.push({ pack: pack.id, path: ['remove', 'scenarios', i], message: `cannot remove scenario "${id}": no earlier pack defines it` });
    });
    (removal?.phrases ?? []).forEach((ref, i) => {
      const [sid = '', pid = ''] = ref.split('#');
      const s = scenarios.get(sid);
      if (s === undefined || !s.phrases.some((p) => p.id === pid)) {
        issues.push({ pack: pack.id, path: ['remove', 'phrases', i], message: `cannot remove phrase "${ref}": no earlier pack defines it` });
        return;
      }
      const rest = s.phrases.filter((p) => p.id !== pid);
      if (rest.length === 0) {
        issues.push({ pack: pack.id, path: ['remove', 'phrases', i], message: `removing "${ref}" would leave scenario "${sid}" with no phrase: remove the scenario instead` });
        return;
      }
      scenarios.set(sid, { ...s, phrases: rest });
    });
    for (const st of pack.standards) standards.set(st.id, st);
    for (const rule of pack.rules ?? []) rules.set(rule.id, { rule, pack: pack.id });
    (removal?.standards ?? []).forEach((id, i) => {
      if (!standards.delete(id)) issues.push({ pack: pack.id, path: ['remove', 'standards', i], message: `cannot remove standard "${id}": no earlier pack defines it` });
    });
  }

  const list = [...scenarios.values()];
  for (const problem of checkMergedReferences(list, [...rules.values()].map((r) => r.rule))) {
    const key = String(problem.path[1]);
    issues.push({ pack: problem.path[0] === 'rules' ? rules.get(key)?.pack : owner.get(key), path: problem.path, message: problem.message });
  }
  if (issues.length > 0) throw new PackValidationError(issues);
  return { packs: packs.map((p) => p.id), defaults, scenarios: list, standards: [...standards.values()] };
}

import { isHuashuError } from '../errors/index.js';
import { LOCALE_DEFINITIONS } from '../locales/index.js';
import { parseTemplate } from '../template/index.js';
import type { Pack } from '../schema/index.js';
import type { StepInput } from '../schema/index.js';

/** A problem found by {@link checkPackReferences}, with its path inside the pack. */
export interface CheckIssue {
  path: Array<string | number>;
  message: string;
}

/** What earlier packs define, for resolving references: phrase ids by scenario id. */
export type KnownPhrases = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Cross-checks a schema-valid pack beyond what the schema can say: unique ids, declared
 * placeholders, a category matching the id, and references (related scenarios, step phrase
 * references, patches, lint rules' suggestions) that resolve in this pack or the packs before it.
 */
export function checkPackReferences(pack: Pack, earlier: KnownPhrases = new Map(), options: { external?: boolean } = {}): CheckIssue[] {
  const issues: CheckIssue[] = [];
  /** With `external`, references to scenarios this pack does not define are left for later (createPhrasebook). */
  const own = new Set((pack.scenarios ?? []).map((s) => s.id));
  const deferred = (scenarioId: string | undefined) => options.external === true && scenarioId !== undefined && !own.has(scenarioId);
  const report = (path: CheckIssue['path'], message: string) => issues.push({ path, message });

  const phraseIds = new Map<string, Set<string>>();
  for (const [id, phrases] of earlier) phraseIds.set(id, new Set(phrases));
  for (const patch of pack.patches ?? []) {
    const target = phraseIds.get(patch.id);
    for (const p of patch.phrases ?? []) target?.add(p.id);
  }

  const seen = new Set<string>();
  (pack.scenarios ?? []).forEach((s, si) => {
    const at = (...rest: Array<string | number>) => ['scenarios', si, ...rest];
    if (seen.has(s.id)) report(at('id'), `duplicate scenario id "${s.id}"`);
    seen.add(s.id);
    const prefix = s.id.split('.')[0];
    if (prefix !== s.category) report(at('category'), `category "${s.category}" does not match the id's prefix "${prefix}"`);
    const local = new Set<string>();
    s.phrases.forEach((p, i) => {
      if (local.has(p.id)) report(at('phrases', i, 'id'), `duplicate phrase id "${p.id}" in scenario "${s.id}"`);
      local.add(p.id);
    });
    checkPhrases(s.phrases, (...rest) => at(...rest), report);
    phraseIds.set(s.id, local);
  });

  (pack.patches ?? []).forEach((patch, pi) => {
    if (!phraseIds.has(patch.id) && !deferred(patch.id)) report(['patches', pi, 'id'], `patch of scenario "${patch.id}", which no earlier pack defines`);
    checkPhrases(patch.phrases ?? [], (...rest) => ['patches', pi, ...rest], report);
  });

  const checkSteps = (scenarioId: string, steps: readonly StepInput[], path: Array<string | number>) =>
    stepReferenceIssues(scenarioId, steps, path, (sid, pid) => phraseIds.get(sid)?.has(pid) === true || deferred(sid)).forEach((i) => issues.push(i));

  const checkRelated = (related: readonly string[] | undefined, path: Array<string | number>) =>
    (related ?? []).forEach((id, i) => {
      if (!phraseIds.has(id) && !deferred(id)) report([...path, i], `related scenario "${id}" does not exist`);
    });

  (pack.scenarios ?? []).forEach((s, si) => {
    checkRelated(s.related, ['scenarios', si, 'related']);
    checkSteps(s.id, s.steps ?? [], ['scenarios', si, 'steps']);
  });
  (pack.patches ?? []).forEach((p, pi) => {
    checkRelated(p.related, ['patches', pi, 'related']);
    checkSteps(p.id, p.steps ?? [], ['patches', pi, 'steps']);
  });

  (pack.rules ?? []).forEach((rule, ri) => {
    const path = ['rules', ri, 'suggestions'];
    suggestionIssues(rule.suggestions, path, (sid, pid) => deferred(sid) || (phraseIds.has(sid) && (pid === undefined || phraseIds.get(sid)?.has(pid) === true))).forEach((i) => issues.push(i));
  });

  const removal = pack.remove ?? {};
  (removal.scenarios ?? []).forEach((id, i) => {
    if (!earlier.has(id) && options.external !== true) report(['remove', 'scenarios', i], `cannot remove scenario "${id}": no earlier pack defines it`);
  });
  (removal.phrases ?? []).forEach((ref, i) => {
    const [sid, pid] = ref.split('#');
    if ((sid === undefined || pid === undefined || !earlier.get(sid)?.has(pid)) && options.external !== true) report(['remove', 'phrases', i], `cannot remove phrase "${ref}": no earlier pack defines it`);
  });

  const standards = new Set<string>();
  (pack.standards ?? []).forEach((st, i) => {
    if (standards.has(st.id)) report(['standards', i, 'id'], `duplicate standard id "${st.id}"`);
    standards.add(st.id);
  });
  return issues;
}

type Reporter = (path: CheckIssue['path'], message: string) => void;

function checkPhrases(phrases: NonNullable<Pack['scenarios']>[number]['phrases'], at: (...rest: Array<string | number>) => Array<string | number>, report: Reporter) {
  phrases.forEach((p, i) => {
    const declared = new Set(Object.keys(p.variables ?? {}));
    const texts: Array<[Array<string | number>, string]> = [[at('phrases', i, 'text'), p.text]];
    for (const [locale, text] of Object.entries(p.variants ?? {})) if (text !== undefined) texts.push([at('phrases', i, 'variants', locale), text]);
    const used = new Set<string>();
    for (const [path, text] of texts) {
      try {
        for (const part of parseTemplate(text)) {
          if (typeof part === 'string') continue;
          used.add(part.name);
          if (!declared.has(part.name)) report(path, `placeholder {${part.name}} is not declared in "variables" of phrase "${p.id}"`);
        }
      } catch (error) {
        report(path, isHuashuError(error) ? error.message : String(error));
      }
    }
    for (const name of declared) {
      if (!used.has(name)) report(at('phrases', i, 'variables', name), `variable "${name}" is declared but not used in the text`);
      const spec = p.variables?.[name];
      if (spec?.unit === undefined) continue;
      if (spec.type !== 'number' && spec.type !== 'duration') report(at('phrases', i, 'variables', name, 'unit'), `a unit is for number and duration variables ("${name}" is ${spec.type})`);
      const word = LOCALE_DEFINITIONS['zh-CN'].units[spec.unit];
      if (new RegExp(`\\{${name}(?:\\|[^}]*)?\\}${word}`).test(p.text)) report(at('phrases', i, 'variables', name, 'unit'), `the text already writes ${word} after {${name}}: drop "unit", or the word`);
    }
  });
}

/** Issues for step phrase references that do not resolve. */
export function stepReferenceIssues(
  scenarioId: string,
  steps: readonly StepInput[],
  path: Array<string | number>,
  exists: (scenarioId: string, phraseId: string) => boolean,
): CheckIssue[] {
  const issues: CheckIssue[] = [];
  steps.forEach((step, i) => {
    if ((step.kind === 'say' || step.kind === 'ask') && step.phrase !== undefined) {
      const [sid, pid] = step.phrase.startsWith('#') ? [scenarioId, step.phrase.slice(1)] : step.phrase.split('#');
      if (sid === undefined || pid === undefined || !exists(sid, pid)) {
        issues.push({ path: [...path, i, 'phrase'], message: `phrase reference "${step.phrase}" does not resolve (use "#phrase-id" or "scenario-id#phrase-id")` });
      }
    }
    if (step.kind === 'ask' || step.kind === 'branch') {
      step.branches.forEach((b, j) => issues.push(...stepReferenceIssues(scenarioId, b.steps, [...path, i, 'branches', j, 'steps'], exists)));
    }
    if (step.kind === 'group') issues.push(...stepReferenceIssues(scenarioId, step.steps, [...path, i, 'steps'], exists));
  });
  return issues;
}

/** Issues for lint-rule suggestions (`scenario-id` or `scenario-id#phrase-id`) that do not resolve. */
function suggestionIssues(
  suggestions: readonly string[] | undefined,
  path: Array<string | number>,
  exists: (scenarioId: string, phraseId: string | undefined) => boolean,
): CheckIssue[] {
  const issues: CheckIssue[] = [];
  (suggestions ?? []).forEach((ref, i) => {
    const [sid = '', pid] = ref.split('#');
    if (!exists(sid, pid)) issues.push({ path: [...path, i], message: `suggestion "${ref}" is not a scenario or phrase of this pack or the packs before it` });
  });
  return issues;
}

/** The shape of a scenario after merging, as far as references go. */
interface ReferencingScenario {
  readonly id: string;
  readonly related?: readonly string[] | undefined;
  readonly steps?: readonly StepInput[] | undefined;
  readonly phrases: ReadonlyArray<{ readonly id: string }>;
}

/**
 * Checks that related scenarios, step phrase references and lint rules' suggestions resolve
 * across merged packs. Rule problems have the path `['rules', ruleId, 'suggestions', i]`.
 */
export function checkMergedReferences(
  scenarios: readonly ReferencingScenario[],
  rules: ReadonlyArray<{ readonly id: string; readonly suggestions?: readonly string[] | undefined }> = [],
): CheckIssue[] {
  const phraseIds = new Map(scenarios.map((s) => [s.id, new Set(s.phrases.map((p) => p.id))]));
  const issues: CheckIssue[] = [];
  for (const rule of rules) {
    const exists = (sid: string, pid: string | undefined) => phraseIds.has(sid) && (pid === undefined || phraseIds.get(sid)?.has(pid) === true);
    issues.push(...suggestionIssues(rule.suggestions, ['rules', rule.id, 'suggestions'], exists));
  }
  for (const s of scenarios) {
    (s.related ?? []).forEach((id, i) => {
      if (!phraseIds.has(id)) issues.push({ path: ['scenarios', s.id, 'related', i], message: `related scenario "${id}" does not exist in the merged packs` });
    });
    issues.push(...stepReferenceIssues(s.id, s.steps ?? [], ['scenarios', s.id, 'steps'], (sid, pid) => phraseIds.get(sid)?.has(pid) === true));
  }
  return issues;
}

import type { CompiledPack, CompiledPatch, CompiledPatchPhrase, CompiledScenario, CompiledStep, LocalizedText } from '../catalogue/index.js';
import type { StepInput } from '../schema/index.js';
import type { Channel } from '../vocab/index.js';
import type { Pack } from '../schema/index.js';
import type { ScenarioPatch } from '../schema/index.js';
import type { Phrase } from '../schema/index.js';
import type { Scenario } from '../schema/index.js';

/** Derives a phrase's text in every locale from its zh-CN text and hand-written variants. */
export type DeriveTexts = (text: string, variants: Phrase['variants']) => LocalizedText;

function compilePhrase(phrase: Phrase, channels: readonly Channel[] | undefined, derive: DeriveTexts): CompiledPatchPhrase {
  // `source` and `edit` are authoring metadata (checked at build time), not shipped.
  const { variants, channels: own, source: _source, edit: _edit, ...rest } = phrase;
  const resolved = own ?? channels;
  return { ...rest, ...(resolved === undefined ? {} : { channels: resolved }), texts: derive(phrase.text, variants) };
}

function compileTitle(title: Scenario['title'], derive: DeriveTexts): CompiledScenario['title'] {
  // The derived locales' titles (the zh-CN one is `zh`).
  const { 'zh-CN': _source, ...derived } = derive(title.zh, undefined);
  return { ...title, ...derived };
}

/** Gives every inline step text (say/ask text, notes) its text per locale, branches included. */
function compileSteps(steps: readonly StepInput[], derive: DeriveTexts): CompiledStep[] {
  return steps.map((step): CompiledStep => {
    const texts = 'text' in step && typeof step.text === 'string' ? { texts: derive(step.text, undefined) } : {};
    if (step.kind === 'ask' || step.kind === 'branch') {
      return { ...step, ...texts, branches: step.branches.map((b) => ({ ...b, steps: compileSteps(b.steps, derive) })) } as CompiledStep;
    }
    if (step.kind === 'group') return { ...step, steps: compileSteps(step.steps, derive) } as CompiledStep;
    return { ...step, ...texts } as CompiledStep;
  });
}

/** Compiles a validated scenario: every phrase and inline step text gets its text per locale, phrases their channels. */
export function compileScenario(scenario: Scenario, derive: DeriveTexts): CompiledScenario {
  return {
    ...scenario,
    sources: scenario.sources ?? [],
    ...(scenario.notes === undefined ? {} : { notes: scenario.notes.map(({ zh, en }) => ({ zh, en })) }),
    title: compileTitle(scenario.title, derive),
    phrases: scenario.phrases.map((p) => compilePhrase(p, scenario.channels, derive) as CompiledScenario['phrases'][number]),
    ...(scenario.steps === undefined ? {} : { steps: compileSteps(scenario.steps, derive) }),
  };
}

function compilePatch(patch: ScenarioPatch, derive: DeriveTexts): CompiledPatch {
  const { title, phrases, ...rest } = patch;
  return {
    ...rest,
    ...(patch.notes === undefined ? {} : { notes: patch.notes.map(({ zh, en }) => ({ zh, en })) }),
    ...(title === undefined ? {} : { title: compileTitle(title, derive) }),
    ...(phrases === undefined ? {} : { phrases: phrases.map((p) => compilePhrase(p, patch.channels, derive)) }),
  };
}

/** Compiles a validated pack (built-in data at build time, users' packs at runtime). */
export function compilePack(pack: Pack, derive: DeriveTexts): CompiledPack {
  return {
    id: pack.id,
    ...(pack.title === undefined ? {} : { title: pack.title }),
    extends: pack.extends ?? [],
    defaults: pack.defaults ?? {},
    scenarios: (pack.scenarios ?? []).map((s) => compileScenario(s, derive)),
    standards: (pack.standards ?? []).map(({ source: _source, ...s }) => ({ ...s, sources: s.sources ?? [] })),
    ...(pack.patches === undefined ? {} : { patches: pack.patches.map((p) => compilePatch(p, derive)) }),
    ...(pack.remove === undefined ? {} : { remove: pack.remove }),
    ...(pack.greetings === undefined ? {} : { greetings: pack.greetings }),
    ...(pack.rules === undefined ? {} : { rules: pack.rules }),
    ...(pack.holidays === undefined ? {} : { holidays: pack.holidays }),
    ...(pack.audit === undefined ? {} : { audit: pack.audit }),
  };
}

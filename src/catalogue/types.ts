import type { Bilingual, Channel, HolidayYear, Locale } from '../schema/index.js';
import type { VariableSpec } from '../schema/index.js';
import type { Removal } from '../schema/index.js';
import type { PackGreetings } from '../schema/index.js';
import type { Rule } from '../schema/index.js';
import type { AuditSection } from '../schema/index.js';
import type { BranchInput, StepInput } from '../schema/index.js';
import type { DerivedLocale } from '../vocab/index.js';

/** Text in each output locale. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** A phrase as compiled at build time: its text in every locale and the channels it suits. */
export interface CompiledPhrase {
  /** Unique within its scenario. */
  readonly id: string;
  /** The zh-CN text as authored, with `{placeholders}` and `↑` tone marks. */
  readonly text: string;
  /** The text in each locale (zh-TW and zh-HK derived at build time, with hand overrides). */
  readonly texts: LocalizedText;
  /** One-line English gloss. */
  readonly gloss: string;
  readonly channels: readonly Channel[];
  readonly tone?: string | undefined;
  readonly variables?: Readonly<Record<string, VariableSpec>> | undefined;
  readonly sources?: readonly string[] | undefined;
}

/**
 * A step as compiled: authored step fields, and for a step with inline `text` (say, ask, note)
 * that text in every locale, derived at build time like phrases' (`''` where a user's pack gave
 * no traditional text and no converter).
 */
export type CompiledStep = StepInput extends infer S
  ? S extends { readonly branches: readonly BranchInput[] }
    ? Omit<S, 'branches'> & { readonly texts?: LocalizedText | undefined; branches: CompiledBranch[] }
    : S extends { readonly kind: 'group' }
      ? Omit<S, 'steps'> & { readonly texts?: LocalizedText | undefined; steps: CompiledStep[] }
      : S & { readonly texts?: LocalizedText | undefined }
  : never;
/** A branch of a compiled step: its condition and compiled steps. */
export interface CompiledBranch extends Omit<BranchInput, 'steps'> {
  steps: CompiledStep[];
}

/** A scenario as compiled at build time. */
export interface CompiledScenario {
  /** `category.situation`. */
  readonly id: string;
  readonly category: string;
  /** Title in zh (simplified), en, and the derived traditional locales. */
  readonly title: Bilingual & Readonly<Record<DerivedLocale, string>>;
  readonly when: Bilingual;
  readonly channels: readonly Channel[];
  readonly phrases: readonly CompiledPhrase[];
  /** Ids of the lint rules for what must not be said here. */
  readonly avoid?: readonly string[] | undefined;
  readonly related?: readonly string[] | undefined;
  /** The procedure; inline texts carry their text per locale (`texts`). */
  readonly steps?: readonly CompiledStep[] | undefined;
  readonly notes?: readonly Bilingual[] | undefined;
  /** Seed lines (`NNN:line`) or notices this scenario comes from. */
  readonly sources: readonly string[];
}

/** A service standard, as compiled: a figure (`unit`, `min`/`max`) or guidance (`text`). */
export interface CompiledStandard {
  readonly id: string;
  readonly title: Bilingual;
  readonly channels: readonly Channel[];
  /** The unit of a measurable standard; absent for guidance. */
  readonly unit?: string | undefined;
  readonly min?: number | undefined;
  readonly max?: number | undefined;
  /** The guidance, when the standard is not a figure. */
  readonly text?: Bilingual | undefined;
  /** The group of a piece of guidance (`complaint-principles`, `chat-rules`…). */
  readonly group?: string | undefined;
  /** Scenarios the standard applies to. */
  readonly scenarios?: readonly string[] | undefined;
  readonly sources: readonly string[];
}

/** A phrase of a patch: its channels default to those of the scenario it patches. */
export type CompiledPatchPhrase = Omit<CompiledPhrase, 'channels'> & { readonly channels?: readonly Channel[] };

/** A compiled partial change to an earlier pack's scenario. */
export interface CompiledPatch {
  readonly id: string;
  readonly title?: CompiledScenario['title'] | undefined;
  readonly when?: Bilingual | undefined;
  readonly channels?: readonly Channel[] | undefined;
  readonly phrases?: readonly CompiledPatchPhrase[] | undefined;
  readonly related?: readonly string[] | undefined;
  /** The procedure; inline texts carry their text per locale (`texts`). */
  readonly steps?: readonly CompiledStep[] | undefined;
  readonly notes?: readonly Bilingual[] | undefined;
  readonly sources?: readonly string[] | undefined;
}

/** A pack as compiled (the built-in core and domain packs at build time, users' packs at runtime). */
export interface CompiledPack {
  readonly id: string;
  readonly title?: Bilingual | undefined;
  readonly extends: readonly string[];
  /** Default values of variables such as `brand`. */
  readonly defaults: Readonly<Record<string, string>>;
  readonly scenarios: readonly CompiledScenario[];
  readonly standards: readonly CompiledStandard[];
  /** Partial changes to earlier packs' scenarios. */
  readonly patches?: readonly CompiledPatch[] | undefined;
  /** What this pack removes from earlier packs. */
  readonly remove?: Removal | undefined;
  /** Greeting occasions and wording changes (see docs/greetings.md). */
  readonly greetings?: PackGreetings | undefined;
  /** Lint rules the pack adds or replaces (by id). */
  readonly rules?: readonly Rule[] | undefined;
  /** Published holiday schedules the pack carries (added to the calendar by createPhrasebook). */
  readonly holidays?: readonly HolidayYear[] | undefined;
  /** Transcript checks the pack adds, replaces (by id) or disables (see docs/audit.md). */
  readonly audit?: AuditSection | undefined;
}

/** A compiled pack whose scenario ids are the literal union `I` (the built-in packs are typed so). */
export type CompiledPackOf<I extends string> = CompiledPack & { readonly scenarios: ReadonlyArray<CompiledScenario & { readonly id: I }> };

/**
 * The scenarios of one category of the core pack, as generated (`src/generated/catalogue/<category>.ts`,
 * exported from huashu/catalogue as `holdScenarios`, `closingScenarios`…): what `createSay` takes,
 * so that an app bundles only the categories it says.
 */
export interface ScenarioGroup<I extends string = string> {
  readonly category: string;
  readonly scenarios: ReadonlyArray<CompiledScenario & { readonly id: I }>;
}

import type { Bilingual, Channel, Locale } from '../schema/common.js';
import type { VariableSpec } from '../schema/phrase.js';
import type { StepInput } from '../schema/step.js';

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
  readonly tone?: string;
  readonly variables?: Readonly<Record<string, VariableSpec>>;
  readonly sources?: readonly string[];
}

/** A scenario as compiled at build time. */
export interface CompiledScenario {
  /** `category.situation`. */
  readonly id: string;
  readonly category: string;
  /** Title in zh (simplified), en, and the derived traditional locales. */
  readonly title: Bilingual & { readonly 'zh-TW': string; readonly 'zh-HK': string };
  readonly when: Bilingual;
  readonly channels: readonly Channel[];
  readonly phrases: readonly CompiledPhrase[];
  /** Ids of the lint rules for what must not be said here. */
  readonly avoid?: readonly string[];
  readonly related?: readonly string[];
  readonly steps?: readonly StepInput[];
  readonly notes?: readonly Bilingual[];
  /** Seed lines (`NNN:line`) or notices this scenario comes from. */
  readonly sources: readonly string[];
}

/** A measurable service standard, as compiled. */
export interface CompiledStandard {
  readonly id: string;
  readonly title: Bilingual;
  readonly channels: readonly Channel[];
  readonly unit: string;
  readonly min?: number;
  readonly max?: number;
  readonly sources: readonly string[];
}

/** A pack as compiled at build time (the built-in core and domain packs). */
export interface CompiledPack {
  readonly id: string;
  readonly title?: Bilingual;
  readonly extends: readonly string[];
  /** Default values of variables such as `brand`. */
  readonly defaults: Readonly<Record<string, string>>;
  readonly scenarios: readonly CompiledScenario[];
  readonly standards: readonly CompiledStandard[];
}

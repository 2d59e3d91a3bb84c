/**
 * huashu (话术): typed Chinese customer-service phrases — scenario catalogue, honorifics,
 * holiday-aware greetings, banned-phrase detection and script steps.
 *
 * Every name is listed explicitly; each feature is also importable on its own subpath
 * (`huashu/catalogue`, `huashu/lint`, …) so that bundles carry only what they use.
 *
 * @packageDocumentation
 */
export { HuashuError, isHuashuError, type HuashuErrorCode } from './errors/index.js';
export {
  scenarios,
  getScenario,
  phrasesOf,
  say,
  standards,
  UnknownScenarioError,
  UnknownPhraseError,
  type ScenarioFilter,
  type PhraseOptions,
  type LocalizedPhrase,
  type SayOptions,
  type SayArgs,
  type CompiledPack,
  type CompiledPackOf,
  type CompiledPatch,
  type CompiledPatchPhrase,
  type CompiledPhrase,
  type CompiledScenario,
  type CompiledStandard,
  type LocalizedText,
  type ScenarioId,
  type ScenarioVariables,
} from './catalogue/index.js';
export {
  fill,
  MissingVariableError,
  parseTemplate,
  placeholdersOf,
  TemplateSyntaxError,
  type FillOptions,
  type Placeholder,
  type TemplatePart,
  type Customer,
  type CustomerValue,
  type Gender,
} from './honorifics/index.js';
export {
  validatePack,
  PackValidationError,
  type PackIssue,
  type Pack,
  type PackInput,
  type Scenario,
  type ScenarioInput,
  type Phrase,
  type Standard,
  type Channel,
  type Locale,
} from './schema/index.js';
export {
  createPhrasebook,
  definePack,
  loadPack,
  mergePacks,
  MissingTranslationError,
  DEFAULT_PACK_LIMITS,
  type Phrasebook,
  type PhrasebookOptions,
  type PackSource,
  type ConvertText,
  type ScenarioIdsOf,
  type LoadPackOptions,
  type MergedPacks,
  type PackLimits,
} from './phrasebook/index.js';
// Per-phrase variable types of the catalogue (say(id, vars, { phrase })).
export type {
  PhraseId,
  PhraseVariables,
  SayPhraseOptions,
  ScenarioPhraseVariables,
  ScenarioDefaultPhrase,
} from './catalogue/index.js';

export { scenarios, getScenario, type ScenarioFilter } from './scenarios.js';
export { phrasesOf, type PhraseOptions, type LocalizedPhrase } from './phrases.js';
export { say, type SayOptions, type SayArgs, type PhraseId, type PhraseVariables, type SayPhraseOptions } from './say.js';
export { standards } from './standards.js';
export { UnknownScenarioError, UnknownPhraseError, MissingTranslationError } from './errors.js';
export { createCatalogue, type Catalogue, type CatalogueOptions, type CatalogueSource } from './catalogue.js';
export type { CompiledPack, CompiledPackOf, CompiledPatch, CompiledPatchPhrase, CompiledPhrase, CompiledScenario, CompiledStep, CompiledBranch, CompiledStandard, LocalizedText } from './types.js';
export type { ScenarioId, ScenarioVariables, ScenarioPhraseVariables, ScenarioDefaultPhrase } from '../generated/catalogue.js';

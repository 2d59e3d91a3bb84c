export { scenarios, getScenario, type ScenarioFilter } from './scenarios.js';
export { phrasesOf, type PhraseOptions, type LocalizedPhrase } from './phrases.js';
export { say, type SayOptions, type SayArgs } from './say.js';
export { standards } from './standards.js';
export { UnknownScenarioError, UnknownPhraseError } from './errors.js';
export type { CompiledPack, CompiledPackOf, CompiledPatch, CompiledPatchPhrase, CompiledPhrase, CompiledScenario, CompiledStandard, LocalizedText } from './types.js';
export type { ScenarioId, ScenarioVariables } from '../generated/catalogue.js';

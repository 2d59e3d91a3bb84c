export { createPhrasebook, MissingTranslationError, type Phrasebook, type PhrasebookOptions, type PackSource, type ConvertText, type PhrasebookGreetOptions } from './phrasebook.js';
export { definePack, type ScenarioIdsOf } from './define-pack.js';
export { loadPack, type LoadPackOptions } from './load-pack.js';
export { mergePacks, type MergedPacks } from './merge.js';
export { DEFAULT_PACK_LIMITS, type PackLimits } from '../schema/index.js';

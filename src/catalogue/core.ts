import { corePack, type ScenarioId } from '../generated/catalogue.js';
import { createCatalogue, type Catalogue } from './catalogue.js';

let core: Catalogue<ScenarioId> | undefined;

/** The built-in core pack's catalogue, created on first use (behind `say`, `scenarios`, `getScenario`…). */
export function coreCatalogue(): Catalogue<ScenarioId> {
  core ??= createCatalogue<ScenarioId>(corePack);
  return core;
}

export { scenarios, getScenario, type CoreScenario } from './scenarios.js';
export { UnknownScenarioError } from './errors.js';
export type { ScenarioId, ScenarioVariables } from '../generated/catalogue.js';

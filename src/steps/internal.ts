/**
 * What sibling modules use of `steps` beyond its public surface (index.ts). Not a package entry.
 *
 * @packageDocumentation
 */
export { fillScenarioSteps } from './fill-steps.js';
export { literalSteps } from './steps-of.js';

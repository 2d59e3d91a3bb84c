import { HuashuError } from '../errors/huashu-error.js';

/** Thrown when a scenario id is not in the catalogue. */
export class UnknownScenarioError extends HuashuError {
  /** The id that was asked for. */
  readonly scenarioId: string;

  constructor(id: string, known: readonly string[]) {
    const near = known.filter((k) => k.split('.')[0] === id.split('.')[0]).slice(0, 5);
    super('UNKNOWN_SCENARIO', `Unknown scenario id ${JSON.stringify(id)}${near.length > 0 ? ` (did you mean ${near.map((n) => JSON.stringify(n)).join(', ')}?)` : ''}`);
    this.scenarioId = id;
  }
}

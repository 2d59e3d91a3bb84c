import { corePack, type ScenarioId } from '../generated/catalogue.js';
import { UnknownScenarioError } from './errors.js';

/** A scenario of the built-in core pack, as compiled at build time. */
export type CoreScenario = (typeof corePack.scenarios)[number];

const byId: ReadonlyMap<string, CoreScenario> = new Map(corePack.scenarios.map((s) => [s.id, s]));

/**
 * Lists the scenarios of the built-in core pack.
 *
 * @returns every scenario, in catalogue order
 * @example
 * ```ts
 * scenarios().some((s) => s.id === 'hold.explain'); //=> true
 * ```
 */
export function scenarios(): readonly CoreScenario[] {
  return corePack.scenarios;
}

/**
 * Looks a scenario up by id.
 *
 * @param id - a scenario id such as `hold.explain`
 * @returns the scenario
 * @throws {@link UnknownScenarioError} when no scenario has that id
 * @example
 * ```ts
 * getScenario('hold.explain').title.en; //=> 'Asking the customer to hold'
 * ```
 */
export function getScenario(id: ScenarioId): CoreScenario {
  const found = byId.get(id);
  if (found === undefined) throw new UnknownScenarioError(id, [...byId.keys()]);
  return found;
}

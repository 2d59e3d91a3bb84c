import { corePack, type ScenarioId } from '../generated/catalogue.js';
import type { Channel } from '../vocab/index.js';
import { HuashuError } from '../errors/huashu-error.js';
import { UnknownScenarioError } from './errors.js';
import type { CompiledScenario } from './types.js';

let index: ReadonlyMap<string, CompiledScenario> | undefined;

/** The core pack's scenarios by id, built on first use. */
function byId(): ReadonlyMap<string, CompiledScenario> {
  index ??= new Map(corePack.scenarios.map((s) => [s.id, s]));
  return index;
}

/** A scenario id argument, checked: untyped callers get a typed error, not a TypeError. */
export function scenarioIdOf(id: unknown): string {
  if (typeof id !== 'string') throw new HuashuError('INVALID_ARGUMENT', `A scenario id is a string such as "hold.explain" (got ${id === null ? 'null' : typeof id})`);
  return id;
}

/** Filters for {@link scenarios}. */
export interface ScenarioFilter {
  /** Only scenarios of this category (the id's prefix), e.g. `complaint`. */
  category?: string | undefined;
  /** Only scenarios used on this channel. */
  channel?: Channel | undefined;
}

/**
 * Lists the scenarios of the built-in core pack, optionally by category or channel.
 *
 * @param filter - category and/or channel to keep
 * @returns the scenarios, in catalogue order
 * @example
 * ```ts
 * scenarios({ category: 'hold' }).map((s) => s.id).includes('hold.explain'); //=> true
 * ```
 */
export function scenarios(filter: ScenarioFilter = {}): readonly CompiledScenario[] {
  const { category, channel } = filter;
  if (category === undefined && channel === undefined) return corePack.scenarios;
  return corePack.scenarios.filter(
    (s) => (category === undefined || s.category === category) && (channel === undefined || s.channels.includes(channel)),
  );
}

/**
 * Looks a scenario up by id.
 *
 * @param id - a scenario id such as `hold.explain`
 * @returns the scenario
 * @throws {@link UnknownScenarioError} when no scenario has that id
 * @example
 * ```ts
 * getScenario('hold.explain').category; //=> 'hold'
 * ```
 */
export function getScenario(id: ScenarioId): CompiledScenario {
  const found = byId().get(scenarioIdOf(id));
  if (found === undefined) throw new UnknownScenarioError(id, [...byId().keys()]);
  return found;
}

import { HuashuError } from '../errors/index.js';
import type { Channel } from '../vocab/index.js';

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


import type { PackInput } from '../schema/index.js';

/**
 * Declares a phrase pack in TypeScript with completion for every field and literal scenario
 * ids, so that a phrasebook built with it type-checks `say('your.scenario')`. It returns the
 * pack unchanged: validation happens in `createPhrasebook` (or `loadPack`).
 *
 * @param pack - the pack
 * @returns the same object, typed with its literal ids
 * @example
 * ```ts
 * const acme = definePack({ id: 'acme', extends: ['core'], defaults: { brand: '阿克米银行' } });
 * acme.defaults.brand; //=> '阿克米银行'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function definePack<const P extends PackInput>(pack: P): P {
  return pack;
}

/** The scenario ids a pack adds, as a literal union when it was declared with {@link definePack}. */
export type ScenarioIdsOf<P> = P extends { readonly scenarios?: ReadonlyArray<infer S> | undefined }
  ? S extends { readonly id: infer I extends string }
    ? I
    : never
  : never;

import { coreCatalogue } from './core.js';
import type { CompiledStandard } from './types.js';

/**
 * Lists the measurable service standards of the core pack (answer within 3 rings, first chat
 * reply within 15 s, speaking 180–200 字/分钟…), each with its sources.
 *
 * @returns the standards, in data order
 * @example
 * ```ts
 * standards().find((s) => s.id === 'answer-within-rings')?.max; //=> 3
 * ```
 */
export function standards(): readonly CompiledStandard[] {
  return coreCatalogue().standards();
}

/**
 * Machine-readable codes of every error huashu throws. Each module adds its own codes here so
 * that `switch (error.code)` is exhaustive for applications.
 */
export type HuashuErrorCode =
  | 'PACK_INVALID'
  | 'UNKNOWN_SCENARIO'
  | 'UNKNOWN_PHRASE'
  | 'MISSING_VARIABLE'
  | 'UNKNOWN_VARIABLE'
  | 'INVALID_TEMPLATE'
  | 'INVALID_ARGUMENT'
  | 'INVALID_DATE'
  | 'UNKNOWN_TIME_ZONE'
  | 'DATE_OUT_OF_RANGE'
  | 'INVALID_NAME'
  | 'INVALID_EVENT'
  | 'INVALID_RULE'
  | 'MISSING_TRANSLATION'
  | 'INVALID_FLOW_STATE'
  | 'STEPS_TOO_DEEP'
  | 'INVALID_TRANSCRIPT'
  | 'INVALID_SCHEDULE';

const BRAND = Symbol.for('huashu.error');

/**
 * Base class of every error thrown by huashu. Subclasses carry structured fields (the pack, the
 * path, the variable…) next to a message that names the input and the fix.
 *
 * @example
 * ```ts
 * let code: string | undefined;
 * try {
 *   getScenario('no.such-id' as never);
 * } catch (error) {
 *   if (isHuashuError(error)) code = error.code;
 * }
 * code; //=> 'UNKNOWN_SCENARIO'
 * ```
 */
export class HuashuError extends Error {
  /** A stable, machine-readable code. */
  readonly code: HuashuErrorCode;

  constructor(code: HuashuErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Tells whether a value is an error thrown by huashu, even across bundles or realms where
 * `instanceof` fails (two copies of the package, ESM and CJS side by side).
 *
 * @param value - anything caught
 * @returns `true` when `value` is a {@link HuashuError}
 * @example
 * ```ts
 * isHuashuError(new Error('x')); //=> false
 * ```
 */
export function isHuashuError(value: unknown): value is HuashuError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

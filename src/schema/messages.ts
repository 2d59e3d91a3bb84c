import { config, type core } from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini leaves zod's own messages unset ("Invalid input") until an app configures a locale,
// where zod's classic API set English on import. Validation gives the English messages it gave
// with the classic API ("Invalid option: expected one of …"), unless the app configured zod's
// messages itself (z.config: a custom error map or another locale), which then win.
let english: core.$ZodErrorMap | undefined;

/**
 * Parse options for the pack schemas: `schema.safeParse(value, PARSE_OPTIONS)` words the issues
 * a schema does not word itself in English (zod's `en` locale), unless the app configured zod's
 * messages with `z.config`.
 *
 * @example
 * ```ts
 * packSchema.safeParse({ id: 'acme', extends: 'core' }, PARSE_OPTIONS).error?.issues[0]?.message;
 * //=> 'Invalid input: expected array, received string'
 * ```
 */
export const PARSE_OPTIONS: core.ParseContext<core.$ZodIssue> = {
  error: (issue) => {
    const configured = config();
    if (configured.customError !== undefined || configured.localeError !== undefined) return undefined;
    english ??= en().localeError;
    return english(issue);
  },
};

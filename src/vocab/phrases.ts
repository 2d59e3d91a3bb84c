/** The kinds of value a phrase variable takes. `customer` is filled through the honorifics. */
export const VARIABLE_TYPES = ['customer', 'text', 'number', 'time', 'duration', 'phone'] as const;
/** A phrase variable's type. */
export type VariableType = (typeof VARIABLE_TYPES)[number];

/**
 * Units a number variable is said in when the phrase's text does not write one after it
 * (`预计{duration}内生效` with `unit: working-days` says 预计2个工作日内生效 for 2).
 */
export const VARIABLE_UNITS = ['seconds', 'minutes', 'hours', 'days', 'working-days'] as const;
/** A variable's unit. */
export type VariableUnit = (typeof VARIABLE_UNITS)[number];

/** The tone a phrase strikes, so apps can pick among alternatives. */
export const TONES = ['neutral', 'warm', 'apologetic', 'reassuring', 'firm', 'formal'] as const;
/** A phrase's tone. */
export type Tone = (typeof TONES)[number];

/** Units in which the sources state service standards. */
export const STANDARD_UNITS = ['seconds', 'minutes', 'hours', 'rings', 'chars-per-minute', 'working-days'] as const;
/** A standard's unit. */
export type StandardUnit = (typeof STANDARD_UNITS)[number];

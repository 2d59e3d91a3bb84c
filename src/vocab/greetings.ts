/** Where a salutation can come from, in the order a greeting data file ranks them. */
export const GREETING_SOURCES = ['birthday', 'occasion', 'festival', 'holiday-period', 'around-break', 'time-of-day'] as const;
/** A source of a salutation. */
export type GreetingSource = (typeof GREETING_SOURCES)[number];

/** Regions whose customers a festival's wish suits (`CN` is mainland China). */
export const GREETING_REGIONS = ['CN', 'HK', 'MO', 'TW', 'other'] as const;
/** A customer's region. */
export type GreetingRegion = (typeof GREETING_REGIONS)[number];

/** Genders a customer record or a wish may name. */
export const GENDERS = ['female', 'male', 'unknown'] as const;
/** A customer's gender; `unknown` when not known. */
export type Gender = (typeof GENDERS)[number];

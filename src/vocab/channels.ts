/** The channels a phrase or scenario can be used on. */
export const CHANNELS = ['phone', 'chat', 'letter', 'in-person'] as const;
/** A channel: `phone`, `chat`, `letter` or `in-person`. */
export type Channel = (typeof CHANNELS)[number];

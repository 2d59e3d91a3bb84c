/** How serious a finding is: `error` for the banned, `warning` for the discouraged, `info` for style. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
/** A finding's severity. */
export type Severity = (typeof SEVERITIES)[number];

/** Where in a clause a match must sit: its start, its end, either or both (the whole clause). */
export const ANCHORS = ['start', 'end', 'either', 'whole'] as const;
/** A rule's anchor. */
export type RuleAnchor = (typeof ANCHORS)[number];

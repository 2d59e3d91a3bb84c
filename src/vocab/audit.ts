/** Whose turns an audit condition reads: the agent's (default for phrases), the customer's, or anyone's. */
export const AUDIT_ROLES = ['agent', 'customer', 'any'] as const;
/** A role an audit condition reads. */
export type AuditRole = (typeof AUDIT_ROLES)[number];

/** Deepest nesting of `all`/`any`/`not` an audit check may have. */
export const MAX_CONDITION_DEPTH = 16;

/** Verdicts of an audit check. */
export const VERDICTS = ['pass', 'fail', 'n/a'] as const;


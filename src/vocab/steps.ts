/** The kinds of step a procedure is made of. */
export const STEP_KINDS = ['say', 'wait', 'ask', 'branch', 'action', 'note', 'group'] as const;
/** A step's kind. */
export type StepKind = (typeof STEP_KINDS)[number];

/**
 * What the customer's reply means, as far as a script branches on it.
 * `agree`/`decline` are yes/no, `thanks`/`praise` the customer's courtesy, `no-more` "nothing
 * else", `unclear` a reply the agent could not make out, `silent` no reply at all.
 */
export const REPLY_INTENTS = ['agree', 'decline', 'thanks', 'praise', 'no-more', 'more', 'unclear', 'silent', 'dialect', 'insists', 'other'] as const;
/** A customer reply's intent. */
export type ReplyIntent = (typeof REPLY_INTENTS)[number];

/** Named facts an agent observes during a call that scripts branch on. */
export const CONDITION_FLAGS = [
  'customer-anxious',
  'customer-abusive',
  'transfer-failed',
  'still-unclear',
  'apology-rejected',
  'personal-matter',
  'business-matter',
  'cannot-resolve',
  'resolved',
] as const;
/** A condition flag. */
export type ConditionFlag = (typeof CONDITION_FLAGS)[number];

/** Actions an agent takes besides speaking. */
export const ACTIONS = [
  'look-up',
  'record',
  'record-complaint',
  'transfer',
  'escalate',
  'schedule-callback',
  'follow-up',
  'raise-volume',
  'hang-up',
  'end-chat',
  'send-guide',
  'create-ticket',
] as const;
/** An action kind. */
export type ActionKind = (typeof ACTIONS)[number];

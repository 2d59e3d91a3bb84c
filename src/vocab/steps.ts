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

/**
 * Longest pause or time limit a step may name, in seconds (one day): longer digit runs are
 * rejected by the schema and kept as notes by `parseScript`, never read as `Infinity`.
 */
export const MAX_STEP_SECONDS = 86_400;

/**
 * Deepest nesting of steps (a branch or numbered group inside another counts one level):
 * `parseScript` throws `STEPS_TOO_DEEP` and pack validation reports an issue beyond it, so no
 * walk over steps can overflow the stack.
 */
export const MAX_STEP_DEPTH = 64;

/** Longest condition text, in characters. */
export const MAX_CONDITION_TEXT = 500;

/**
 * How deeply steps nest (1 for a flat list, 0 for none), walked without recursion so hostile
 * input cannot overflow the stack. Values that are not steps count as leaves.
 *
 * @param steps - steps, or any value
 * @returns the depth
 * @example
 * ```ts
 * stepDepth([{ kind: 'group', steps: [{ kind: 'note', text: '记录' }] }]); //=> 2
 * ```
 */
export function stepDepth(steps: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[steps, 1]];
  while (stack.length > 0) {
    const [list, depth] = stack.pop() as [unknown, number];
    if (!Array.isArray(list)) continue;
    if (list.length > 0 && depth > max) max = depth;
    for (const step of list as unknown[]) {
      if (typeof step !== 'object' || step === null) continue;
      const s = step as { steps?: unknown; branches?: unknown };
      if (Array.isArray(s.steps)) stack.push([s.steps, depth + 1]);
      if (Array.isArray(s.branches)) for (const b of s.branches as unknown[]) if (typeof b === 'object' && b !== null) stack.push([(b as { steps?: unknown }).steps, depth + 1]);
    }
    if (max > MAX_STEP_DEPTH) break;
  }
  return max;
}

import { z } from 'zod';
import { ACTIONS, CONDITION_FLAGS, REPLY_INTENTS, type ActionKind } from '../vocab/index.js';
import { bilingualSchema, VARIABLE_NAME_PATTERN } from './common.js';

export { ACTIONS, CONDITION_FLAGS, REPLY_INTENTS, type ActionKind, type ConditionFlag, type ReplyIntent } from '../vocab/index.js';

export const replyIntentSchema = z.enum(REPLY_INTENTS);
export const conditionFlagSchema = z.enum(CONDITION_FLAGS);
export const actionKindSchema = z.enum(ACTIONS);

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
const conditionText = z.string().min(1).max(MAX_CONDITION_TEXT).optional();

/**
 * When a branch applies: a reply intent, time elapsed beyond a threshold, an observed flag,
 * otherwise, or an open condition `{ text }` that the application decides (客户需要开发票). A known
 * condition may carry its wording in `text` too (`{ reply: 'decline', text: '用户说:那算了' }`).
 */
export const conditionSchema = z.union([
  z.strictObject({ reply: replyIntentSchema, text: conditionText }),
  z.strictObject({ elapsedOver: z.number().int().positive().max(MAX_STEP_SECONDS), text: conditionText }),
  z.strictObject({ flag: conditionFlagSchema, text: conditionText }),
  z.strictObject({ otherwise: z.literal(true), text: conditionText }),
  z.strictObject({ text: z.string().min(1).max(MAX_CONDITION_TEXT) }),
]);
/** A branch condition. */
export type Condition = z.infer<typeof conditionSchema>;

const varsSchema = z.record(z.string().regex(VARIABLE_NAME_PATTERN), z.string()).optional();

/**
 * Optional fields every step may carry: `label`, a heading such as 第一步 or 开场 (the stage of a
 * call), and `source`, the original wording a step was parsed from (set by `parseScript`).
 */
export interface StepLabels {
  label?: string | undefined;
  source?: string | undefined;
}

/** A step of a procedure. Branches hold steps, so steps nest. */
export type StepInput = StepLabels &
  (
    | { kind: 'say'; phrase?: string | undefined; text?: string | undefined; vars?: Record<string, string> | undefined }
    | { kind: 'wait'; seconds?: number | undefined; for?: 'reply' | undefined }
    | { kind: 'ask'; phrase?: string | undefined; text?: string | undefined; branches: BranchInput[] }
    | { kind: 'branch'; branches: BranchInput[] }
    | { kind: 'action'; action: ActionKind; withinHours?: number | undefined; target?: string | undefined; note?: string | undefined }
    | { kind: 'note'; text: string; en?: string | undefined }
    | { kind: 'group'; steps: StepInput[] }
  );
/** One branch: a condition and the steps it leads to (`source`: the condition's original wording). */
export interface BranchInput {
  when: Condition;
  steps: StepInput[];
  source?: string | undefined;
}

const labels = { label: z.string().min(1).optional(), source: z.string().optional() };

const branchSchema: z.ZodType<BranchInput> = z.lazy(() =>
  z.strictObject({ when: conditionSchema, steps: z.array(stepSchema), source: z.string().optional() }),
);

/**
 * A step: `say` (a phrase reference `scenario#phrase`, a local `#phrase`, or inline text),
 * `wait` (seconds, or for the customer's reply), `ask` (say, then branch on the reply),
 * `branch` (on a condition), `action`, or `note` (guidance for the agent).
 */
export const stepSchema: z.ZodType<StepInput> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z
      .strictObject({ kind: z.literal('say'), ...labels, phrase: z.string().optional(), text: z.string().optional(), vars: varsSchema })
      .refine((s) => (s.phrase === undefined) !== (s.text === undefined), { error: 'a say step has either "phrase" or "text"' }),
    z
      .strictObject({ kind: z.literal('wait'), ...labels, seconds: z.number().positive().max(MAX_STEP_SECONDS).optional(), for: z.literal('reply').optional() })
      .refine((s) => (s.seconds === undefined) !== (s.for === undefined), { error: 'a wait step has either "seconds" or "for: reply"' }),
    z
      .strictObject({
        kind: z.literal('ask'),
        ...labels,
        phrase: z.string().optional(),
        text: z.string().optional(),
        branches: z.array(branchSchema).min(1),
      })
      .refine((s) => (s.phrase === undefined) !== (s.text === undefined), { error: 'an ask step has either "phrase" or "text"' }),
    z.strictObject({ kind: z.literal('branch'), ...labels, branches: z.array(branchSchema).min(1) }),
    z.strictObject({
      kind: z.literal('action'),
      ...labels,
      action: actionKindSchema,
      withinHours: z.number().positive().optional(),
      target: z.string().optional(),
      note: z.string().optional(),
    }),
    z.strictObject({ kind: z.literal('note'), ...labels, text: z.string().min(1), en: z.string().optional() }),
    z.strictObject({ kind: z.literal('group'), ...labels, steps: z.array(stepSchema) }),
  ]),
) as z.ZodType<StepInput>;

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

/**
 * A list of steps as a scenario or patch holds it: nesting deeper than {@link MAX_STEP_DEPTH}
 * is reported before the recursive schema runs (so validation never overflows the stack).
 */
export const stepListSchema: z.ZodType<StepInput[]> = z.preprocess((value, ctx) => {
  if (stepDepth(value) > MAX_STEP_DEPTH) {
    ctx.issues.push({ code: 'custom', message: `steps nest deeper than ${MAX_STEP_DEPTH} levels (MAX_STEP_DEPTH)`, input: value });
    return [];
  }
  return value;
}, z.array(stepSchema)) as z.ZodType<StepInput[]>;

export { bilingualSchema };

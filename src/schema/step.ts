import * as z from 'zod/mini';
import { ACTIONS, CONDITION_FLAGS, MAX_CONDITION_TEXT, MAX_STEP_DEPTH, MAX_STEP_SECONDS, REPLY_INTENTS, stepDepth, type ActionKind } from '../vocab/index.js';
import { bilingualSchema, VARIABLE_NAME_PATTERN } from './common.js';

export { ACTIONS, CONDITION_FLAGS, REPLY_INTENTS, MAX_STEP_DEPTH, MAX_STEP_SECONDS, MAX_CONDITION_TEXT, stepDepth, type ActionKind, type ConditionFlag, type ReplyIntent } from '../vocab/index.js';

export const replyIntentSchema = z.enum(REPLY_INTENTS);
export const conditionFlagSchema = z.enum(CONDITION_FLAGS);
export const actionKindSchema = z.enum(ACTIONS);

const conditionText = z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_CONDITION_TEXT)));

/**
 * When a branch applies: a reply intent, time elapsed beyond a threshold, an observed flag,
 * otherwise, or an open condition `{ text }` that the application decides (客户需要开发票). A known
 * condition may carry its wording in `text` too (`{ reply: 'decline', text: '用户说:那算了' }`).
 */
export const conditionSchema = z.union([
  z.strictObject({ reply: replyIntentSchema, text: conditionText }),
  z.strictObject({ elapsedOver: z.number().check(z.int(), z.positive(), z.maximum(MAX_STEP_SECONDS)), text: conditionText }),
  z.strictObject({ flag: conditionFlagSchema, text: conditionText }),
  z.strictObject({ otherwise: z.literal(true), text: conditionText }),
  z.strictObject({ text: z.string().check(z.minLength(1), z.maxLength(MAX_CONDITION_TEXT)) }),
]);
/** A branch condition. */
export type Condition = z.infer<typeof conditionSchema>;

const varsSchema = z.optional(z.record(z.string().check(z.regex(VARIABLE_NAME_PATTERN)), z.string()));

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

const labels = { label: z.optional(z.string().check(z.minLength(1))), source: z.optional(z.string()) };

const branchSchema: z.ZodMiniType<BranchInput> = z.lazy(() =>
  z.strictObject({ when: conditionSchema, steps: z.array(stepSchema), source: z.optional(z.string()) }),
);

/**
 * A step: `say` (a phrase reference `scenario#phrase`, a local `#phrase`, or inline text),
 * `wait` (seconds, or for the customer's reply), `ask` (say, then branch on the reply),
 * `branch` (on a condition), `action`, or `note` (guidance for the agent).
 */
export const stepSchema: z.ZodMiniType<StepInput> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('say'), ...labels, phrase: z.optional(z.string()), text: z.optional(z.string()), vars: varsSchema })
      .check(z.refine((s) => (s.phrase === undefined) !== (s.text === undefined), { error: 'a say step has either "phrase" or "text"' })),
    z.strictObject({ kind: z.literal('wait'), ...labels, seconds: z.optional(z.number().check(z.positive(), z.maximum(MAX_STEP_SECONDS))), for: z.optional(z.literal('reply')) })
      .check(z.refine((s) => (s.seconds === undefined) !== (s.for === undefined), { error: 'a wait step has either "seconds" or "for: reply"' })),
    z
      .strictObject({
        kind: z.literal('ask'),
        ...labels,
        phrase: z.optional(z.string()),
        text: z.optional(z.string()),
        branches: z.array(branchSchema).check(z.minLength(1)),
      })
      .check(z.refine((s) => (s.phrase === undefined) !== (s.text === undefined), { error: 'an ask step has either "phrase" or "text"' })),
    z.strictObject({ kind: z.literal('branch'), ...labels, branches: z.array(branchSchema).check(z.minLength(1)) }),
    z.strictObject({
      kind: z.literal('action'),
      ...labels,
      action: actionKindSchema,
      withinHours: z.optional(z.number().check(z.positive())),
      target: z.optional(z.string()),
      note: z.optional(z.string()),
    }),
    z.strictObject({ kind: z.literal('note'), ...labels, text: z.string().check(z.minLength(1)), en: z.optional(z.string()) }),
    z.strictObject({ kind: z.literal('group'), ...labels, steps: z.array(stepSchema) }),
  ]),
) as z.ZodMiniType<StepInput>;

/**
 * A list of steps as a scenario or patch holds it: nesting deeper than {@link MAX_STEP_DEPTH}
 * is reported before the recursive schema runs (so validation never overflows the stack).
 */
export const stepListSchema: z.ZodMiniType<StepInput[]> = z.pipe(z.transform((value: unknown, ctx) => {
  if (stepDepth(value) > MAX_STEP_DEPTH) {
    ctx.issues.push({ code: 'custom', message: `steps nest deeper than ${MAX_STEP_DEPTH} levels (MAX_STEP_DEPTH)`, input: value });
    return [];
  }
  return value;
}), z.array(stepSchema)) as z.ZodMiniType<StepInput[]>;

export { bilingualSchema };

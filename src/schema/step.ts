import { z } from 'zod';
import { ACTIONS, CONDITION_FLAGS, REPLY_INTENTS, type ActionKind } from '../vocab/index.js';
import { bilingualSchema, VARIABLE_NAME_PATTERN } from './common.js';

export { ACTIONS, CONDITION_FLAGS, REPLY_INTENTS, type ActionKind, type ConditionFlag, type ReplyIntent } from '../vocab/index.js';

export const replyIntentSchema = z.enum(REPLY_INTENTS);
export const conditionFlagSchema = z.enum(CONDITION_FLAGS);
export const actionKindSchema = z.enum(ACTIONS);

/** When a branch applies: a reply intent, time elapsed beyond a threshold, an observed flag, or otherwise. */
export const conditionSchema = z.union([
  z.strictObject({ reply: replyIntentSchema }),
  z.strictObject({ elapsedOver: z.number().int().positive() }),
  z.strictObject({ flag: conditionFlagSchema }),
  z.strictObject({ otherwise: z.literal(true) }),
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
      .strictObject({ kind: z.literal('wait'), ...labels, seconds: z.number().positive().optional(), for: z.literal('reply').optional() })
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
  ]),
) as z.ZodType<StepInput>;

export { bilingualSchema };

import * as z from 'zod/mini';
import { bilingualSchema, channelSchema, scenarioIdSchema, slugSchema, sourceSchema } from './common.js';
import { MAX_PATTERN_LENGTH } from './rule.js';
import { AUDIT_ROLES, MAX_CONDITION_DEPTH, SEVERITIES, type AuditRole } from '../vocab/index.js';

export { AUDIT_ROLES, MAX_CONDITION_DEPTH, type AuditRole };

/**
 * The audit section of a pack: transcript checks (质检) as data. A check is a condition over a
 * transcript (phrases said or not said in a window, order, silences, response times, speaking
 * rate, message length, interruptions, counts, composed with `all`/`any`/`not`), a weight or a
 * deduction, and the standard it enforces. See docs/audit.md.
 */

/**
 * A phrase list: literal lint patterns (folded for script, width, case and punctuation like the
 * linter's), `@name` references to the section's named phrase sets, and `{variable}` slots
 * (`{brand}`) filled from the auditor's variables.
 */
const phraseListSchema = z
  .array(
    z
      .string()
      .check(z.minLength(1), z.maxLength(MAX_PATTERN_LENGTH, { error: `at most ${MAX_PATTERN_LENGTH} characters: phrases are literal lint patterns` })),
  ).check(z.minLength(1), z.maxLength(1000));

const count = z.number().check(z.int(), z.positive());
const seconds = z.number().check(z.positive());

/** A window of turns or seconds: the first or last N. */
const windowSchema = z.union([z.strictObject({ first: count }), z.strictObject({ last: count })]);

/** Which turns a condition reads: a role and optionally a window of turns (of that role) or seconds. */
const scopeShape = {
  /** Whose turns (default `agent`). */
  role: z.optional(z.enum(AUDIT_ROLES)),
  /** Only the first or last N turns of that role. */
  turns: z.optional(windowSchema),
  /** Only turns starting within the call's first N seconds or ending within its last N (needs timing). */
  seconds: z.optional(windowSchema),
};

/** A phrase selector used by order conditions: phrases and the scope they are looked for in. */
const selectorSchema = z.strictObject({ phrases: phraseListSchema, ...scopeShape });

/** Where a standard's bound comes from: a standard id of the merged packs, or explicit numbers. */
const boundsShape = {
  /** A service standard's id (`chat-each-reply`): its bound, unit and sources. */
  standard: z.optional(slugSchema),
  /** Lowest allowed value (in the condition's unit), overriding the standard's. */
  min: z.optional(z.number().check(z.nonnegative())),
  /** Highest allowed value, overriding the standard's. */
  max: z.optional(z.number().check(z.nonnegative())),
  /** Which of the standard's bounds apply (default both). */
  use: z.optional(z.enum(['min', 'max', 'both'])),
};

/** A condition over a transcript, as authored. */
export type AuditConditionInput =
  | { all: AuditConditionInput[] }
  | { any: AuditConditionInput[] }
  | { not: AuditConditionInput }
  | {
      phrases: {
        any?: string[] | undefined;
        all?: string[] | undefined;
        none?: string[] | undefined;
        role?: AuditRole | undefined;
        turns?: { first: number } | { last: number } | undefined;
        seconds?: { first: number } | { last: number } | undefined;
      };
    }
  | { order: { first: AuditSelectorInput; then: AuditSelectorInput; within?: number | undefined } }
  | { procedure: { scenario: string; stages: string[]; role?: AuditRole | undefined } }
  | { silence: { over: number; before?: string[] | undefined; after?: string[] | undefined } }
  | { responseTime: { which: 'first' | 'later' | 'each'; standard?: string | undefined; min?: number | undefined; max?: number | undefined; use?: 'min' | 'max' | 'both' | undefined } }
  | { answer: { by: 'rings' | 'seconds'; standard?: string | undefined; min?: number | undefined; max?: number | undefined; use?: 'min' | 'max' | 'both' | undefined } }
  | { rate: { role?: AuditRole | undefined; standard?: string | undefined; min?: number | undefined; max?: number | undefined; use?: 'min' | 'max' | 'both' | undefined } }
  | { length: { role?: AuditRole | undefined; pace?: true | undefined; min?: number | undefined; max?: number | undefined } }
  | { duration: { standard?: string | undefined; min?: number | undefined; max?: number | undefined; use?: 'min' | 'max' | 'both' | undefined } }
  | { interruption: { by?: AuditRole | undefined; tolerance?: number | undefined } }
  | {
      count: {
        phrases?: string[] | undefined;
        role?: AuditRole | undefined;
        turns?: { first: number } | { last: number } | undefined;
        seconds?: { first: number } | { last: number } | undefined;
        min?: number | undefined;
        max?: number | undefined;
      };
    }
  | { lint: { minSeverity?: (typeof SEVERITIES)[number] | undefined; role?: AuditRole | undefined } }
  | { address: { titles: string[]; avoid?: string[] | undefined } };

/** A phrase selector as authored. */
export interface AuditSelectorInput {
  phrases: string[];
  role?: AuditRole | undefined;
  turns?: { first: number } | { last: number } | undefined;
  seconds?: { first: number } | { last: number } | undefined;
}

/**
 * A condition: exactly one operator key. Leaves read the transcript (`phrases`, `order`,
 * `procedure`, `silence`, `responseTime`, `answer`, `rate`, `length`, `duration`,
 * `interruption`, `count`, `lint`, `address`); `all`, `any` and `not` compose them.
 */
export const auditConditionSchema: z.ZodMiniType<AuditConditionInput> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(auditConditionSchema).check(z.minLength(1), z.maxLength(100)) }),
    z.strictObject({ any: z.array(auditConditionSchema).check(z.minLength(1), z.maxLength(100)) }),
    z.strictObject({ not: auditConditionSchema }),
    z.strictObject({
      phrases: z
        .strictObject({ any: z.optional(phraseListSchema), all: z.optional(phraseListSchema), none: z.optional(phraseListSchema), ...scopeShape })
        .check(z.refine((p) => p.any !== undefined || p.all !== undefined || p.none !== undefined, { error: 'give "any", "all" or "none" phrases' })),
    }),
    z.strictObject({ order: z.strictObject({ first: selectorSchema, then: selectorSchema, within: z.optional(count) }) }),
    z.strictObject({
      procedure: z.strictObject({ scenario: scenarioIdSchema, stages: z.array(z.string().check(z.regex(/^@[A-Za-z0-9_-]+$/, { error: 'stages are @set references' }))).check(z.minLength(2), z.maxLength(50)), role: z.optional(z.enum(AUDIT_ROLES)) }),
    }),
    z.strictObject({ silence: z.strictObject({ over: seconds, before: z.optional(phraseListSchema), after: z.optional(phraseListSchema) }) }),
    z.strictObject({ responseTime: z.strictObject({ which: z.enum(['first', 'later', 'each']), ...boundsShape }) }),
    z.strictObject({ answer: z.strictObject({ by: z.enum(['rings', 'seconds']), ...boundsShape }) }),
    z.strictObject({ rate: z.strictObject({ role: z.optional(z.enum(AUDIT_ROLES)), ...boundsShape }) }),
    z.strictObject({
      length: z
        .strictObject({ role: z.optional(z.enum(AUDIT_ROLES)), pace: z.optional(z.literal(true)), min: z.optional(count), max: z.optional(count) })
        .check(z.refine((l) => l.pace !== undefined || l.min !== undefined || l.max !== undefined, { error: 'give "max", "min" or "pace: true"' })),
    }),
    z.strictObject({ duration: z.strictObject({ ...boundsShape }) }),
    z.strictObject({ interruption: z.strictObject({ by: z.optional(z.enum(AUDIT_ROLES)), tolerance: z.optional(z.number().check(z.nonnegative())) }) }),
    z.strictObject({
      count: z
        .strictObject({ phrases: z.optional(phraseListSchema), ...scopeShape, min: z.optional(z.number().check(z.int(), z.nonnegative())), max: z.optional(z.number().check(z.int(), z.nonnegative())) })
        .check(z.refine((c) => c.min !== undefined || c.max !== undefined, { error: 'give "min", "max" or both' })),
    }),
    z.strictObject({ lint: z.strictObject({ minSeverity: z.optional(z.enum(SEVERITIES)), role: z.optional(z.enum(AUDIT_ROLES)) }) }),
    z.strictObject({ address: z.strictObject({ titles: phraseListSchema, avoid: z.optional(phraseListSchema) }) }),
  ]),
);
/** A validated condition. */
export type AuditCondition = AuditConditionInput;

/**
 * One check of a transcript. It applies when `when` holds (else `n/a`) on the `channels` it names,
 * and passes when `expect` holds. Scoring: a `weight` (share of the weighted score, default 1),
 * or a `deduct` of points per failure (`per: occurrence` for each piece of evidence, capped by
 * `maxDeduct`); `critical: true` fails the whole call (一票否决).
 */
export const auditCheckSchema = z.strictObject({
  /** Kebab-case id, stable (apps disable checks by id). */
  id: slugSchema,
  title: bilingualSchema,
  /** What a failure means and what to do instead. */
  message: z.optional(bilingualSchema),
  /** Channels the check applies to (default: all). */
  channels: z.optional(z.array(channelSchema).check(z.minLength(1))),
  /** The check applies only when this holds (else `n/a`). */
  when: z.optional(auditConditionSchema),
  /** What must hold for the check to pass. */
  expect: auditConditionSchema,
  /** Share of the weighted score (default 1; 0 to report only). */
  weight: z.optional(z.number().check(z.nonnegative(), z.maximum(1000))),
  /** Points taken off when the check fails (instead of weighting). */
  deduct: z.optional(z.number().check(z.positive(), z.maximum(100))),
  /** Deduct once per failed check (default) or per piece of evidence. */
  per: z.optional(z.enum(['check', 'occurrence'])),
  /** Most points this check may take off. */
  maxDeduct: z.optional(z.number().check(z.positive(), z.maximum(100))),
  /** A failure fails the whole call whatever the score (一票否决). */
  critical: z.optional(z.boolean()),
  /** Severity of the findings a failure produces (default `warning`; `error` for critical checks). */
  severity: z.optional(z.enum(SEVERITIES)),
  /** Seed lines or URLs of the standard the check enforces. */
  sources: z.optional(z.array(sourceSchema)),
});
/** A check as authored. */
export type AuditCheckInput = z.input<typeof auditCheckSchema>;
/** A validated check. */
export type AuditCheck = z.output<typeof auditCheckSchema>;

/**
 * The audit section of a pack: named phrase sets (`@name` in conditions), checks (added, or
 * replacing an earlier pack's by id), ids of earlier checks to drop, and the pass mark.
 */
export const auditSectionSchema = z.strictObject({
  /** Score (0–100) a call needs to pass (default 80). */
  passMark: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  /** Named phrase sets: `greeting: [您好, 你好]`, used as `@greeting`. */
  phrases: z.optional(z.record(z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, { error: 'set names are letters, digits, - and _' })), phraseListSchema)),
  checks: z.optional(z.array(auditCheckSchema).check(z.maxLength(1000))),
  /** Ids of earlier packs' checks to drop. */
  disable: z.optional(z.array(slugSchema)),
});
/** The audit section as authored. */
export type AuditSectionInput = z.input<typeof auditSectionSchema>;
/** A validated audit section. */
export type AuditSection = z.output<typeof auditSectionSchema>;

import { z } from 'zod';
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
      .min(1)
      .max(MAX_PATTERN_LENGTH, { error: `at most ${MAX_PATTERN_LENGTH} characters: phrases are literal lint patterns` }),
  )
  .min(1)
  .max(1000);

const count = z.number().int().positive();
const seconds = z.number().positive();

/** A window of turns or seconds: the first or last N. */
const windowSchema = z.union([z.strictObject({ first: count }), z.strictObject({ last: count })]);

/** Which turns a condition reads: a role and optionally a window of turns (of that role) or seconds. */
const scopeShape = {
  /** Whose turns (default `agent`). */
  role: z.enum(AUDIT_ROLES).optional(),
  /** Only the first or last N turns of that role. */
  turns: windowSchema.optional(),
  /** Only turns starting within the call's first N seconds or ending within its last N (needs timing). */
  seconds: windowSchema.optional(),
};

/** A phrase selector used by order conditions: phrases and the scope they are looked for in. */
const selectorSchema = z.strictObject({ phrases: phraseListSchema, ...scopeShape });

/** Where a standard's bound comes from: a standard id of the merged packs, or explicit numbers. */
const boundsShape = {
  /** A service standard's id (`chat-each-reply`): its bound, unit and sources. */
  standard: slugSchema.optional(),
  /** Lowest allowed value (in the condition's unit), overriding the standard's. */
  min: z.number().nonnegative().optional(),
  /** Highest allowed value, overriding the standard's. */
  max: z.number().nonnegative().optional(),
  /** Which of the standard's bounds apply (default both). */
  use: z.enum(['min', 'max', 'both']).optional(),
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
export const auditConditionSchema: z.ZodType<AuditConditionInput> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(auditConditionSchema).min(1).max(100) }),
    z.strictObject({ any: z.array(auditConditionSchema).min(1).max(100) }),
    z.strictObject({ not: auditConditionSchema }),
    z.strictObject({
      phrases: z
        .strictObject({ any: phraseListSchema.optional(), all: phraseListSchema.optional(), none: phraseListSchema.optional(), ...scopeShape })
        .refine((p) => p.any !== undefined || p.all !== undefined || p.none !== undefined, { error: 'give "any", "all" or "none" phrases' }),
    }),
    z.strictObject({ order: z.strictObject({ first: selectorSchema, then: selectorSchema, within: count.optional() }) }),
    z.strictObject({
      procedure: z.strictObject({ scenario: scenarioIdSchema, stages: z.array(z.string().regex(/^@[A-Za-z0-9_-]+$/, { error: 'stages are @set references' })).min(2).max(50), role: z.enum(AUDIT_ROLES).optional() }),
    }),
    z.strictObject({ silence: z.strictObject({ over: seconds, before: phraseListSchema.optional(), after: phraseListSchema.optional() }) }),
    z.strictObject({ responseTime: z.strictObject({ which: z.enum(['first', 'later', 'each']), ...boundsShape }) }),
    z.strictObject({ answer: z.strictObject({ by: z.enum(['rings', 'seconds']), ...boundsShape }) }),
    z.strictObject({ rate: z.strictObject({ role: z.enum(AUDIT_ROLES).optional(), ...boundsShape }) }),
    z.strictObject({
      length: z
        .strictObject({ role: z.enum(AUDIT_ROLES).optional(), pace: z.literal(true).optional(), min: count.optional(), max: count.optional() })
        .refine((l) => l.pace !== undefined || l.min !== undefined || l.max !== undefined, { error: 'give "max", "min" or "pace: true"' }),
    }),
    z.strictObject({ duration: z.strictObject({ ...boundsShape }) }),
    z.strictObject({ interruption: z.strictObject({ by: z.enum(AUDIT_ROLES).optional(), tolerance: z.number().nonnegative().optional() }) }),
    z.strictObject({
      count: z
        .strictObject({ phrases: phraseListSchema.optional(), ...scopeShape, min: z.number().int().nonnegative().optional(), max: z.number().int().nonnegative().optional() })
        .refine((c) => c.min !== undefined || c.max !== undefined, { error: 'give "min", "max" or both' }),
    }),
    z.strictObject({ lint: z.strictObject({ minSeverity: z.enum(SEVERITIES).optional(), role: z.enum(AUDIT_ROLES).optional() }) }),
    z.strictObject({ address: z.strictObject({ titles: phraseListSchema, avoid: phraseListSchema.optional() }) }),
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
  message: bilingualSchema.optional(),
  /** Channels the check applies to (default: all). */
  channels: z.array(channelSchema).min(1).optional(),
  /** The check applies only when this holds (else `n/a`). */
  when: auditConditionSchema.optional(),
  /** What must hold for the check to pass. */
  expect: auditConditionSchema,
  /** Share of the weighted score (default 1; 0 to report only). */
  weight: z.number().nonnegative().max(1000).optional(),
  /** Points taken off when the check fails (instead of weighting). */
  deduct: z.number().positive().max(100).optional(),
  /** Deduct once per failed check (default) or per piece of evidence. */
  per: z.enum(['check', 'occurrence']).optional(),
  /** Most points this check may take off. */
  maxDeduct: z.number().positive().max(100).optional(),
  /** A failure fails the whole call whatever the score (一票否决). */
  critical: z.boolean().optional(),
  /** Severity of the findings a failure produces (default `warning`; `error` for critical checks). */
  severity: z.enum(SEVERITIES).optional(),
  /** Seed lines or URLs of the standard the check enforces. */
  sources: z.array(sourceSchema).optional(),
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
  passMark: z.number().min(0).max(100).optional(),
  /** Named phrase sets: `greeting: [您好, 你好]`, used as `@greeting`. */
  phrases: z.record(z.string().regex(/^[A-Za-z0-9_-]+$/, { error: 'set names are letters, digits, - and _' }), phraseListSchema).optional(),
  checks: z.array(auditCheckSchema).max(1000).optional(),
  /** Ids of earlier packs' checks to drop. */
  disable: z.array(slugSchema).optional(),
});
/** The audit section as authored. */
export type AuditSectionInput = z.input<typeof auditSectionSchema>;
/** A validated audit section. */
export type AuditSection = z.output<typeof auditSectionSchema>;

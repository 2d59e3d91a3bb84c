import { z } from 'zod';
import { ANCHORS, SEVERITIES } from '../vocab/index.js';
import { bilingualSchema, slugSchema, sourceSchema } from './common.js';
import { MAX_EXCEPTIONS_PER_RULE, MAX_PATTERN_LENGTH, MAX_PATTERNS_PER_RULE, ruleIssues, ruleSetIssues } from './rule-limits.js';

export { MAX_CHECKS_PER_PATTERN, MAX_EXCEPTIONS_PER_RULE, MAX_PATTERN_LENGTH, MAX_PATTERNS, MAX_PATTERNS_PER_RULE } from './rule-limits.js';

export { ANCHORS, SEVERITIES, type RuleAnchor, type Severity } from '../vocab/index.js';

const literalSchema = z
  .string()
  .min(1)
  .max(MAX_PATTERN_LENGTH, { error: `at most ${MAX_PATTERN_LENGTH} characters: patterns are literal phrases` });

/** A scenario id (`hold.explain`) or phrase reference (`hold.explain#default`) suggested instead. */
export const SUGGESTION_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

/**
 * A context in which a rule's pattern is fine. The match is excused when the text right before
 * it ends with `before` and the text right after it starts with `after` (each optional, at
 * least one given). Contexts are literal and compared after the same folding as patterns
 * (script, width, case, noise); they never reach across clause punctuation (，。！？…).
 */
export const ruleExceptionSchema = z
  .strictObject({
    before: literalSchema.optional(),
    after: literalSchema.optional(),
  })
  .refine((e) => e.before !== undefined || e.after !== undefined, { error: 'an exception needs "before", "after" or both' });
/** A context in which a rule does not apply. */
export type RuleException = z.output<typeof ruleExceptionSchema>;


/**
 * A lint rule: literal phrases an agent must not (or should not) say, why, and what to say
 * instead. Patterns are plain text, never regular expressions, so that untrusted packs cannot
 * make matching slow.
 */
export const ruleSchema = z.strictObject({
  /** Kebab-case id, e.g. `no-shifting-blame`. Stable: apps disable rules by id. */
  id: slugSchema,
  severity: z.enum(SEVERITIES),
  /** Literal phrases (simplified Chinese); traditional script, width, case and noise are folded. */
  patterns: z.array(literalSchema).min(1).max(MAX_PATTERNS_PER_RULE),
  /** Why this must not be said, in Chinese and English. */
  message: bilingualSchema,
  /** Scenario ids or `scenario#phrase` references to say instead. */
  suggestions: z
    .array(z.string().regex(SUGGESTION_PATTERN, { error: 'must be a scenario id ("hold.explain") or phrase reference ("hold.explain#default")' }))
    .optional(),
  /** Contexts in which the pattern is fine (polite uses). */
  exceptions: z.array(ruleExceptionSchema).max(MAX_EXCEPTIONS_PER_RULE).optional(),
  /** Only match at a clause's start, end, either, or as the whole clause. */
  anchor: z.enum(ANCHORS).optional(),
  /** Seed lines the rule comes from. */
  sources: z.array(sourceSchema).optional(),
}).superRefine((rule, ctx) => {
  // What the shape cannot say: literals that fold to nothing, clause marks (see rule-limits.ts).
  for (const issue of ruleIssues(rule)) if (issue.kind !== 'size') ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
});

/**
 * A list of rules, with the limits of a rule set as a whole: total patterns, and the context
 * checks the rules sharing one pattern can cost (see rule-limits.ts).
 */
export const rulesSchema = z.array(ruleSchema).superRefine((rules, ctx) => {
  for (const issue of ruleSetIssues(rules, { eachRule: false })) ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
});
/** A rule as authored. */
export type RuleInput = z.input<typeof ruleSchema>;
/** A validated rule. */
export type Rule = z.output<typeof ruleSchema>;

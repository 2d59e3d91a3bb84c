import * as z from 'zod/mini';
import { ANCHORS, SEVERITIES } from '../vocab/index.js';
import { bilingualSchema, slugSchema, sourceSchema } from './common.js';
import { MAX_WITHIN } from './pattern.js';
import { MAX_EXCEPTIONS_PER_RULE, MAX_PATTERN_SOURCE_LENGTH, MAX_PATTERNS_PER_RULE, ruleIssues, ruleSetIssues } from './rule-limits.js';

export {
  MAX_CHECKS_PER_PATTERN,
  MAX_EXCEPTIONS_PER_RULE,
  MAX_PATTERN_LENGTH,
  MAX_PATTERN_SOURCE_LENGTH,
  MAX_PATTERNS,
  MAX_PATTERNS_PER_RULE,
} from './rule-limits.js';

export { ANCHORS, SEVERITIES, type RuleAnchor, type Severity } from '../vocab/index.js';

/** A pattern: literal text with the operators of the pattern language (see docs/lint.md). */
const patternSchema = z.string().check(
  z.minLength(1),
  z.maxLength(MAX_PATTERN_SOURCE_LENGTH, { error: `at most ${MAX_PATTERN_SOURCE_LENGTH} characters: patterns are short phrases` }),
  z.describe(
    'Simplified Chinese text in the pattern language: literal characters, (a|b) alternatives (an empty one makes the group optional), [x] optional parts, {self} {you} {no} {what} {how} {why} {ni} {very} {dumb} {beast} {sense} slots, one A…B proximity gap (B within `within` characters after A, same clause; A…，B: B in the same or the next clause of the sentence), ^ and $ for the clause start and end. Groups do not nest; at most 256 literals per pattern, each at most 64 characters.',
  ),
);
/** A context: like a pattern, without a gap. */
const literalSchema = patternSchema;

/**
 * What a rule forbids, by the themes public service standards share (impatience, belittling,
 * blaming the customer, "go and complain", "not my department"…). Recall is measured by theme.
 */
export const RULE_THEMES = [
  'impatience',
  'belittling',
  'insult',
  'blaming',
  'defiance',
  'deflection',
  'refusal',
  'curt-order',
  'already-told',
  'do-it-yourself',
  'closed-come-back',
  'rules-shield',
  'vague-promise',
  'dont-know',
  'perfunctory',
  'wrong-farewell',
  'casual',
  'address',
] as const;
/** A rule's theme. */
export type RuleTheme = (typeof RULE_THEMES)[number];
/** Sentence forms a rule can require: a question (？, 吗/呢 at the end) or not. */
export const RULE_FORMS = ['question', 'statement'] as const;
/** Where in a transcript a rule applies: the first or last linted turn. */
export const RULE_TURNS = ['first', 'last'] as const;

/** A cited source: where (seed line or URL) and the line it says, quoted. */
export const ruleCitationSchema = z.strictObject({
  source: sourceSchema,
  /** The source's words, verbatim. */
  quote: z.string().check(z.minLength(1), z.maxLength(500)),
});
/** A cited source of a rule. */
export type RuleCitation = z.output<typeof ruleCitationSchema>;

/** A scenario id (`hold.explain`) or phrase reference (`hold.explain#default`) suggested instead. */
export const SUGGESTION_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

/**
 * A context in which a rule's pattern is fine. The match is excused when the text right before
 * it ends with `before` and the text right after it starts with `after` (each optional, at
 * least one given). Contexts are literal and compared after the same folding as patterns
 * (script, width, case, noise); they never reach across clause punctuation (，。！？…), except
 * `sentence`, which reads the whole sentence around the match.
 */
export const ruleExceptionSchema = z
  .strictObject({
    /** The text right before the match ends with this. */
    before: z.optional(literalSchema),
    /** The text right after the match starts with this. */
    after: z.optional(literalSchema),
    /** This occurs anywhere earlier in the match's clause (within 16 folded characters). */
    earlier: z.optional(literalSchema),
    /** This occurs anywhere later in the match's clause (within 16 folded characters). */
    later: z.optional(literalSchema),
    /**
     * This occurs anywhere in the match's sentence, before or after it (within 24 characters
     * each side), across clause punctuation, spaces and emoji but never across a sentence end
     * (。！？!?…, a line break): 不好意思亲，这个改不了.
     */
    sentence: z.optional(literalSchema),
  })
  .check(z.refine((e) => e.before !== undefined || e.after !== undefined || e.earlier !== undefined || e.later !== undefined || e.sentence !== undefined, {
    error: 'an exception needs "before", "after", "earlier", "later" or "sentence"',
  }));
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
  /**
   * Phrases (simplified Chinese) in the pattern language: literal text, `(a|b)` alternatives,
   * `[x]` optional parts, `{self}`/`{you}`/`{no}`/`{what}`/`{how}`/`{why}` slots, one `A…B`
   * proximity gap (`A…，B`: B in the same or the next clause), `^`/`$` clause edges. Traditional script, width, case and noise are folded.
   */
  patterns: z.array(patternSchema).check(z.minLength(1), z.maxLength(MAX_PATTERNS_PER_RULE)),
  /** What the rule forbids, by theme. */
  theme: z.optional(z.enum(RULE_THEMES)).check(z.describe('What the rule forbids, by theme (impatience, deflection, refusal…).')),
  /** Why this must not be said, in Chinese and English. */
  message: bilingualSchema,
  /** Scenario ids or `scenario#phrase` references to say instead. */
  suggestions: z.optional(
    z.array(z.string().check(z.regex(SUGGESTION_PATTERN, { error: 'must be a scenario id ("hold.explain") or phrase reference ("hold.explain#default")' })))),
  /** Contexts in which the pattern is fine (polite uses). */
  exceptions: z.optional(z.array(ruleExceptionSchema).check(z.maxLength(MAX_EXCEPTIONS_PER_RULE))),
  /** Only match at a clause's start, end, either, or as the whole clause. */
  anchor: z.optional(z.enum(ANCHORS)),
  /** For `A…B` and `A…，B` patterns: most folded characters between A and B (default 8; clause marks not counted). */
  within: z.optional(z.int().check(z.minimum(0), z.maximum(MAX_WITHIN))).check(z.describe('For A…B and A…，B patterns: most folded characters between A and B (default 8; clause marks not counted).')),
  /** Only in a question (`question`) or only outside one (`statement`). */
  form: z.optional(z.enum(RULE_FORMS)).check(z.describe('Only in a question, or only outside one.')),
  /**
   * Whether to flag the pattern where the agent quotes or confirms the customer's words
   * (您是说……吗, 客户说“…”): `flag` (default) or `skip`. Skipping costs a look around each match,
   * so rules opt in where quoting is likely (不知道, 错了, 什么意思…).
   */
  quoted: z.optional(
    z.enum(['skip', 'flag'])).check(z.describe('Whether matches where the agent quotes or confirms the customer (您是说……吗, “…”) are flagged; default flag.')),
  /** In transcripts: only turns of these roles (default: every linted role). */
  roles: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))).check(z.describe('In transcripts: only turns of these roles.')),
  /** In transcripts: only the first or the last linted turn (a lone text is both). */
  turn: z.optional(z.enum(RULE_TURNS)).check(z.describe('In transcripts: only the first or the last linted turn.')),
  /** Only reported under this profile (`strict`): style notes most teams do not want. */
  profile: z.optional(z.enum(['strict'])).check(z.describe('Only reported under the strict profile.')),
  /** Seed lines or URLs the rule comes from. */
  sources: z.optional(z.array(sourceSchema)),
  /** The sources' words, quoted, with where they are. */
  cites: z.optional(z.array(ruleCitationSchema)).check(z.describe('The sources quoted: { source: seed line or URL, quote }.')),
  /** Texts the rule flags (`fail`) and lets pass (`pass`); checked by the tests. */
  examples: z.optional(
    z.strictObject({ fail: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)), pass: z.array(z.string().check(z.minLength(1))) })).check(z.describe('Texts the rule flags (fail) and lets pass (pass); the bundled rules are tested on them.')),
})
.check(z.superRefine((rule, ctx) => {
  // What the shape cannot say: pattern syntax, literals that fold to nothing or are too long,
  // clause marks (see rule-limits.ts).
  for (const issue of ruleIssues(rule)) {
    if (issue.kind !== 'size') ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
  }
}));

/**
 * A list of rules, with the limits of a rule set as a whole: total patterns, and the context
 * checks the rules sharing one pattern can cost (see rule-limits.ts).
 */
export const rulesSchema = z.array(ruleSchema).check(z.superRefine((rules, ctx) => {
  for (const issue of ruleSetIssues(rules, { eachRule: false })) ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
}));
/** A rule as authored. */
export type RuleInput = z.input<typeof ruleSchema>;
/** A validated rule. */
export type Rule = z.output<typeof ruleSchema>;

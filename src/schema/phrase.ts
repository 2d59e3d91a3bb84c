import * as z from 'zod/mini';
import { TONES, VARIABLE_TYPES, VARIABLE_UNITS } from '../vocab/index.js';
import { channelSchema, derivedLocaleShape, quoteSchema, slugSchema, sourceSchema, VARIABLE_NAME_PATTERN } from './common.js';

export { TONES, VARIABLE_TYPES, VARIABLE_UNITS } from '../vocab/index.js';

/** A declared placeholder of a phrase: every `{name}` in the text must be declared. */
export const variableSchema = z.strictObject({
  type: z.enum(VARIABLE_TYPES),
  /** What the value means, in English. */
  description: z.string().check(z.minLength(1)),
  /** An example value, used by docs and the demo. */
  example: z.optional(z.string()),
  /**
   * The unit a bare number is said in, for a `number` or `duration` the text does not follow
   * with a unit (`预计{duration}内生效`): `2` becomes 2个工作日 in zh-CN, 2個工作日 in zh-TW.
   */
  unit: z.optional(z.enum(VARIABLE_UNITS)),
});
/** A declared phrase variable. */
export type VariableSpec = z.infer<typeof variableSchema>;


/**
 * Why a phrase's wording differs from the source text it quotes: `typo` (the source's own
 * mistake corrected), `grammar` (a broken construction mended), `placeholder` (a company or
 * person instance, or example content, made a `{variable}`), `merge` (several source
 * sentences joined, or one split), `choice` (one option of the source's "a/b" alternatives).
 */
export const EDIT_KINDS = ['typo', 'grammar', 'placeholder', 'merge', 'choice'] as const;
/** An editorial change to a quoted source text, with the reason a reviewer reads. */
export const editSchema = z.strictObject({
  kind: z.enum(EDIT_KINDS),
  why: z.string().check(z.minLength(1)),
});
/** An editorial change to a quoted source. */
export type Edit = z.infer<typeof editSchema>;

/** One thing an agent can say. Text is simplified Chinese with `{placeholders}`. */
export const phraseSchema = z.strictObject({
  /** Unique within its scenario, kebab-case. */
  id: slugSchema,
  /** zh-CN text. `{name}` placeholders, `{name|fallback}` for optional ones, `↑` for a rising tone. */
  text: z.string().check(z.minLength(1)),
  /** A one-line English gloss, so a developer who reads no Chinese can pick the right phrase. */
  gloss: z.string().check(z.minLength(1)),
  /** Channels this phrase suits; defaults to the scenario's channels. */
  channels: z.optional(z.array(channelSchema).check(z.minLength(1))),
  tone: z.optional(z.enum(TONES)),
  /** Declared placeholders, by name. */
  variables: z.optional(
    z.record(z.string().check(z.regex(VARIABLE_NAME_PATTERN, { error: 'variable names are identifiers such as "customer"' })), variableSchema)),
  /** Hand-written traditional text where the derived conversion is wrong or unidiomatic. */
  variants: z.optional(z.strictObject(derivedLocaleShape(z.string().check(z.minLength(1))))),
  /** Seed lines this phrase comes from, when narrower than the scenario's. */
  sources: z.optional(z.array(sourceSchema)),
  /**
   * The source text this phrase quotes, verbatim (a list when it joins several). The phrase
   * says the same (ignoring punctuation, ↑, script and placeholders) or declares its `edit`.
   * Authoring metadata: checked at build time, not shipped in the compiled pack.
   */
  source: z.optional(z.union([quoteSchema, z.array(quoteSchema).check(z.minLength(1))])),
  /** How and why the phrase's wording differs from its `source`. */
  edit: z.optional(editSchema),
});
/** A phrase as authored in a pack. */
export type PhraseInput = z.input<typeof phraseSchema>;
/** A validated phrase. */
export type Phrase = z.output<typeof phraseSchema>;

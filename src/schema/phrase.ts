import { z } from 'zod';
import { TONES, VARIABLE_TYPES, VARIABLE_UNITS } from '../vocab/index.js';
import { channelSchema, derivedLocaleShape, quoteSchema, slugSchema, sourceSchema, VARIABLE_NAME_PATTERN } from './common.js';

export { TONES, VARIABLE_TYPES, VARIABLE_UNITS } from '../vocab/index.js';

/** A declared placeholder of a phrase: every `{name}` in the text must be declared. */
export const variableSchema = z.strictObject({
  type: z.enum(VARIABLE_TYPES),
  /** What the value means, in English. */
  description: z.string().min(1),
  /** An example value, used by docs and the demo. */
  example: z.string().optional(),
  /**
   * The unit a bare number is said in, for a `number` or `duration` the text does not follow
   * with a unit (`预计{duration}内生效`): `2` becomes 2个工作日 in zh-CN, 2個工作日 in zh-TW.
   */
  unit: z.enum(VARIABLE_UNITS).optional(),
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
  why: z.string().min(1),
});
/** An editorial change to a quoted source. */
export type Edit = z.infer<typeof editSchema>;

/** One thing an agent can say. Text is simplified Chinese with `{placeholders}`. */
export const phraseSchema = z.strictObject({
  /** Unique within its scenario, kebab-case. */
  id: slugSchema,
  /** zh-CN text. `{name}` placeholders, `{name|fallback}` for optional ones, `↑` for a rising tone. */
  text: z.string().min(1),
  /** A one-line English gloss, so a developer who reads no Chinese can pick the right phrase. */
  gloss: z.string().min(1),
  /** Channels this phrase suits; defaults to the scenario's channels. */
  channels: z.array(channelSchema).min(1).optional(),
  tone: z.enum(TONES).optional(),
  /** Declared placeholders, by name. */
  variables: z
    .record(z.string().regex(VARIABLE_NAME_PATTERN, { error: 'variable names are identifiers such as "customer"' }), variableSchema)
    .optional(),
  /** Hand-written traditional text where the derived conversion is wrong or unidiomatic. */
  variants: z
    .strictObject(derivedLocaleShape(z.string().min(1)))
    .optional(),
  /** Seed lines this phrase comes from, when narrower than the scenario's. */
  sources: z.array(sourceSchema).optional(),
  /**
   * The source text this phrase quotes, verbatim (a list when it joins several). The phrase
   * says the same (ignoring punctuation, ↑, script and placeholders) or declares its `edit`.
   * Authoring metadata: checked at build time, not shipped in the compiled pack.
   */
  source: z.union([quoteSchema, z.array(quoteSchema).min(1)]).optional(),
  /** How and why the phrase's wording differs from its `source`. */
  edit: editSchema.optional(),
});
/** A phrase as authored in a pack. */
export type PhraseInput = z.input<typeof phraseSchema>;
/** A validated phrase. */
export type Phrase = z.output<typeof phraseSchema>;

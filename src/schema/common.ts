import * as z from 'zod/mini';
import { CHANNELS, DERIVED_LOCALES, LOCALES, type DerivedLocale } from '../vocab/index.js';

export { CHANNELS, LOCALES, type Channel, type Locale } from '../vocab/index.js';

/** A channel: `phone`, `chat`, `letter` or `in-person`. */
export const channelSchema = z.enum(CHANNELS);

/** An output locale. */
export const localeSchema = z.enum(LOCALES);

/** An optional field per derived locale (`'zh-TW'`, `'zh-HK'`): the shape of hand-written texts. */
export function derivedLocaleShape<T extends z.ZodMiniType>(schema: T): Record<DerivedLocale, z.ZodMiniOptional<T>> {
  return Object.fromEntries(DERIVED_LOCALES.map((l) => [l, z.optional(schema)])) as Record<DerivedLocale, z.ZodMiniOptional<T>>;
}

/** Kebab-case slug: lowercase ASCII letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A scenario id: `category.situation`, both kebab-case, e.g. `hold.explain`. */
export const SCENARIO_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A reference to one phrase: `scenario-id#phrase-id`, e.g. `hold.explain#default`. */
export const PHRASE_REF_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A placeholder / variable name: an ASCII identifier, e.g. `customer`, `agentId`. */
export const VARIABLE_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * The strict form of a source reference, which the built-in data must use: a seed document and
 * line range (`000:11`, `004:13-13`), or a URL of a public notice (for holiday data).
 */
export const SOURCE_PATTERN = /^(?:\d{3}:\d+(?:-\d+)?|https?:\/\/\S+)$/;

export const slugSchema = z.string().check(z.regex(SLUG_PATTERN, { error: 'must be kebab-case (a-z, 0-9 and single hyphens)' }));
export const scenarioIdSchema = z
  .string()
  .check(z.regex(SCENARIO_ID_PATTERN, { error: 'must be "category.situation", both kebab-case, e.g. "hold.explain"' }));
export const phraseRefSchema = z
  .string()
  .check(z.regex(PHRASE_REF_PATTERN, { error: 'must be "scenario-id#phrase-id", e.g. "hold.explain#default"' }));
/** The longest free-text source reference a pack may give (characters). */
export const MAX_SOURCE_LENGTH = 300;
/**
 * Where something comes from: a seed line (`000:11`), a URL, or free text naming a team's own
 * material (`客服手册 2024 版 第12页`). Users' packs may cite anything; the built-in packs are
 * held to {@link SOURCE_PATTERN} at build time.
 */
export const sourceSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, { error: 'a source must not be empty' }),
    z.maxLength(MAX_SOURCE_LENGTH, { error: `a source is at most ${MAX_SOURCE_LENGTH} characters` }),
  );
/** A source in the strict form of {@link SOURCE_PATTERN} (seed line or URL), as the built-in data cites. */
export const strictSourceSchema = z
  .string()
  .check(z.regex(SOURCE_PATTERN, { error: 'must be "NNN:line" or "NNN:start-end" (a seed file and its lines), or a URL' }));

/**
 * Source text quoted verbatim next to what was made of it: `at` says where (`000:11`), `text`
 * is the exact text of that line (traditional script, punctuation and typos as they are).
 */
export const quoteSchema = z.strictObject({
  at: sourceSchema,
  text: z.string().check(z.minLength(1)),
  /** Text earlier on the same line, when `text` occurs there more than once: the quote is its first occurrence after this. */
  after: z.optional(z.string().check(z.minLength(1))),
});
/** A verbatim quote of a source. */
export type Quote = z.infer<typeof quoteSchema>;

/** A note for the agent, optionally with the source text it renders. */
export const noteSchema = z.strictObject({
  zh: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
  /** The source text this note carries, verbatim. */
  source: z.optional(z.union([quoteSchema, z.array(quoteSchema).check(z.minLength(1))])),
});
/** A note for the agent. */
export type Note = z.infer<typeof noteSchema>;

/** Text in simplified Chinese and English, as titles and descriptions are written. */
export const bilingualSchema = z.strictObject({
  zh: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
/** A text in simplified Chinese with its English translation. */
export type Bilingual = z.infer<typeof bilingualSchema>;

import { z } from 'zod';
import { CHANNELS, LOCALES } from '../vocab/index.js';

export { CHANNELS, LOCALES, type Channel, type Locale } from '../vocab/index.js';

/** A channel: `phone`, `chat`, `letter` or `in-person`. */
export const channelSchema = z.enum(CHANNELS);

/** An output locale. */
export const localeSchema = z.enum(LOCALES);

/** Kebab-case slug: lowercase ASCII letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A scenario id: `category.situation`, both kebab-case, e.g. `hold.explain`. */
export const SCENARIO_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A reference to one phrase: `scenario-id#phrase-id`, e.g. `hold.explain#default`. */
export const PHRASE_REF_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A placeholder / variable name: an ASCII identifier, e.g. `customer`, `agentId`. */
export const VARIABLE_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * A source reference: a seed document and line range (`000:11`, `004:13-13`), or a URL of a
 * public notice (for holiday data).
 */
export const SOURCE_PATTERN = /^(?:\d{3}:\d+(?:-\d+)?|https?:\/\/\S+)$/;

export const slugSchema = z.string().regex(SLUG_PATTERN, { error: 'must be kebab-case (a-z, 0-9 and single hyphens)' });
export const scenarioIdSchema = z
  .string()
  .regex(SCENARIO_ID_PATTERN, { error: 'must be "category.situation", both kebab-case, e.g. "hold.explain"' });
export const phraseRefSchema = z
  .string()
  .regex(PHRASE_REF_PATTERN, { error: 'must be "scenario-id#phrase-id", e.g. "hold.explain#default"' });
export const sourceSchema = z
  .string()
  .regex(SOURCE_PATTERN, { error: 'must be "NNN:line" or "NNN:start-end" (a seed file and its lines), or a URL' });

/** Text in simplified Chinese and English, as titles and descriptions are written. */
export const bilingualSchema = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1),
});
/** A text in simplified Chinese with its English translation. */
export type Bilingual = z.infer<typeof bilingualSchema>;

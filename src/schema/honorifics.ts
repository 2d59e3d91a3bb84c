import * as z from 'zod/mini';
import { sourceSchema } from './common.js';

const HAN = /^\p{Script=Han}+$/u;
const hanSchema = z.string().check(z.regex(HAN, { error: 'must be Chinese characters only' }));

/** `data/honorifics/surnames.yaml`: the surname lists parseName() and honorific() use. */
export const surnamesFileSchema = z.strictObject({
  sources: z.array(sourceSchema).check(z.minLength(1)),
  single: z.array(hanSchema.check(z.maxLength(4, { error: 'at most four surnames to a line' }))).check(z.minLength(1)),
  additional: z._default(z.array(hanSchema.check(z.length(1, { error: 'a single-character surname' }))), []),
  compound: z
    .array(
      z.strictObject({
        surname: hanSchema.check(z.length(2, { error: 'a compound surname has two characters' })),
        ambiguous: z.optional(z.boolean()),
      }),
    ).check(z.minLength(1)),
  traditional: z._default(z.record(hanSchema, hanSchema), {}),
});

/**
 * `data/honorifics/titles.yaml`: titles said after a surname (先生, 女士, 总, 经理…). A locale's
 * own form of a title, where the derived one is wrong, is in its folder (`src/locales/<tag>/locale.yaml`).
 */
export const titlesFileSchema = z.strictObject({
  titles: z
    .array(
      z.strictObject({
        id: hanSchema.check(z.maxLength(3)),
        bare: z.optional(hanSchema),
        note: z.optional(z.string()),
        sources: z.array(sourceSchema),
      }),
    ).check(z.minLength(1)),
});

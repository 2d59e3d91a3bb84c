import { z } from 'zod';
import { sourceSchema } from './common.js';

const HAN = /^\p{Script=Han}+$/u;
const hanSchema = z.string().regex(HAN, { error: 'must be Chinese characters only' });

/** `data/honorifics/surnames.yaml`: the surname lists parseName() and honorific() use. */
export const surnamesFileSchema = z.strictObject({
  sources: z.array(sourceSchema).min(1),
  single: z.array(hanSchema.max(4, { error: 'at most four surnames to a line' })).min(1),
  additional: z.array(hanSchema.length(1, { error: 'a single-character surname' })).default([]),
  compound: z
    .array(
      z.strictObject({
        surname: hanSchema.length(2, { error: 'a compound surname has two characters' }),
        ambiguous: z.boolean().optional(),
      }),
    )
    .min(1),
  traditional: z.record(hanSchema, hanSchema).default({}),
});

/**
 * `data/honorifics/titles.yaml`: titles said after a surname (先生, 女士, 总, 经理…). A locale's
 * own form of a title, where the derived one is wrong, is in its folder (`src/locales/<tag>/locale.yaml`).
 */
export const titlesFileSchema = z.strictObject({
  titles: z
    .array(
      z.strictObject({
        id: hanSchema.max(3),
        bare: hanSchema.optional(),
        note: z.string().optional(),
        sources: z.array(sourceSchema),
      }),
    )
    .min(1),
});

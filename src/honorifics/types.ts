import type { Gender, Locale } from '../vocab/index.js';

/** A customer's gender as far as the agent knows it. */
export type { Gender } from '../vocab/index.js';

/** What an app knows about the customer to address them. */
export interface Customer {
  /** Surname, e.g. 王 or 欧阳 (either script). */
  surname?: string | undefined;
  /** Full name, e.g. 欧阳娜娜; the surname is derived from it when `surname` is absent. */
  fullName?: string | undefined;
  gender?: Gender | undefined;
  /** A professional title such as 总, 经理, 老师, 医生 (replaces 先生/女士). */
  title?: string | undefined;
}

/** The value of a `{customer}` placeholder: a ready-made address (王女士) or a customer to address. */
export type CustomerValue = string | Customer;

/** Options of {@link honorific} (also accepted by `fill` and `say`). */
export interface HonorificOptions {
  /** Output locale: the script of the address and the regional convention. Default `zh-CN`. */
  locale?: Locale | undefined;
  /**
   * The title for women: default `女士` for zh-CN and `小姐` for zh-TW / zh-HK. On the mainland
   * a bare 小姐 (without a surname) is never said: it becomes 女士.
   */
  femaleTitle?: '女士' | '小姐' | undefined;
  /**
   * Gender unknown: `'both'` (default) says 王先生/女士 as the sources write it, `'you'` says 您;
   * any other string is used after the surname as it is.
   */
  unknownGender?: 'both' | 'you' | (string & {}) | undefined;
  /** No surname: `'title'` (default) says 先生 / 女士 / 先生/女士 by gender, `'you'` says 您. */
  noSurname?: 'title' | 'you' | undefined;
  /**
   * The least confidence in a surname derived from `fullName` (see `parseName`) that is used:
   * below it the customer is addressed as one without a surname (`noSurname`). Default
   * `'medium'`: a guess (`low`, e.g. an unlisted first character) is not said to the customer.
   */
  minConfidence?: 'high' | 'medium' | 'low' | undefined;
}

/** A customer's gender as far as the agent knows it. */
export type Gender = 'female' | 'male' | 'unknown';

/** What an app knows about the customer to address them. */
export interface Customer {
  /** Surname, e.g. 王 or 欧阳. */
  surname?: string | undefined;
  /** Full name, e.g. 欧阳娜娜; the surname is derived from it when `surname` is absent. */
  fullName?: string | undefined;
  gender?: Gender | undefined;
  /** A professional title such as 总, 经理, 老师, 医生. */
  title?: string | undefined;
}

/** The value of a `{customer}` placeholder: a ready-made address (王女士) or a customer to address. */
export type CustomerValue = string | Customer;

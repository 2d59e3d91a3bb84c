import type { DateInput } from '../calendar/index.js';
import type { LocalizedText } from '../catalogue/index.js';
import type { Channel, DerivedLocale, Locale } from '../vocab/index.js';
import type { GreetingOccasion, GreetingWording } from '../schema/index.js';
import type { GreetingRegion, GreetingSource } from '../vocab/index.js';
import type { TemplatePart } from '../template/index.js';

export type { GreetingRegion, GreetingSource } from '../vocab/index.js';

/** A festival's or holiday period's wish in every locale; `null` salutation means "no festive wish". */
export interface GreetingWish {
  readonly salutation: LocalizedText | null;
  /** Only for customers of these regions. */
  readonly regions?: readonly GreetingRegion[] | undefined;
  /** Only for a customer known to be of this gender. */
  readonly gender?: 'female' | 'male' | undefined;
}

/**
 * A greeting template in every locale, parsed (at build time for the built-in data, when a
 * greeter is made for a team's wording): literal text and `{name}` placeholders, so that greet
 * fills it without a parser.
 */
export type LocalizedTemplate = Readonly<Record<Locale, readonly TemplatePart[]>>;

/** The greeting data as compiled at build time (every text in every locale, templates parsed). */
export interface CompiledGreetings {
  /** Salutation sources, highest first. */
  readonly precedence: readonly GreetingSource[];
  /** Time-of-day slots; `from` in minutes after local midnight, ascending. */
  readonly slots: ReadonlyArray<{ readonly id: string; readonly from: number; readonly salutation: LocalizedText }>;
  readonly birthday: LocalizedText;
  /** The wish for holiday periods without an entry in `holidays`. */
  readonly holidayDefault: LocalizedText;
  /** Wishes for statutory holiday periods, by holiday id. */
  readonly holidays: Readonly<Record<string, GreetingWish>>;
  /** Wishes for a festival's own day, by festival id. */
  readonly festivals: Readonly<Record<string, GreetingWish>>;
  /** Wishes on the last working day before a break (`before`) and the first after it (`after`), by statutory holiday id. */
  readonly breaks: Readonly<Record<string, { readonly before: LocalizedText | null; readonly after: LocalizedText | null }>>;
  /** Each channel's opening line, without and with `{brand}` (parsed). */
  readonly channels: Readonly<Record<Channel, { readonly body: LocalizedText; readonly withBrand: LocalizedTemplate }>>;
  readonly defaultChannel: Channel;
  /** `{wish}！` and `{customer}，{wish}！` (parsed). */
  readonly salutation: { readonly plain: LocalizedTemplate; readonly withCustomer: LocalizedTemplate };
}

/** Options of {@link greet}. */
export interface GreetOptions {
  /**
   * The instant of the greeting: a `Date`, epoch ms, or an ISO string (one without an offset is
   * a wall-clock time in `timeZone`). Default: now.
   */
  at?: DateInput | undefined;
  /** The customer's IANA time zone: dates and the time of day are theirs. Default `Asia/Shanghai`. */
  timeZone?: string | undefined;
  /** Output locale. Default `zh-CN`. */
  locale?: Locale | undefined;
  /** The channel whose opening line follows the salutation. Default `phone`. */
  channel?: Channel | undefined;
  /**
   * How to address the customer: `'王女士'`, `'欧阳先生'`. Address a customer record with
   * `honorific()` from huashu/honorifics (`honorific({ fullName: '欧阳娜娜', gender: 'female' }, { locale })`),
   * or greet through a phrasebook, whose `greet` takes customer objects. Default: no address.
   */
  customer?: string | undefined;
  /**
   * The customer's gender, when known: some wishes are for one gender only (妇女节). Default:
   * read from the address's title (女士/小姐/太太 → female, 先生 → male), otherwise unknown.
   */
  gender?: 'female' | 'male' | 'unknown' | undefined;
  /** The customer's birthday: `'MM-DD'`, `'YYYY-MM-DD'`, or a `Date` (its day in `timeZone`). */
  birthday?: string | Date | undefined;
  /**
   * Where the customer lives: statutory holiday periods (mainland days off) apply to `CN` only;
   * festivals to every region unless the data says otherwise. Default `CN`.
   */
  region?: GreetingRegion | undefined;
  /** The brand named in the opening line (`{brand}很高兴为您服务`). Default: none. */
  brand?: string | undefined;
}

/** Why a salutation was chosen. */
export interface GreetingReason {
  /**
   * `birthday`, `festival` (a festival's own day, or a team's occasion), `holiday-period`,
   * `before-break` (the last working day before a break), `after-break` (the first after) or `time-of-day`.
   */
  readonly kind: 'birthday' | 'festival' | 'holiday-period' | 'before-break' | 'after-break' | 'time-of-day';
  /** The festival, occasion or statutory holiday, for `festival`, `holiday-period` and the break kinds. */
  readonly holiday?: { readonly id: string; readonly name: string } | undefined;
  /** The time-of-day slot id (`morning`, `forenoon`, `noon`, `afternoon`, `evening`), for `time-of-day`. */
  readonly slot?: string | undefined;
}

/** A greeting: the salutation (with the customer addressed) and the channel's opening line. */
export interface Greeting {
  /** `salutation` followed by `body`: `王女士，新年好！很高兴为您服务，请说。` */
  readonly text: string;
  /** `王女士，新年好！` */
  readonly salutation: string;
  /** The channel's opening line: `很高兴为您服务，请说。` */
  readonly body: string;
  /** The wish alone: `新年好`. */
  readonly wish: string;
  readonly reason: GreetingReason;
}

/** Options of {@link createGreeter}: a team's occasions and wording changes. */
export interface GreeterOptions {
  /** Occasions on fixed dates (`{ id: 'double-eleven', name: '双十一', date: '11-11', salutation: '双十一快乐' }`). */
  occasions?: readonly GreetingOccasion[] | undefined;
  /** Wording changes: slots, birthday, festivals, holidays, holidayDefault, breaks, channels. */
  wording?: GreetingWording | undefined;
  /** Derives traditional text for wording given only in simplified Chinese (e.g. opencc-js). */
  convert?: ((text: string, locale: DerivedLocale) => string) | undefined;
}

/** A greet function bound to a team's occasions and wording. */
export type Greeter = (options?: GreetOptions) => Greeting;

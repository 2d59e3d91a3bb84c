import { festivalsOn, statutoryOn } from '../calendar/holidays.js';
import { checkRange } from '../calendar/lunar.js';
import { dayNumber, zonedDateTime } from '../calendar/time.js';
import type { LocalizedText } from '../catalogue/types.js';
import { HuashuError } from '../errors/huashu-error.js';
import { greetingsData } from '../generated/greetings.js';
import type { Locale } from '../schema/common.js';
import type { CompiledGreetings, GreetingRegion, GreetingReason, GreetingWish, Greeting, GreetOptions } from './types.js';

/** A team's occasion, compiled: its wish in every locale (`''` where no text was given). */
export interface CompiledOccasion {
  readonly id: string;
  readonly name: string;
  /** `MM-DD`. */
  readonly date: string;
  readonly salutation: LocalizedText;
}

const REGIONS: readonly string[] = ['CN', 'HK', 'MO', 'TW', 'other'] satisfies readonly GreetingRegion[];
const BIRTHDAY = /^(?:\d{4}-)?((?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))$/;

function text(value: LocalizedText, locale: Locale, what: string): string {
  const out = value[locale];
  if (out === '') throw new HuashuError('MISSING_TRANSLATION', `Greeting ${what} has no ${locale} text: give it per locale ({ 'zh-CN': …, '${locale}': … }) or pass convert`);
  return out;
}

function monthDay(value: string | Date, timeZone: string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new HuashuError('INVALID_DATE', 'birthday is an invalid Date');
    return zonedDateTime(value, timeZone).date.slice(5);
  }
  const match = BIRTHDAY.exec(value);
  if (match === null) throw new HuashuError('INVALID_ARGUMENT', `birthday must be "MM-DD", "YYYY-MM-DD" or a Date (got ${JSON.stringify(value)})`);
  return match[1]!;
}

/** The customer's gender: given, or read from the address's title (女士/小姐/太太, 先生). */
function genderOf(options: GreetOptions): 'female' | 'male' | undefined {
  const { gender, customer } = options;
  if (gender === 'female' || gender === 'male') return gender;
  if (gender !== undefined && gender !== 'unknown') throw new HuashuError('INVALID_ARGUMENT', `greet: gender must be "female", "male" or "unknown" (got ${JSON.stringify(gender)})`);
  // 王先生/女士 (gender unknown) names both titles: neither.
  if (customer === undefined || customer.includes('/')) return undefined;
  return /(?:女士|小姐|太太)$/.test(customer) ? 'female' : /先生$/.test(customer) ? 'male' : undefined;
}

/**
 * Fills `{customer}`, `{wish}` and `{brand}` into a greeting template (`{{` and `}}` are literal
 * braces). Templates are checked when they are made (the data build, createGreeter), so every
 * placeholder here is one of `vars`.
 */
function render(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{|\}\}|\{(\w+)\}/g, (match, name?: string) => (name === undefined ? match[0]! : (vars[name] ?? match)));
}

function applies(wish: GreetingWish | undefined, options: GreetOptions, region: string): wish is GreetingWish & { salutation: LocalizedText } {
  if (wish === undefined || wish.salutation === null) return false;
  if (wish.regions !== undefined && !wish.regions.includes(region as never)) return false;
  return wish.gender === undefined || wish.gender === genderOf(options);
}

/** Greets with the given data and occasions (the engine behind {@link greet} and createGreeter). */
export function greetWith(data: CompiledGreetings, occasions: readonly CompiledOccasion[], options: GreetOptions): Greeting {
  const at = options.at ?? Date.now();
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const locale = options.locale ?? 'zh-CN';
  const channel = options.channel ?? data.defaultChannel;
  const region = options.region ?? 'CN';
  if (!(locale in data.salutation.plain)) throw new HuashuError('INVALID_ARGUMENT', `greet: unknown locale ${JSON.stringify(locale)} (zh-CN, zh-TW or zh-HK)`);
  if (!REGIONS.includes(region)) throw new HuashuError('INVALID_ARGUMENT', `greet: unknown region ${JSON.stringify(region)} (${REGIONS.join(', ')})`);
  const local = zonedDateTime(at, timeZone);
  const { year, month, day } = local;
  const md = local.date.slice(5);
  const dn = dayNumber(year, month, day);
  checkRange(dn, local.date);
  let wish: LocalizedText | undefined;
  let reason: GreetingReason | undefined;

  for (const source of data.precedence) {
    if (source === 'birthday' && options.birthday !== undefined) {
      const key = monthDay(options.birthday, timeZone);
      const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
      if (key === md || (key === '02-29' && md === '02-28' && !leap)) {
        wish = data.birthday;
        reason = { kind: 'birthday' };
      }
    } else if (source === 'occasion') {
      const occasion = occasions.find((o) => o.date === md);
      if (occasion !== undefined) {
        wish = occasion.salutation;
        reason = { kind: 'festival', holiday: { id: occasion.id, name: occasion.name } };
      }
    } else if (source === 'festival') {
      for (const festival of festivalsOn(dn, year, month, day)) {
        const entry = data.festivals[festival.id];
        if (applies(entry, options, region)) {
          wish = entry.salutation;
          reason = { kind: 'festival', holiday: { id: festival.id, name: festival.name } };
          break;
        }
      }
    } else if (source === 'holiday-period' && region === 'CN') {
      const statutory = statutoryOn(dn, year, month, day);
      // A 调休 working day (off: false) is an ordinary day.
      if (statutory !== null && statutory.off) {
        const entry = data.holidays[statutory.id] ?? { salutation: data.holidayDefault };
        if (applies(entry, options, region)) {
          wish = entry.salutation;
          reason = { kind: 'holiday-period', holiday: { id: statutory.id, name: statutory.name } };
        }
      }
    } else if (source === 'time-of-day') {
      const minute = local.hour * 60 + local.minute;
      let slot = data.slots[data.slots.length - 1]!;
      for (const s of data.slots) if (s.from <= minute) slot = s;
      wish = slot.salutation;
      reason = { kind: 'time-of-day', slot: slot.id };
    }
    if (reason !== undefined) break;
  }
  if (wish === undefined || reason === undefined) {
    // Only reachable with data whose precedence leaves out time-of-day.
    const slot = data.slots[0]!;
    wish = slot.salutation;
    reason = { kind: 'time-of-day', slot: slot.id };
  }

  const wishText = text(wish, locale, `wish "${reason.holiday?.id ?? reason.slot ?? reason.kind}"`);
  const customer = options.customer;
  if (customer !== undefined && typeof customer !== 'string') {
    throw new HuashuError('INVALID_ARGUMENT', 'greet: customer is the address to use ("王女士"): address a customer record with honorific() from huashu/honorifics first, or greet through a phrasebook, which takes customer objects');
  }
  const salutation =
    customer === undefined || customer === ''
      ? render(text(data.salutation.plain, locale, 'salutation'), { wish: wishText })
      : render(text(data.salutation.withCustomer, locale, 'salutation'), { customer, wish: wishText });
  const wording = data.channels[channel];
  if (wording === undefined) throw new HuashuError('INVALID_ARGUMENT', `greet: unknown channel ${JSON.stringify(channel)}`);
  const brand = options.brand;
  const body = brand === undefined || brand === '' ? text(wording.body, locale, `${channel} body`) : render(text(wording.withBrand, locale, `${channel} body`), { brand });
  return { text: salutation + body, salutation, body, wish: wishText, reason };
}

/**
 * Greets a customer: the salutation the calendar calls for in their time zone, with the
 * customer addressed, and the channel's opening line. Precedence and wording are data
 * (data/greetings/greetings.yaml): a birthday, then a festival's own wish on its day (中秋快乐),
 * then a statutory holiday period (新年好 for 元旦 and 春节, otherwise 节日好), then the time of
 * day (早上好 05:00, 上午好 09:00, 中午好 11:30, 下午好 13:30, 晚上好 18:00). 清明 and 调休 working
 * days get the ordinary time-of-day greeting.
 *
 * @param options - the instant, the customer's time zone, locale, channel, customer, birthday, region, brand
 * @returns the text, its salutation and body, the wish, and why it was chosen
 * @throws HuashuError `INVALID_DATE` for an invalid instant, `UNKNOWN_TIME_ZONE`, `DATE_OUT_OF_RANGE`
 *   outside 1900-01-31 … 2100-12-31, `INVALID_ARGUMENT` for a bad birthday
 * @example
 * ```ts
 * greet({ at: '2026-02-16T16:30:00Z', customer: '王女士' }).text;
 * //=> '王女士，新年好！很高兴为您服务，请说。'
 * greet({ at: '2026-03-02T01:00:00Z', channel: 'chat' }).text; //=> '上午好！有什么可以帮到您？'
 * greet({ at: '2026-04-05T02:00:00Z' }).reason; //=> { kind: 'time-of-day', slot: 'forenoon' }
 * ```
 */
export function greet(options: GreetOptions = {}): Greeting {
  return greetWith(greetingsData, [], options);
}

import { breakNext, civilOfDay, DAY_MS, dateOf, DEFAULT_TIME_ZONE, dayFacts, dayNumber, HOLIDAY_IDS, isoOfDay, shown, statutoryName, wallClock } from '../calendar/internal.js';
import type { LocalizedText } from '../catalogue/index.js';
import { HuashuError } from '../errors/index.js';
import { localeOf } from '../locales/index.js';
import { fillParts, type TemplatePart } from '../template/internal.js';
import { greetingsData } from '../generated/greetings.js';
import { GREETING_REGIONS, type Locale } from '../vocab/index.js';
import type { CompiledGreetings, GreetingRegion, GreetingReason, GreetingWish, Greeting, GreetOptions } from './types.js';

/** A team's occasion, compiled: its wish in every locale (`''` where no text was given). */
export interface CompiledOccasion {
  readonly id: string;
  readonly name: string;
  /** `MM-DD`. */
  readonly date: string;
  readonly salutation: LocalizedText;
}

const REGIONS: readonly string[] = GREETING_REGIONS;
const BIRTHDAY = /^(?:\d{4}-)?((?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))$/;

/** Reads a text or parsed template in a locale (createGreeter's reader also refuses a missing translation). */
export type ReadText = <T extends string | readonly TemplatePart[]>(value: Readonly<Record<Locale, T>>, locale: Locale) => T;

const bad = (what: string, value: unknown, why = ''): HuashuError => new HuashuError('INVALID_ARGUMENT', `greet: unknown ${what} ${shown(value)}${why}`);

/** `MM-DD` of a birthday. */
function monthDay(value: string | Date, timeZone: string): string {
  if (value instanceof Date) return isoOfDay(Math.floor(wallClock(value, timeZone) / DAY_MS)).slice(5);
  const match = typeof value === 'string' ? BIRTHDAY.exec(value) : null;
  // a day the month has (02-29 in any year when no year is given; 02-31 never)
  const [y = 2000, m = 0, d = 0] = match === null ? [] : (value.length > 5 ? value : `2000-${value}`).split('-').map(Number);
  if (match === null || civilOfDay(dayNumber(y, m, d))[2] !== d) throw new HuashuError('INVALID_ARGUMENT', `birthday must be a real day "MM-DD", "YYYY-MM-DD" or a Date (got ${shown(value)})`);
  return match[1]!;
}

/** The customer's gender: given, or read from the address's title (女士/小姐/太太, 先生). */
function genderOf({ gender, customer }: GreetOptions): string | undefined {
  if (gender !== undefined && gender !== 'unknown') {
    if (gender !== 'female' && gender !== 'male') throw bad('gender', gender, ' (female, male or unknown)');
    return gender;
  }
  // 王先生/女士 (gender unknown) names both titles: neither.
  return customer === undefined || customer.includes('/') ? undefined : /(?:女士|小姐|太太)$/.test(customer) ? 'female' : /先生$/.test(customer) ? 'male' : undefined;
}

/** Whether a festival's or holiday's wish is for this customer. */
function applies(wish: GreetingWish | undefined, region: string, options: GreetOptions): wish is GreetingWish & { salutation: LocalizedText } {
  return wish !== undefined && wish.salutation !== null && (wish.regions === undefined || wish.regions.includes(region as GreetingRegion)) && (wish.gender === undefined || wish.gender === genderOf(options));
}

/** The wish {@link choose} chose, read right after it returns (a tuple would be allocated per call). */
let chosen: LocalizedText;

/**
 * Why, with the wish in `chosen`: the first source in the data's precedence that has one for
 * this day. The calendar's facts of the day are computed once a day (dayFacts), so a call reads
 * the clock and the data.
 */
function choose(data: CompiledGreetings, occasions: readonly CompiledOccasion[], options: GreetOptions, timeZone: string, region: string): GreetingReason {
  const wall = wallClock(options.at ?? Date.now(), timeZone);
  const dn = Math.floor(wall / DAY_MS);
  const facts = dayFacts(dn);
  const slots = data.slots;
  for (const source of data.precedence) {
    if (source === 'birthday') {
      if (options.birthday === undefined) continue;
      const key = monthDay(options.birthday, timeZone);
      const md = dateOf(facts).slice(5);
      // 02-29 birthdays are greeted on 02-28 in common years.
      if (key === md || (key === '02-29' && md === '02-28' && dayNumber(facts.year, 3, 1) - dn === 1)) return ((chosen = data.birthday), { kind: 'birthday' });
    } else if (source === 'occasion') {
      if (occasions.length === 0) continue;
      const md = dateOf(facts).slice(5);
      const o = occasions.find((x) => x.date === md);
      if (o !== undefined) return ((chosen = o.salutation), { kind: 'festival', holiday: { id: o.id, name: o.name } });
    } else if (source === 'festival') {
      for (const festival of facts.festivals) {
        const entry = data.festivals[festival.id];
        if (applies(entry, region, options)) return ((chosen = entry.salutation), { kind: 'festival', holiday: { id: festival.id, name: festival.name } });
      }
    } else if (source === 'holiday-period') {
      // Mainland days off only; a 调休 working day (off: false) is an ordinary day.
      const statutory = region === 'CN' ? facts.statutory : null;
      const entry = statutory?.off === true ? (data.holidays[statutory.id] ?? { salutation: data.holidayDefault }) : undefined;
      if (applies(entry, region, options)) return ((chosen = entry.salutation), { kind: 'holiday-period', holiday: { id: statutory!.id, name: statutory!.name } });
    } else if (source === 'around-break') {
      // the last working day before a break, then the first after one (mainland customers)
      if (region !== 'CN' || !facts.workday) continue;
      // (no break is -1: an array read at a negative index is a slow property lookup)
      const next = breakNext(facts, 1);
      const before = next < 0 ? undefined : HOLIDAY_IDS[next];
      const wish = before === undefined ? null : data.breaks[before]?.before;
      if (wish) return ((chosen = wish), { kind: 'before-break', holiday: { id: before!, name: statutoryName(before!) } });
      const previous = breakNext(facts, -1);
      const after = previous < 0 ? undefined : HOLIDAY_IDS[previous];
      const again = after === undefined ? null : data.breaks[after]?.after;
      if (again) return ((chosen = again), { kind: 'after-break', holiday: { id: after!, name: statutoryName(after!) } });
    } else {
      const minute = Math.floor((wall - dn * DAY_MS) / 60_000);
      let slot = slots[slots.length - 1]!;
      for (const s of slots) if (s.from <= minute) slot = s;
      return ((chosen = slot.salutation), { kind: 'time-of-day', slot: slot.id });
    }
  }
  // Only reachable with data whose precedence leaves out time-of-day.
  return ((chosen = slots[0]!.salutation), { kind: 'time-of-day', slot: slots[0]!.id });
}

/** Greets with the given data and occasions (the engine behind {@link greet} and createGreeter). */
export function greetWith(data: CompiledGreetings, occasions: readonly CompiledOccasion[], options: GreetOptions, text: ReadText = (value, locale) => value[locale]): Greeting {
  if (typeof options !== 'object' || options === null) throw new HuashuError('INVALID_ARGUMENT', `greet: options must be an object (got ${shown(options)})`);
  const { channel = data.defaultChannel, region = 'CN', customer, brand } = options;
  const locale = localeOf(options.locale);
  // own properties only: "constructor" is no channel
  const wording = typeof channel === 'string' && Object.hasOwn(data.channels, channel) ? data.channels[channel] : undefined;
  if (!REGIONS.includes(region)) throw bad('region', region, ` (${REGIONS.join(', ')})`);
  if (wording === undefined) throw bad('channel', channel);
  // A record ({ surname, gender }) is addressed with honorific() or through a phrasebook.
  if (customer !== undefined && typeof customer !== 'string') throw new HuashuError('INVALID_ARGUMENT', `greet: customer ${shown(customer)} is not an address: pass the text (王女士) honorific() makes`);
  const reason = choose(data, occasions, options, options.timeZone ?? DEFAULT_TIME_ZONE, region);
  const wish = text(chosen, locale);
  // Templates are parsed and checked where they are made (the data build, createGreeter): every
  // placeholder is one of the values given here ({customer} only when there is a customer).
  const salutation = fillParts(text(customer ? data.salutation.withCustomer : data.salutation.plain, locale), { customer, wish });
  const body = brand ? fillParts(text(wording.withBrand, locale), { brand }) : text(wording.body, locale);
  return { text: salutation + body, salutation, body, wish, reason };
}

/**
 * Greets a customer: the salutation the calendar calls for in their time zone, with the
 * customer addressed, and the channel's opening line. Precedence and wording are data
 * (data/greetings/greetings.yaml): a birthday, then a festival's own wish on its day (中秋快乐),
 * then a statutory holiday period (新年好 for 元旦 and 春节, otherwise 节日好), then the working day
 * next to a break (提前祝您新春快乐 on the last before 春节, 新年好 on the first after), then the
 * time of day (早上好 05:00, 上午好 09:00, 中午好 11:30, 下午好 13:30, 晚上好 18:00). 清明 and
 * other 调休 working days get the ordinary time-of-day greeting. Years without a published
 * notice use the provisional schedule; a schedule added with `addHolidaySchedule` wins.
 *
 * The customer is addressed by the text given (`'王女士'`): make it from a customer record with
 * `honorific()` in the same locale, or greet through a phrasebook, whose `greet` takes records.
 *
 * @param options - the instant, the customer's time zone, locale, channel, the customer's address
 *   and gender, birthday, region, brand
 * @returns the text, its salutation and body, the wish, and why it was chosen
 * @throws HuashuError `INVALID_DATE` for an invalid instant, `UNKNOWN_TIME_ZONE`, `DATE_OUT_OF_RANGE`
 *   outside 1900-01-31 … 2100-12-31, `INVALID_ARGUMENT` for a bad birthday, an unknown locale,
 *   region, channel or gender, or a customer that is not text
 * @example
 * ```ts
 * greet({ at: '2026-02-16T16:30:00Z', customer: '王女士' }).text;
 * //=> '王女士，新年好！很高兴为您服务，请说。'
 * greet({ at: '2026-03-02T01:00:00Z', channel: 'chat' }).text; //=> '上午好！有什么可以帮到您？'
 * greet({ at: '2026-04-05T02:00:00Z' }).reason; //=> { kind: 'time-of-day', slot: 'forenoon' }
 * greet({ at: '2026-02-14T02:00:00Z' }).wish; //=> '提前祝您新春快乐'
 * greet({ at: '2026-03-08T02:00:00Z', customer: '李经理', gender: 'female' }).salutation; //=> '李经理，节日快乐！'
 * ```
 */
export function greet(options: GreetOptions = {}): Greeting {
  return greetWith(greetingsData, [], options);
}

import type { LocalizedText } from '../catalogue/index.js';
import { HuashuError } from '../errors/index.js';
import { localizeText } from '../locales/index.js';
import { greetingsData } from '../generated/greetings.js';
import { LOCALES, type Channel } from '../vocab/index.js';
import type { GreetingText, GreetingWording } from '../schema/index.js';
import { parseTemplate, templateProblem, templateText } from '../template/internal.js';
import { greetWith, type CompiledOccasion, type ReadText } from './greet.js';
import type { CompiledGreetings, Greeter, GreeterOptions, GreetingWish, LocalizedTemplate } from './types.js';

/** Checks that a channel's wording fills only what greet fills there ({brand} in withBrand, nothing in body). */
function checkWording(channel: string, key: 'body' | 'withBrand', value: LocalizedText): LocalizedText {
  for (const text of Object.values(value)) {
    const problem = text === '' ? undefined : templateProblem(text, key === 'body' ? [] : ['brand']);
    if (problem !== undefined) throw new HuashuError('INVALID_TEMPLATE', `createGreeter: wording.channels.${channel}.${key} "${text}": ${problem}`);
  }
  return value;
}

/** A checked template in every locale, parsed once here so that greet fills it without a parser (`[]` where no text was given). */
const parsed = (value: LocalizedText): LocalizedTemplate =>
  (Object.fromEntries(LOCALES.map((locale) => [locale, parseTemplate(value[locale])])) as Record<string, LocalizedTemplate[keyof LocalizedTemplate]>) as LocalizedTemplate;

/** A text or template in a locale; a team's wording may lack a traditional text (no convert given). */
const text: ReadText = (value, locale) => {
  const out = value[locale];
  if (out.length === 0) {
    const cn = value['zh-CN'];
    throw new HuashuError('MISSING_TRANSLATION', `Greeting "${typeof cn === 'string' ? cn : templateText(cn)}" has no ${locale} text: give it per locale or pass convert`);
  }
  return out;
};

const MM_DD = /^(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
/** `MM-DD` is a day some year has (02-29 yes, 02-30 and 04-31 no). */
const realMonthDay = (md: string): boolean => Number(md.slice(3)) <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Number(md.slice(0, 2)) - 1]!;

/**
 * Creates a greet function with a team's own occasions (a company anniversary, 双十一 on 11-11)
 * and wording changes over the built-in data. Occasions rank below a birthday and above the
 * built-in festivals; a `null` wish for a festival or holiday removes its festive wish.
 * Packs give the same in their `greetings` section (createPhrasebook merges them).
 *
 * @param options - occasions, wording, and a converter for traditional text
 * @returns a function taking the same options as {@link greet}
 * @throws HuashuError `INVALID_ARGUMENT` for an occasion without an id, name or `MM-DD` date
 * @example
 * ```ts
 * const greetAcme = createGreeter({
 *   occasions: [{ id: 'double-eleven', name: '双十一', date: '11-11', salutation: '双十一快乐' }],
 *   wording: { festivals: { 'mid-autumn': '中秋节快乐' } },
 * });
 * greetAcme({ at: '2026-11-11T02:00:00Z' }).text; //=> '双十一快乐！很高兴为您服务，请说。'
 * greetAcme({ at: '2026-09-25T02:00:00Z' }).wish; //=> '中秋节快乐'
 * ```
 */
export function createGreeter(options: GreeterOptions = {}): Greeter {
  const localize = (value: GreetingText): LocalizedText =>
    typeof value === 'string' ? localizeText(value, undefined, options.convert) : localizeText(value['zh-CN'], value, options.convert);
  const wishes = (base: CompiledGreetings['festivals'], changes: Readonly<Record<string, GreetingText | null>> | undefined) => {
    const out: Record<string, GreetingWish> = { ...base };
    for (const [id, value] of Object.entries(changes ?? {})) out[id] = { ...base[id], salutation: value === null ? null : localize(value) };
    return out;
  };
  const breaks = (base: CompiledGreetings['breaks'], changes: GreetingWording['breaks']) => {
    const out: Record<string, { before: LocalizedText | null; after: LocalizedText | null }> = { ...base };
    for (const [id, change] of Object.entries(changes ?? {})) {
      const old = base[id] ?? { before: null, after: null };
      const pick = (v: GreetingText | null | undefined, was: LocalizedText | null) => (v === undefined ? was : v === null ? null : localize(v));
      out[id] = { before: pick(change.before, old.before), after: pick(change.after, old.after) };
    }
    return out;
  };
  const wording = options.wording ?? {};
  const base = greetingsData;
  const slotIds = new Set(base.slots.map((s) => s.id));
  for (const id of Object.keys(wording.slots ?? {})) {
    if (!slotIds.has(id)) throw new HuashuError('INVALID_ARGUMENT', `createGreeter: unknown time-of-day slot "${id}" (slots: ${[...slotIds].join(', ')})`);
  }
  const channels = { ...base.channels };
  for (const [channel, change] of Object.entries(wording.channels ?? {}) as Array<[Channel, { body?: GreetingText; withBrand?: GreetingText } | undefined]>) {
    const old = channels[channel];
    if (old === undefined || change === undefined) continue;
    channels[channel] = {
      body: change.body === undefined ? old.body : checkWording(channel, 'body', localize(change.body)),
      withBrand: change.withBrand === undefined ? old.withBrand : parsed(checkWording(channel, 'withBrand', localize(change.withBrand))),
    };
  }
  const data: CompiledGreetings = {
    ...base,
    slots: base.slots.map((s) => {
      const change = wording.slots?.[s.id];
      return change === undefined ? s : { ...s, salutation: localize(change) };
    }),
    birthday: wording.birthday === undefined ? base.birthday : localize(wording.birthday),
    holidayDefault: wording.holidayDefault === undefined ? base.holidayDefault : localize(wording.holidayDefault),
    holidays: wishes(base.holidays, wording.holidays),
    breaks: breaks(base.breaks, wording.breaks),
    festivals: wishes(base.festivals, wording.festivals),
    channels,
  };
  const occasions: CompiledOccasion[] = [];
  for (const o of options.occasions ?? []) {
    if (typeof o.id !== 'string' || o.id === '' || typeof o.name !== 'string' || o.name === '' || typeof o.date !== 'string' || !MM_DD.test(o.date) || !realMonthDay(o.date)) {
      throw new HuashuError('INVALID_ARGUMENT', `createGreeter: an occasion needs an id, a name and a date "MM-DD" (got ${JSON.stringify(o)})`);
    }
    const i = occasions.findIndex((p) => p.id === o.id);
    const compiled = { id: o.id, name: o.name, date: o.date, salutation: localize(o.salutation) };
    if (i === -1) occasions.push(compiled);
    else occasions[i] = compiled;
  }
  return (greetOptions = {}) => greetWith(data, occasions, greetOptions, text);
}

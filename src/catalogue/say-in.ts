import { createLru } from '../cache/index.js';
import type { FillOptions } from '../honorifics/index.js';
import { fillIn } from '../honorifics/internal.js';
import { LOCALE_DEFINITIONS, localeOf } from '../locales/index.js';
import type { Channel, Locale } from '../vocab/index.js';
import { UnknownPhraseError } from './errors.js';
import { phrasesForChannel } from './phrases.js';
import type { CompiledPhrase, CompiledScenario } from './types.js';
import { RISING_TONE, stripTone } from '../vocab/index.js';

/** Options of `say`. Fill options (locale, honorifics…) pass through to `fill`. */
export interface SayOptions extends FillOptions {
  /** The channel the phrase is for; picks the first phrase suited to it. */
  channel?: Channel | undefined;
  /** A specific phrase id of the scenario (default: the first suited to the channel). */
  phrase?: string | undefined;
  /** Keep `↑` rising-tone marks (for SSML or training material). Default: strip them. */
  toneMarks?: 'strip' | 'keep' | undefined;
}

/**
 * Renders a phrase of a compiled scenario with the variable defaults of its packs: shared by
 * `say`, the CLI and the phrasebook.
 */
export function sayIn(
  scenario: CompiledScenario,
  vars: Readonly<Record<string, unknown>>,
  options: SayOptions = {},
  defaults: Readonly<Record<string, unknown>> = {},
): string {
  const candidates = phrasesForChannel(scenario, options.channel);
  const phrase = options.phrase === undefined ? candidates[0] : candidates.find((p) => p.id === options.phrase);
  if (phrase === undefined) {
    throw new UnknownPhraseError(scenario.id, {
      phraseId: options.phrase,
      channel: options.channel,
      known: scenario.phrases.map((p) => `${p.id} (${p.channels.join('/')})`),
    });
  }
  const locale = localeOf(options.locale);
  const raw = phrase.texts[locale];
  const template = options.toneMarks === 'keep' ? raw : withoutToneMarks(raw);
  // The pack's defaults are looked up after vars, not merged into a new object on every call.
  return fillIn(template, withUnits(phrase, vars, locale), defaults, options.locale === locale ? options : { ...options, locale }, `${scenario.id}#${phrase.id}`);
}

/** The variables with each bare number of a variable declaring a unit said with it (3 → 3小时). */
function withUnits(phrase: CompiledPhrase, vars: Readonly<Record<string, unknown>>, locale: Locale): Readonly<Record<string, unknown>> {
  const specs = phrase.variables;
  if (specs === undefined) return vars;
  let out: Record<string, unknown> | undefined;
  for (const name of Object.keys(specs)) {
    const unit = specs[name]!.unit;
    if (unit === undefined || !Object.hasOwn(vars, name)) continue;
    const value = vars[name];
    if (typeof value !== 'number') continue;
    out ??= { ...vars };
    out[name] = `${value}${LOCALE_DEFINITIONS[locale].units[unit]}`;
  }
  return out ?? vars;
}

const stripped = createLru<string, string>({ maxEntries: 2048, maxWeight: 1024 * 1024 });

/** A template without `↑` marks, cached so that fill's template cache sees the same string. */
function withoutToneMarks(raw: string): string {
  return raw.includes(RISING_TONE) ? stripped.get(raw, stripTone) : raw;
}


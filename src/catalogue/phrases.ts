import type { Channel, Locale } from '../vocab/index.js';
import type { VariableSpec } from '../schema/index.js';
import type { CompiledPhrase, CompiledScenario } from './types.js';

/** Options of `phrasesOf`. */
export interface PhraseOptions {
  /** Keep only phrases suited to this channel. */
  channel?: Channel | undefined;
  /** The locale of `text`. Default `zh-CN`. */
  locale?: Locale | undefined;
}

/** A phrase of a scenario in one locale. */
export interface LocalizedPhrase {
  /** The phrase's id within its scenario. */
  readonly id: string;
  /** `scenario-id#phrase-id`, the reference used by lint suggestions and steps. */
  readonly ref: string;
  /** The text in the requested locale, placeholders and `↑` tone marks unfilled. */
  readonly text: string;
  readonly locale: Locale;
  /** One-line English gloss. */
  readonly gloss: string;
  readonly channels: readonly Channel[];
  readonly tone: string | undefined;
  /** Declared placeholders, by name. */
  readonly variables: Readonly<Record<string, VariableSpec>>;
}

/** The phrases of a compiled scenario suited to a channel (all of them without one). */
export function phrasesForChannel(scenario: CompiledScenario, channel: Channel | undefined): readonly CompiledPhrase[] {
  return channel === undefined ? scenario.phrases : scenario.phrases.filter((p) => p.channels.includes(channel));
}

/** Localizes one compiled phrase. */
export function localize(scenario: CompiledScenario, phrase: CompiledPhrase, locale: Locale): LocalizedPhrase {
  return {
    id: phrase.id,
    ref: `${scenario.id}#${phrase.id}`,
    text: phrase.texts[locale],
    locale,
    gloss: phrase.gloss,
    channels: phrase.channels,
    tone: phrase.tone,
    variables: phrase.variables ?? {},
  };
}

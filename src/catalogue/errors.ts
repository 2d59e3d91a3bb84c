import { HuashuError } from '../errors/index.js';
import type { Locale } from '../vocab/index.js';

/** Thrown when a scenario id is not in the catalogue. */
export class UnknownScenarioError extends HuashuError {
  /** The id that was asked for. */
  readonly scenarioId: string;

  constructor(id: string, known: readonly string[]) {
    const category = id.split('.')[0];
    const near = known.filter((k) => k.split('.')[0] === category).slice(0, 5);
    super(
      'UNKNOWN_SCENARIO',
      `Unknown scenario id ${JSON.stringify(id)}${near.length > 0 ? ` (did you mean ${near.map((n) => JSON.stringify(n)).join(', ')}?)` : ''}; list them with scenarios() or \`huashu scenarios\``,
    );
    this.scenarioId = id;
  }
}

/** Thrown when a scenario has no phrase with the requested id, or none for the requested channel. */
export class UnknownPhraseError extends HuashuError {
  readonly scenarioId: string;
  /** The phrase id asked for, if one was. */
  readonly phraseId: string | undefined;
  /** The channel asked for, if one was. */
  readonly channel: string | undefined;

  constructor(scenarioId: string, reason: { phraseId?: string | undefined; channel?: string | undefined; known: readonly string[] }) {
    const what =
      reason.phraseId !== undefined
        ? `no phrase "${reason.phraseId}"${reason.channel === undefined ? '' : ` for channel "${reason.channel}"`}`
        : `no phrase for channel "${reason.channel ?? ''}"`;
    super('UNKNOWN_PHRASE', `Scenario "${scenarioId}" has ${what} (it has: ${reason.known.join(', ')})`);
    this.scenarioId = scenarioId;
    this.phraseId = reason.phraseId;
    this.channel = reason.channel;
  }
}

/** Thrown when a phrase has no text in the requested locale (a user pack without variants or converter). */
export class MissingTranslationError extends HuashuError {
  readonly ref: string;
  readonly locale: Locale;
  constructor(ref: string, locale: Locale) {
    super('MISSING_TRANSLATION', `Phrase "${ref}" has no ${locale} text: add variants.${locale} to the pack, or pass convert (and locales) to createPhrasebook`);
    this.ref = ref;
    this.locale = locale;
  }
}

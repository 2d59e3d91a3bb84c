import type { Rule, Severity } from '../schema/index.js';

/** A problem found in a text. `text.slice(start, end) === finding.text`. */
export interface Finding {
  /** The rule that matched. */
  readonly ruleId: string;
  readonly severity: Severity;
  /** UTF-16 offset of the first flagged unit in the original string. */
  readonly start: number;
  /** UTF-16 offset just after the last flagged unit. */
  readonly end: number;
  /** Exactly what was flagged: the original text between `start` and `end`. */
  readonly text: string;
  /** Why, in the requested language. */
  readonly message: string;
  /** What to say instead: scenarios of the catalogue, with their ready text when they need no value. */
  readonly suggestions: readonly Suggestion[];
  /** In a transcript, the index of the turn the finding is in. */
  readonly turn?: number;
}

/**
 * A phrase to say instead of a finding: the scenario (and phrase) a rule suggests, resolved
 * against the catalogue (the built-in one for the built-in rules, the phrasebook's for a pack's).
 * Render it with `suggestionText` (or `book.suggestionText`) and the values in `needs`.
 */
export interface Suggestion {
  /** The scenario id. */
  readonly scenario: string;
  /** The phrase id, when the rule names one (else the scenario's first phrase is meant). */
  readonly phrase?: string;
  /** The ready zh-CN text, when `needs` is empty and the catalogue holds the phrase. */
  readonly text?: string;
  /** Variables the phrase requires (no fallback, no default): pass them in `vars`. Empty when unresolved. */
  readonly needs: readonly string[];
}

/** One turn of a conversation. */
export interface Turn {
  /** Who spoke: `agent`, `customer`, or any role name your app uses. */
  readonly role: string;
  readonly text: string;
}

/** Options of a lint call. */
export interface LintOptions {
  /** Language of `message`: `zh` (default) or `en`. */
  language?: 'zh' | 'en' | undefined;
  /** Report only findings at least this severe (default `info`: all). */
  minSeverity?: Severity | undefined;
  /** For transcripts: the roles whose turns are linted (default `['agent']`). */
  roles?: readonly string[] | undefined;
  /**
   * `default`, or `strict` to also report the style notes of rules marked `profile: strict`
   * (a sentence-final 哦/嗯 softener, as info). Overrides the linter's profile.
   */
  profile?: LintProfile | undefined;
}

/** Which rules report: `default`, or `strict` (also the rules marked `profile: strict`). */
export type LintProfile = 'default' | 'strict';

/** Options of {@link createLinter}. */
export interface LinterOptions {
  /** The rule set (default: the built-in rules). */
  rules?: readonly Rule[] | undefined;
  /** Rules added to (or replacing by id) the set. */
  extend?: readonly Rule[] | undefined;
  /** Ids of rules to leave out. */
  disable?: readonly string[] | undefined;
  /** The profile of every call (default `default`); a call's `profile` option wins. */
  profile?: LintProfile | undefined;
  /**
   * Suggestions resolved against a catalogue, by reference (`scenario` or `scenario#phrase`):
   * added to the built-in rules' (resolved when the package was built). A reference found in
   * neither is the plain `{ scenario, phrase?, needs: [] }`.
   */
  suggestions?: Readonly<Record<string, Suggestion>> | undefined;
  /**
   * A learned scorer (`learnedModel()` from `huashu/lint-model`): its sentences scored above its
   * threshold are reported as `model-<theme>` warnings after the rules' findings of the text
   * (of each turn); a stream returns them from `end()`. Not part of `serialize()`.
   */
  model?: LinterModel | undefined;
}

/** A sentence a {@link LinterModel} reports: offsets, text, theme and margin over `none`. */
export interface ModelSentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly theme: string;
  readonly margin: number;
}

/** A learned scorer of sentences for {@link LinterOptions.model}. */
export interface LinterModel {
  /** The reported sentences of a whole text, in order. */
  scan(text: string): ModelSentence[];
  /** The same over a text arriving in pieces: `report` is called as each sentence ends. */
  scanner(report: (s: ModelSentence) => void): { push(chunk: string): void; end(): void };
}

/** A compiled rule set: build once, lint many texts. */
export interface Linter {
  /** The rules in force, after `extend` and `disable`. */
  readonly rules: readonly Rule[];
  /** Lints one text (an utterance or a whole document). */
  lint(text: string, options?: LintOptions): Finding[];
  /** Lints a transcript's turns (by default only the agent's); findings carry `turn`. */
  lint(transcript: readonly Turn[], options?: LintOptions): Finding[];
  /**
   * Starts linting a text that arrives in pieces (an LLM reply as it is generated, speech-to-text
   * partials): see {@link LintStream}. `roles` does not apply.
   */
  stream(options?: LintOptions): LintStream;
  /**
   * The compiled linter as bytes (its rules and automaton), for `loadLinter`: build a pack's
   * linter once, load it without building it again.
   */
  serialize(): Uint8Array;
}

/**
 * A text linted as it arrives. `push` returns the findings that nothing still to come can
 * change, `end` the rest; together they equal `lint` of the whole text (same findings, same
 * order), whatever the chunks, with offsets into the whole stream. A finding is returned as soon
 * as its pattern is complete and its context (an exception's `after`, an end anchor) is known.
 * Memory stays bounded by the rules' longest pattern and context, not by the stream.
 */
export interface LintStream {
  /** Feeds the next chunk; returns the findings settled so far (possibly none). */
  push(chunk: string): Finding[];
  /** Ends the stream; returns the findings still held back. Further `push` calls throw. */
  end(): Finding[];
}

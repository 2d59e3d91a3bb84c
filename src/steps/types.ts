import type { ActionKind, Condition } from '../schema/index.js';

/** Fields every filled step may carry: a heading (第一步, 开场…) and the original wording it was parsed from. */
export interface StepMeta {
  /** A heading such as 第一步 or 开场. */
  readonly label?: string | undefined;
  /** The original wording the step was parsed from (scripts parsed by `parseScript`). */
  readonly source?: string | undefined;
}

/** A `say` step, filled: the sentence to speak or send. */
export interface SayStep extends StepMeta {
  readonly kind: 'say';
  /** The sentence, variables filled, `↑` rising-tone marks stripped. */
  readonly text: string;
  /** The same sentence with its `↑` marks kept (for SSML and training material). */
  readonly toned: string;
  /** `scenario-id#phrase-id` when the text comes from the catalogue. */
  readonly ref?: string | undefined;
}

/** A `wait` step: a pause of some seconds, or until the customer replies. */
export type WaitStep = StepMeta & ({ readonly kind: 'wait'; readonly seconds: number } | { readonly kind: 'wait'; readonly for: 'reply' });

/** One branch of a filled `ask` or `branch` step. */
export interface FilledBranch {
  readonly when: Condition;
  readonly steps: readonly FilledStep[];
  /** The condition's original wording, when parsed. */
  readonly source?: string | undefined;
}

/** An `ask` step: say something, then branch on the reply. */
export interface AskStep extends StepMeta {
  readonly kind: 'ask';
  readonly text: string;
  readonly toned: string;
  readonly ref?: string | undefined;
  readonly branches: readonly FilledBranch[];
}

/** A `branch` step: take the first branch whose condition holds (reply, elapsed time, observed flag, otherwise). */
export interface BranchStep extends StepMeta {
  readonly kind: 'branch';
  readonly branches: readonly FilledBranch[];
}

/** An `action` step: something the agent does besides speaking. */
export interface ActionStep extends StepMeta {
  readonly kind: 'action';
  readonly action: ActionKind;
  /** A deadline in hours (schedule a call-back within N hours…). */
  readonly withinHours?: number | undefined;
  /** Whom to transfer or escalate to. */
  readonly target?: string | undefined;
  readonly note?: string | undefined;
}

/** A `note` step: guidance for the agent, or text a parser could not classify. */
export interface NoteStep extends StepMeta {
  readonly kind: 'note';
  readonly text: string;
  readonly en?: string | undefined;
}

/** A `group` step: a numbered step of a script (第一步, 1、, (1)…) holding its actions in order. */
export interface GroupStep extends StepMeta {
  readonly kind: 'group';
  readonly steps: readonly FilledStep[];
}

/** A step with its phrases filled, ready to run or render. */
export type FilledStep = SayStep | WaitStep | AskStep | BranchStep | ActionStep | NoteStep | GroupStep;

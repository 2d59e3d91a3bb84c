export { stepsOf, fillStepsOf } from './steps-of.js';
export type { StepsOptions } from './fill-steps.js';
export { parseScript, parseCondition, parseNumber } from './parse.js';
export { startFlow, resumeFlow, FlowStateError, type Flow, type FlowEvent, type FlowOptions, type FlowState } from './flow.js';
export {
  toText,
  toMarkdown,
  toSsml,
  toChat,
  speakingTime,
  splitMessage,
  escapeXml,
  chatPace,
  DEFAULT_TYPING_CHARS_PER_MINUTE,
  DEFAULT_REPLY_WITHIN_SECONDS,
  DEFAULT_SPEAKING_CHARS_PER_MINUTE,
  type SsmlOptions,
  type ChatOptions,
  type ChatMessage,
  type SpeakingTime,
} from './render.js';
export { followPath } from './path.js';
export { speakable, SURNAME_READINGS } from './speech.js';
export { transition, isOpenCondition, type MachineEvent, type MachineResult, type StepPosition } from './machine.js';
export { toMermaid, toTwilioStudio, toAmazonConnect, type FlowExportOptions, type TwilioFlowDefinition, type TwilioState, type ConnectFlow, type ConnectAction } from './exports.js';
export { STEP_RENDERERS, renderSteps, type StepRenderer, type RenderOptions } from './renderers.js';
export { toXStateConfig, conditionEvent, type XStateMachineConfig, type XStateStateConfig, type XStateTransitions } from './xstate.js';
export { REPLY_WORDS, FLAG_WORDS, ACTION_WORDS, conditionWords } from './words.js';
export type { FilledStep, FilledBranch, SayStep, WaitStep, AskStep, BranchStep, ActionStep, NoteStep, GroupStep, StepMeta } from './types.js';

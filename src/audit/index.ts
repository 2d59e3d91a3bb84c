/**
 * Transcript audit (质检): score a whole call or chat against the service standards — greeting
 * and closing, banned phrases, honorifics, hold etiquette, response and answer times, message
 * length, speaking rate, call length, interruptions and procedures derived from scenario steps —
 * with checks as data, evidence for every verdict, batch and live modes.
 *
 * @packageDocumentation
 */
export { audit, createAuditor } from './auditor.js';
export { compileAuditor, mergeSections, type Auditor, type AuditorOptions, type AuditStream, type LiveResult } from './engine.js';
export { readTranscript, readTranscripts, readNdjsonLine, looksLikeJson, type ReadOptions, type TranscriptFormat } from './read.js';
export {
  prepareTranscript,
  resolveRole,
  TranscriptError,
  ROLE_NAMES,
  type Transcript,
  type TranscriptTurn,
  type TranscriptOptions,
  type TimeValue,
  type SpeakerRole,
  type AuditTurn,
  type UnknownRole,
} from './transcript.js';
export { renderScorecard, type ScorecardFormat, type RenderOptions } from './render.js';
export type { ScenarioLookup } from './procedure.js';
export { describeReason, type Reason } from './messages.js';
export type { Verdict, Evidence, Measurement, CheckResult, AuditFinding, RoleNotice, Scorecard } from './types.js';
export type { CoreAuditCheckId } from '../generated/audit.js';
export type { AuditCheck, AuditCheckInput, AuditCondition, AuditConditionInput, AuditSection, AuditSectionInput, AuditRole } from '../schema/index.js';

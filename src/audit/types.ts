import type { Bilingual } from '../schema/index.js';
import type { Severity } from '../schema/index.js';

/** A check's outcome: it held, it did not, or it could not be judged (no timing, does not apply). */
export type Verdict = 'pass' | 'fail' | 'n/a';

/**
 * What a verdict rests on: a turn and a span of its text. `text` is exactly
 * `turns[turn].text.slice(start, end)`; a whole turn is `start: 0, end: text.length`.
 */
export interface Evidence {
  readonly turn: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** What this piece shows (可选): the phrase set matched, a measured wait… */
  readonly note?: string | undefined;
}

/** A measured value behind a timing or rate check. */
export interface Measurement {
  readonly value: number;
  readonly unit: 'seconds' | 'rings' | 'chars' | 'chars-per-minute' | 'count';
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

/** One check's result: the rule, its verdict, why, the evidence and the standard's sources. */
export interface CheckResult {
  readonly id: string;
  readonly title: string;
  readonly verdict: Verdict;
  /** Why, in the requested language. */
  readonly reason: string;
  readonly evidence: readonly Evidence[];
  readonly measured?: Measurement | undefined;
  /** Points this check took off (deduction checks), or `0`. */
  readonly deducted: number;
  /** Its share of the weighted score (0 for deduction checks). */
  readonly weight: number;
  readonly critical: boolean;
  readonly severity: Severity;
  /** Seed lines or URLs of the standard. */
  readonly sources: readonly string[];
}

/** A failed piece of evidence, flattened for listing (one per problem in the call). */
export interface AuditFinding {
  readonly check: string;
  readonly severity: Severity;
  readonly turn: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly message: string;
  readonly sources: readonly string[];
}

/** A role name in the transcript that no role mapping knows: its turns were read but not attributed. */
export interface RoleNotice {
  readonly role: string;
  readonly turns: readonly number[];
}

/** The audit of one call or chat. */
export interface Scorecard {
  /** The transcript's id, when it had one. */
  readonly id?: string | undefined;
  /** 0–100: the weighted share of decided checks that passed, minus deductions; 0 after a critical failure. */
  readonly score: number;
  /** `score >= passMark` and no critical check failed. */
  readonly passed: boolean;
  readonly passMark: number;
  readonly checks: readonly CheckResult[];
  readonly findings: readonly AuditFinding[];
  /** Roles that were not recognised (their turns count as neither agent nor customer). */
  readonly unknownRoles: readonly RoleNotice[];
}

/** A check as the auditor runs it (after packs are merged and variables filled). */
export interface AuditCheckInfo {
  readonly id: string;
  readonly title: Bilingual;
  readonly critical: boolean;
  readonly sources: readonly string[];
}

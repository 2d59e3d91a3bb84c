import { HuashuError } from '../errors/index.js';
import type { Channel } from '../schema/index.js';
import { AGENT_ROLE_NAMES, CUSTOMER_ROLE_NAMES, roleSide } from '../lint/index.js';
import { toSimplified } from '../text/index.js';

/** A time: seconds (from any origin, the same for the whole transcript) or an ISO 8601 instant. */
export type TimeValue = number | string;

/** One turn of a call or chat, as an app records it. */
export interface TranscriptTurn {
  /** Who spoke: `agent`/`customer`, or a common name (客服, 坐席, 客户, 顾客, 买家…). */
  readonly role: string;
  readonly text: string;
  /** When the turn started (chat: when the message was sent). */
  readonly start?: TimeValue | undefined;
  /** When it ended (phone); a chat message ends when it starts. */
  readonly end?: TimeValue | undefined;
}

/** A call or chat to audit. */
export interface Transcript {
  /** Your id for the call (kept in the scorecard). */
  readonly id?: string | undefined;
  /** `phone` or `chat` (checks bound to a channel say `n/a` when the channel is not known). */
  readonly channel?: Channel | undefined;
  readonly turns: readonly TranscriptTurn[];
  /** The customer's name or address when the app knows it (王小明, 王女士): honorific checks apply from the start. */
  readonly customer?: string | undefined;
  /** Phone: how many times the line rang before the agent answered. */
  readonly rings?: number | undefined;
  /** Phone: seconds the caller waited before the agent answered. */
  readonly answerSeconds?: number | undefined;
}

/** A normalised role: the agent, the customer, the system (IVR, bot notices), or a role not recognised. */
export type SpeakerRole = 'agent' | 'customer' | 'system' | 'unknown';

/** A turn prepared for checking: its role resolved and its times in seconds. */
export interface AuditTurn {
  /** Position in the transcript. */
  readonly index: number;
  readonly role: SpeakerRole;
  /** The role as written in the transcript. */
  readonly speaker: string;
  readonly text: string;
  /** Seconds (epoch seconds for ISO instants), when given. */
  readonly start: number | undefined;
  readonly end: number | undefined;
}

/** Names of the system side (IVR, bots, notices), beside the lint module's agent and customer names. */
export const SYSTEM_ROLE_NAMES: readonly string[] = ['system', 'bot', 'ivr', 'robot', '系统', '机器人', '系统消息', '自动回复'];

/**
 * Role names recognised out of the box, by side: the lint module's agent and customer names
 * (`roleSide`) and the system's. Labels that start with one of them (客服小王, 坐席-007) take its side.
 */
export const ROLE_NAMES: Readonly<Record<string, SpeakerRole>> = /* @__PURE__ */ (() => {
  const out: Record<string, SpeakerRole> = {};
  for (const name of AGENT_ROLE_NAMES) out[toSimplified(name.toLowerCase())] = 'agent';
  for (const name of CUSTOMER_ROLE_NAMES) out[toSimplified(name.toLowerCase())] = 'customer';
  for (const name of SYSTEM_ROLE_NAMES) out[name] = 'system';
  return out;
})();

function foldRole(label: string): string {
  return toSimplified(label.trim().toLowerCase());
}

/**
 * Resolves a speaker label to a role: your own `roles` map (names as written) first, then the
 * known names (any script and case: 顧客, Agent), then labels that start with a known name
 * (客服小王 → agent; at most 12 characters more).
 *
 * @param label - the role as written (客服, 顧客, Agent, 客服小王…)
 * @param roles - extra names of your transcripts
 * @returns the role, or `unknown`
 * @example
 * ```ts
 * resolveRole('顧客'); //=> 'customer'
 * resolveRole('客服-小美'); //=> 'agent'
 * resolveRole('店长', { 店长: 'agent' }); //=> 'agent'
 * resolveRole('店长'); //=> 'unknown'
 * ```
 */
export function resolveRole(label: string, roles?: Readonly<Record<string, SpeakerRole>>): SpeakerRole {
  if (roles !== undefined && Object.hasOwn(roles, label)) return roles[label]!;
  const side = roleSide(label);
  if (side !== undefined) return side;
  const folded = foldRole(label);
  if (Object.hasOwn(ROLE_NAMES, folded)) return ROLE_NAMES[folded]!;
  if (roles !== undefined && Object.hasOwn(roles, folded)) return roles[folded]!;
  // Longest known name the label starts with (客服人员 before 客服); one-letter-ish names (cs) only exactly.
  let best: SpeakerRole = 'unknown';
  let bestLength = 0;
  for (const name of Object.keys(ROLE_NAMES)) {
    if (name.length < 2 || (name.length < 4 && /^[a-z]+$/.test(name))) continue;
    if (name.length > bestLength && folded.startsWith(name) && folded.length <= name.length + 12) {
      best = ROLE_NAMES[name]!;
      bestLength = name.length;
    }
  }
  return best;
}

/** A bad transcript: what was wrong and where (1-based line and column for text input, turn index for objects). */
export class TranscriptError extends HuashuError {
  /** 1-based line of the input (text, NDJSON). */
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** Index of the offending turn. */
  readonly turn: number | undefined;

  constructor(message: string, where: { line?: number | undefined; column?: number | undefined; turn?: number | undefined } = {}) {
    const at = where.line === undefined ? (where.turn === undefined ? '' : `turn ${where.turn}: `) : `line ${where.line}${where.column === undefined ? '' : `:${where.column}`}: `;
    super('INVALID_TRANSCRIPT', `${at}${message}`);
    this.line = where.line;
    this.column = where.column;
    this.turn = where.turn;
  }
}

/** Parses a time value to seconds; `undefined` when absent. */
export function toSeconds(value: unknown, what: string, where: { line?: number | undefined; turn?: number | undefined }): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) throw new TranscriptError(`${what} must be a non-negative number of seconds or an ISO instant (got ${value})`, where);
    return value;
  }
  if (typeof value === 'string') {
    const clock = parseClock(value);
    if (clock !== undefined) return clock;
    const ms = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(ms)) throw new TranscriptError(`${what} "${value.slice(0, 40)}" is neither seconds, hh:mm:ss nor an ISO 8601 instant`, where);
    return ms / 1000;
  }
  throw new TranscriptError(`${what} must be seconds or an ISO instant (got ${typeof value})`, where);
}

/** `01:02`, `1:02:03`, `00:01:02.5` → seconds; `undefined` when not a clock. */
export function parseClock(text: string): number | undefined {
  const parts = text.split(':');
  if (parts.length < 2 || parts.length > 3) return undefined;
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const last = i === parts.length - 1;
    if (p.length === 0 || p.length > (last ? 9 : 2) + (i === 0 ? 2 : 0)) return undefined;
    for (let k = 0; k < p.length; k++) {
      const c = p.charCodeAt(k);
      if (!((c >= 48 && c <= 57) || (last && c === 46 && k > 0))) return undefined;
    }
    const n = Number(p);
    if (Number.isNaN(n) || (i > 0 && n >= 60)) return undefined;
    total = total * 60 + n;
  }
  return total;
}

/** Options shared by the readers and the auditor. */
export interface TranscriptOptions {
  /** Your transcripts' role names (`{ 店长: 'agent' }`), on top of the built-in ones. */
  roles?: Readonly<Record<string, SpeakerRole>> | undefined;
}

/** A role name that was not recognised, and the turns that carry it. */
export interface UnknownRole {
  readonly role: string;
  readonly turns: readonly number[];
}

/**
 * Checks a transcript object and resolves its turns: roles mapped, times in seconds. Nothing is
 * dropped: turns with an unrecognised role keep it as `unknown` and are listed in `unknownRoles`.
 *
 * @param transcript - `{ turns: [{ role, text, start?, end? }], channel?, … }` or a bare array of turns
 * @param options - extra role names
 * @returns the prepared turns and the unknown roles
 * @throws {@link TranscriptError} `INVALID_TRANSCRIPT` naming the turn and field that is wrong
 * @example
 * ```ts
 * const { turns } = prepareTranscript([{ role: '坐席', text: '您好', start: '00:00:03' }]);
 * [turns[0]?.role, turns[0]?.start]; //=> ['agent', 3]
 * ```
 */
export function prepareTranscript(
  transcript: Transcript | readonly TranscriptTurn[],
  options: TranscriptOptions = {},
): { transcript: Transcript; turns: AuditTurn[]; unknownRoles: UnknownRole[] } {
  const t: Transcript = Array.isArray(transcript) ? { turns: transcript as readonly TranscriptTurn[] } : (transcript as Transcript);
  if (typeof t !== 'object' || t === null || !Array.isArray(t.turns)) throw new TranscriptError('expected { turns: [...] } or an array of turns');
  const unknown = new Map<string, number[]>();
  const turns = t.turns.map((raw: unknown, index: number): AuditTurn => prepareTurn(raw, index, options, unknown));
  return { transcript: t, turns, unknownRoles: [...unknown].map(([role, list]) => ({ role, turns: list })) };
}

/** Prepares one turn (used by the batch and the live auditor alike). */
export function prepareTurn(raw: unknown, index: number, options: TranscriptOptions, unknown?: Map<string, number[]>, line?: number): AuditTurn {
  const where = { turn: index, line };
  if (typeof raw !== 'object' || raw === null) throw new TranscriptError('a turn must be an object { role, text }', where);
  const r = raw as Record<string, unknown>;
  const role = Object.hasOwn(r, 'role') ? r.role : undefined;
  const text = Object.hasOwn(r, 'text') ? r.text : undefined;
  if (typeof role !== 'string' || role.trim() === '') throw new TranscriptError('"role" must be a non-empty string', where);
  if (typeof text !== 'string') throw new TranscriptError('"text" must be a string', where);
  const start = toSeconds(Object.hasOwn(r, 'start') ? r.start : undefined, '"start"', where);
  const end = toSeconds(Object.hasOwn(r, 'end') ? r.end : undefined, '"end"', where);
  if (start !== undefined && end !== undefined && end < start) throw new TranscriptError(`"end" (${end}) is before "start" (${start})`, where);
  const resolved = resolveRole(role, options.roles);
  if (resolved === 'unknown' && unknown !== undefined) {
    const list = unknown.get(role);
    if (list === undefined) unknown.set(role, [index]);
    else list.push(index);
  }
  return { index, role: resolved, speaker: role, text, start, end };
}

import { HuashuError } from '../errors/index.js';
import { getScenario } from '../catalogue/index.js';
import type { CompiledStandard } from '../catalogue/index.js';
import { corePack, type ScenarioId } from '../generated/catalogue.js';
import { createLinter } from '../lint/index.js';
import type { Finding, Linter, LinterModel } from '../lint/index.js';
import type { AuditCheck, AuditSection } from '../schema/index.js';
import type { Channel } from '../schema/index.js';
import type { Rule } from '../schema/index.js';
import { chatPace } from '../steps/index.js';
import { compileCondition, countChars, typedChars, type EvalContext, type Evaluator, type Outcome } from './conditions.js';
import { MatcherTable, type Hit } from './matchers.js';
import { describeReason, type Reason } from './messages.js';
import type { ScenarioLookup } from './procedure.js';
import { prepareTranscript, prepareTurn, type AuditTurn, type SpeakerRole, type Transcript, type TranscriptTurn } from './transcript.js';
import type { AuditFinding, CheckResult, Scorecard, Verdict } from './types.js';

/** Options of {@link createAuditor}. */
export interface AuditorOptions {
  /** Audit sections applied on top of the built-in one, in order (checks replace by id). */
  sections?: readonly AuditSection[] | undefined;
  /** Leave the built-in checks out (default `true`: keep them). */
  core?: boolean | undefined;
  /** Ids of checks to leave out. */
  disable?: readonly string[] | undefined;
  /** Values of `{variables}` in phrases, e.g. `{ brand: '阳光物业' }`. */
  vars?: Readonly<Record<string, string>> | undefined;
  /** Service standards that checks refer to (default: the core pack's). */
  standards?: readonly CompiledStandard[] | undefined;
  /** Finds scenarios for procedure checks (default: the core catalogue). */
  scenarios?: ScenarioLookup | undefined;
  /** Lint rules for `lint` conditions (default: the built-in rules). */
  rules?: readonly Rule[] | undefined;
  /**
   * A learned scorer for `lint` conditions (`learnedModel()` from `huashu/lint-model`): its
   * findings are `model-<theme>` warnings, so they count in conditions whose `minSeverity` is
   * `warning` or `info` (the built-in `banned-phrases` check counts errors only). Default: none.
   */
  model?: LinterModel | undefined;
  /** Extra role names of your transcripts (`{ 店长: 'agent' }`). */
  roles?: Readonly<Record<string, SpeakerRole>> | undefined;
  /** Channel of transcripts that do not name one. */
  channel?: Channel | undefined;
  /** Language of titles, reasons and messages (default `zh`). */
  language?: 'zh' | 'en' | undefined;
}

/** A check's result as soon as it is decided during a live call. */
export interface LiveResult {
  /** The turn whose arrival decided it (`-1`: decided at the end). */
  readonly afterTurn: number;
  readonly check: CheckResult;
}

/** A live audit: feed turns as they happen, read each check's result once it is decided. */
export interface AuditStream {
  /** Adds a turn; returns the checks this turn decided. */
  push(turn: TranscriptTurn): CheckResult[];
  /** Ends the call; returns the scorecard (equal to auditing the whole transcript at once). */
  end(): Scorecard;
  /** Results decided so far, in order of decision. */
  readonly decided: readonly LiveResult[];
}

/** A compiled set of checks: build once, audit many calls. */
export interface Auditor {
  /** The checks in force, after sections, `disable` and the core switch. */
  readonly checks: readonly AuditCheck[];
  readonly passMark: number;
  /** Audits a whole call. */
  audit(transcript: Transcript | readonly TranscriptTurn[]): Scorecard;
  /** Starts a live audit of one call. */
  stream(call?: Omit<Transcript, 'turns'>): AuditStream;
}

interface CompiledCheck {
  check: AuditCheck;
  when: Evaluator | undefined;
  expect: Evaluator;
  sources: string[];
  title: string;
  message: string | undefined;
}

/** Merges audit sections: later phrase sets and checks replace earlier ones by name and id. */
export function mergeSections(sections: readonly AuditSection[]): { phrases: Record<string, readonly string[]>; checks: AuditCheck[]; passMark: number } {
  const phrases: Record<string, readonly string[]> = {};
  const checks = new Map<string, AuditCheck>();
  let passMark = 80;
  for (const s of sections) {
    if (s.passMark !== undefined) passMark = s.passMark;
    for (const [name, list] of Object.entries(s.phrases ?? {})) phrases[name] = list;
    for (const c of s.checks ?? []) {
      checks.delete(c.id);
      checks.set(c.id, c);
    }
    for (const id of s.disable ?? []) checks.delete(id);
  }
  return { phrases, checks: [...checks.values()], passMark };
}

const coreLookup: ScenarioLookup = (id) => {
  try {
    return getScenario(id as ScenarioId);
  } catch {
    return undefined;
  }
};

/**
 * Compiles checks from explicit audit sections (the engine under {@link createAuditor}, which
 * adds the built-in section): for build scripts and tools that bring their own base.
 *
 * @param base - sections applied first (then `options.sections`)
 * @param options - as for `createAuditor` (`core` is ignored here)
 * @returns an {@link Auditor}
 * @throws `HuashuError` (`INVALID_RULE`) when a check names an unknown phrase set, standard or scenario
 * @example
 * ```ts
 * const auditor = compileAuditor([{ checks: [{ id: 'says-hello', title: { zh: '问好', en: 'Hello' }, expect: { phrases: { any: ['您好'] } } }] }]);
 * auditor.audit([{ role: 'agent', text: '您好' }]).score; //=> 100
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function compileAuditor(base: readonly AuditSection[], options: AuditorOptions = {}): Auditor {
  const merged = mergeSections([...base, ...(options.sections ?? [])]);
  const disabled = new Set(options.disable ?? []);
  const checks = merged.checks.filter((c) => !disabled.has(c.id));
  const language = options.language ?? 'zh';
  const standards = options.standards ?? corePack.standards;
  const pace = chatPace(standards);
  const table = new MatcherTable(merged.phrases, options.vars ?? {});
  const scenarios = options.scenarios ?? coreLookup;
  const compiled: CompiledCheck[] = checks.map((check) => {
    const sources = new Set<string>(check.sources ?? []);
    const cc = { table, standards, scenarios, paceMaxChars: Math.max(1, Math.floor((pace.charsPerMinute * pace.replyWithinSeconds) / 60)), sources };
    try {
      const when = check.when === undefined ? undefined : compileCondition(check.when, cc);
      const expect = compileCondition(check.expect, cc);
      return {
        check,
        when,
        expect,
        sources: [...sources],
        title: language === 'en' ? check.title.en : check.title.zh,
        message: check.message === undefined ? undefined : language === 'en' ? check.message.en : check.message.zh,
      };
    } catch (error) {
      if (error instanceof HuashuError) throw new HuashuError(error.code, `check "${check.id}": ${error.message}`, { cause: error });
      throw error;
    }
  });
  let linter: Linter | undefined;
  const lintText = (text: string): Finding[] => {
    linter ??= createLinter({ rules: options.rules, model: options.model });
    return linter.lint(text, { language });
  };

  /** The per-call state both modes share: prepared turns, their hits, cached lint findings. */
  function session(call: Omit<Transcript, 'turns'>) {
    const turns: AuditTurn[] = [];
    const hits: Array<Map<number, Hit[]>> = [];
    const lintCache: Array<Finding[] | undefined> = [];
    const spoken: Array<number | undefined> = [];
    const typed: Array<number | undefined> = [];
    const byRole = { agent: [] as AuditTurn[], customer: [] as AuditTurn[], any: turns };
    const unknown = new Map<string, number[]>();
    let untimed = 0;
    const add = (turn: AuditTurn) => {
      turns.push(turn);
      hits.push(table.scan(turn.text));
      if (turn.role === 'agent') byRole.agent.push(turn);
      else if (turn.role === 'customer') byRole.customer.push(turn);
      if (turn.start === undefined) untimed++;
    };
    const context = (final: boolean): EvalContext => ({
      turns,
      hits,
      transcript: call,
      final,
      allTimed: untimed === 0,
      roleTurns: (role) => byRole[role],
      lint: (i) => (lintCache[i] ??= lintText(turns[i]!.text)),
      spoken: (i) => (spoken[i] ??= countChars(turns[i]!.text)),
      typed: (i) => (typed[i] ??= typedChars(turns[i]!.text)),
    });
    return { turns, unknown, add, context };
  }

  const channelOf = (call: Omit<Transcript, 'turns'>) => call.channel ?? options.channel;

  function evaluate(c: CompiledCheck, ctx: EvalContext, channel: Channel | undefined): Outcome {
    const applies = c.check.channels;
    if (applies !== undefined) {
      if (channel === undefined) return { state: 'n/a', reasons: [{ code: 'channel-unknown' }], evidence: [] };
      if (!applies.includes(channel)) return { state: 'n/a', reasons: [{ code: 'channel-other', channel }], evidence: [] };
    }
    if (c.when !== undefined) {
      const w = c.when(ctx);
      if (w.state === 'pending') return w;
      if (w.state !== 'pass') return { state: 'n/a', reasons: [{ code: 'not-applicable' }, ...w.reasons], evidence: [] };
    }
    return c.expect(ctx);
  }

  function result(c: CompiledCheck, o: Outcome & { state: Verdict }): CheckResult {
    const deduct = c.check.deduct;
    let deducted = 0;
    if (o.state === 'fail' && deduct !== undefined) {
      deducted = c.check.per === 'occurrence' ? deduct * Math.max(1, o.evidence.length) : deduct;
      if (c.check.maxDeduct !== undefined) deducted = Math.min(deducted, c.check.maxDeduct);
    }
    const critical = c.check.critical === true;
    return {
      id: c.check.id,
      title: c.title,
      verdict: o.state,
      reason: o.reasons.map((r: Reason) => describeReason(r, language)).join('；'),
      evidence: o.evidence,
      ...(o.measured === undefined ? {} : { measured: o.measured }),
      deducted,
      weight: deduct === undefined ? (c.check.weight ?? 1) : 0,
      critical,
      severity: c.check.severity ?? (critical ? 'error' : 'warning'),
      sources: c.sources,
    };
  }

  const withNote = (message: string, note: string | undefined) =>
    note === undefined || message.includes(note) ? message : language === 'en' ? `${message} (${note})` : `${message}（${note}）`;

  function scorecard(id: string | undefined, results: CheckResult[], unknown: Map<string, number[]>): Scorecard {
    let decided = 0;
    let passedWeight = 0;
    let deductions = 0;
    let criticalFail = false;
    const findings: AuditFinding[] = [];
    for (const r of results) {
      if (r.verdict === 'n/a') continue;
      decided += r.weight;
      if (r.verdict === 'pass') passedWeight += r.weight;
      else {
        deductions += r.deducted;
        if (r.critical) criticalFail = true;
        const c = compiled.find((x) => x.check.id === r.id)!;
        for (const e of r.evidence) {
          findings.push({
            check: r.id,
            severity: r.severity,
            turn: e.turn,
            start: e.start,
            end: e.end,
            text: e.text,
            message: withNote(c.message ?? r.reason, e.note),
            sources: r.sources,
          });
        }
      }
    }
    const base = decided > 0 ? (100 * passedWeight) / decided : 100;
    const score = criticalFail ? 0 : Math.max(0, Math.min(100, Math.round((base - deductions) * 10) / 10));
    findings.sort((a, b) => a.turn - b.turn || a.start - b.start);
    return {
      ...(id === undefined ? {} : { id }),
      score,
      passed: !criticalFail && score >= merged.passMark,
      passMark: merged.passMark,
      checks: results,
      findings,
      unknownRoles: [...unknown].map(([role, turns]) => ({ role, turns })),
    };
  }

  function audit(transcript: Transcript | readonly TranscriptTurn[]): Scorecard {
    const prepared = prepareTranscript(transcript, options.roles === undefined ? {} : { roles: options.roles });
    const s = session(prepared.transcript);
    for (const t of prepared.turns) s.add(t);
    for (const u of prepared.unknownRoles) s.unknown.set(u.role, [...u.turns]);
    const ctx = s.context(true);
    const channel = channelOf(prepared.transcript);
    const results = compiled.map((c) => result(c, evaluate(c, ctx, channel) as Outcome & { state: Verdict }));
    return scorecard(prepared.transcript.id, results, s.unknown);
  }

  function stream(call: Omit<Transcript, 'turns'> = {}): AuditStream {
    const s = session(call);
    const channel = channelOf(call);
    const decided: LiveResult[] = [];
    const open = new Set(compiled.map((_, i) => i));
    let ended = false;
    const sweep = (afterTurn: number): CheckResult[] => {
      const ctx = s.context(false);
      const now: CheckResult[] = [];
      for (const i of [...open]) {
        const o = evaluate(compiled[i]!, ctx, channel);
        if (o.state === 'pending') continue;
        open.delete(i);
        const r = result(compiled[i]!, o as Outcome & { state: Verdict });
        decided.push({ afterTurn, check: r });
        now.push(r);
      }
      return now;
    };
    return {
      push(turn) {
        if (ended) throw new HuashuError('INVALID_ARGUMENT', 'audit stream: push after end()');
        const index = s.turns.length;
        s.add(prepareTurn(turn, index, options.roles === undefined ? {} : { roles: options.roles }, s.unknown));
        return sweep(index);
      },
      end() {
        ended = true;
        const ctx = s.context(true);
        const results = compiled.map((c) => result(c, evaluate(c, ctx, channel) as Outcome & { state: Verdict }));
        for (const i of open) decided.push({ afterTurn: -1, check: results[i]! });
        open.clear();
        return scorecard(call.id, results, s.unknown);
      },
      get decided() {
        return decided;
      },
    };
  }

  return { checks, passMark: merged.passMark, audit, stream };
}


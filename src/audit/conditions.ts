import { HuashuError } from '../errors/index.js';
import type { CompiledStandard } from '../catalogue/index.js';
import type { Finding } from '../lint/index.js';
import type { AuditCondition } from '../schema/index.js';
import { MAX_CONDITION_DEPTH, type AuditRole } from '../vocab/index.js';
import type { Severity } from '../schema/index.js';
import { normalize, toSimplified } from '../text/index.js';
import { RISING_TONE } from '../vocab/index.js';
import { parseName } from '../honorifics/index.js';
import type { Hit, MatcherRef, MatcherTable } from './matchers.js';
import type { Reason } from './messages.js';
import { procedureOrder, type ScenarioLookup } from './procedure.js';
import type { AuditTurn, Transcript } from './transcript.js';
import type { Evidence, Measurement, Verdict } from './types.js';

/** A condition's state: decided (`pass`/`fail`/`n/a`), or `pending` while a live call may still change it. */
export type State = Verdict | 'pending';

/** What a condition found. */
export interface Outcome {
  readonly state: State;
  readonly reasons: readonly Reason[];
  readonly evidence: readonly Evidence[];
  readonly measured?: Measurement | undefined;
}

/** What conditions read: the turns so far, their phrase hits, and whether the call has ended. */
export interface EvalContext {
  readonly turns: readonly AuditTurn[];
  /** Phrase hits by turn index, then matcher id. */
  readonly hits: ReadonlyArray<ReadonlyMap<number, readonly Hit[]>>;
  readonly transcript: Pick<Transcript, 'channel' | 'rings' | 'answerSeconds' | 'customer'>;
  /** `true` once the call is over (batch audits, or a live call's end). */
  readonly final: boolean;
  /** Lint findings of a turn (cached). */
  lint(turn: number): readonly Finding[];
  /** The turns of a role so far (kept per role as turns arrive). */
  roleTurns(role: AuditRole): readonly AuditTurn[];
  /** Whether every turn so far has a start time. */
  readonly allTimed: boolean;
  /** Spoken characters of a turn (cached): no spaces or punctuation. */
  spoken(turn: number): number;
  /** Typed characters of a turn (cached): no white space. */
  typed(turn: number): number;
}

/** A compiled condition. */
export type Evaluator = (ctx: EvalContext) => Outcome;

/** What compiling needs: matchers, standards, scenarios, the chat pace. */
export interface CompileContext {
  readonly table: MatcherTable;
  readonly standards: readonly CompiledStandard[];
  readonly scenarios: ScenarioLookup;
  /** Longest chat message at the standard typing speed within the reply time. */
  readonly paceMaxChars: number;
  /** Sources of the standards a check uses (filled while compiling). */
  readonly sources: Set<string>;
}

const out = (state: State, reasons: readonly Reason[], evidence: readonly Evidence[] = [], measured?: Measurement): Outcome =>
  measured === undefined ? { state, reasons, evidence } : { state, reasons, evidence, measured };
const pending = (): Outcome => out('pending', []);

/** Evidence of a whole turn. */
function wholeTurn(turn: AuditTurn, note?: string): Evidence {
  return note === undefined
    ? { turn: turn.index, start: 0, end: turn.text.length, text: turn.text }
    : { turn: turn.index, start: 0, end: turn.text.length, text: turn.text, note };
}
function spanOf(turn: AuditTurn, hit: Hit, note?: string): Evidence {
  const text = turn.text.slice(hit.start, hit.end);
  return note === undefined ? { turn: turn.index, start: hit.start, end: hit.end, text } : { turn: turn.index, start: hit.start, end: hit.end, text, note };
}

function roleMatches(turn: AuditTurn, role: AuditRole): boolean {
  return role === 'any' || turn.role === role;
}

/** Kleene conjunction with early decisions: a failure decides, pending waits, n/a beats pass. */
export function allOf(parts: readonly Outcome[]): Outcome {
  const fails = parts.filter((p) => p.state === 'fail');
  if (fails.length > 0) return out('fail', fails.flatMap((p) => p.reasons), fails.flatMap((p) => p.evidence), fails.find((p) => p.measured)?.measured);
  if (parts.some((p) => p.state === 'pending')) return pending();
  const na = parts.filter((p) => p.state === 'n/a');
  if (na.length > 0) return out('n/a', na.flatMap((p) => p.reasons));
  return out('pass', parts.flatMap((p) => p.reasons), parts.flatMap((p) => p.evidence), parts.find((p) => p.measured)?.measured);
}
/** Kleene disjunction: a pass decides. */
export function anyOf(parts: readonly Outcome[]): Outcome {
  const pass = parts.find((p) => p.state === 'pass');
  if (pass !== undefined) return pass;
  if (parts.some((p) => p.state === 'pending')) return pending();
  const na = parts.filter((p) => p.state === 'n/a');
  if (na.length > 0) return out('n/a', na.flatMap((p) => p.reasons));
  return out('fail', parts.flatMap((p) => p.reasons), parts.flatMap((p) => p.evidence));
}

interface Scope {
  role: AuditRole;
  turns?: { first: number } | { last: number } | undefined;
  seconds?: { first: number } | { last: number } | undefined;
}

/** The turns a scope covers so far, whether that set can still change, or `undefined` when timing is missing. */
function scoped(ctx: EvalContext, scope: Scope): { turns: AuditTurn[]; complete: boolean } | undefined {
  let list = ctx.roleTurns(scope.role) as AuditTurn[];
  let complete = ctx.final;
  if (scope.seconds !== undefined) {
    if (!ctx.allTimed) return undefined;
    if ('first' in scope.seconds) {
      const t0 = ctx.turns[0]?.start ?? 0;
      const limit = t0 + scope.seconds.first;
      list = list.filter((t) => t.start! <= limit);
      if ((ctx.turns[ctx.turns.length - 1]?.start ?? 0) > limit || ctx.turns.some((t) => t.start! > limit)) complete = true;
    } else {
      if (!ctx.final) return { turns: [], complete: false };
      let last = 0;
      for (const t of ctx.turns) last = Math.max(last, t.end ?? t.start!);
      const from = last - scope.seconds.last;
      list = list.filter((t) => (t.end ?? t.start!) >= from);
    }
  }
  if (scope.turns !== undefined) {
    if ('first' in scope.turns) {
      if (list.length >= scope.turns.first) complete = true;
      list = list.slice(0, scope.turns.first);
    } else {
      if (!ctx.final) return { turns: [], complete: false };
      list = list.slice(-scope.turns.last);
    }
  }
  return { turns: list, complete };
}

function firstHit(ctx: EvalContext, turns: readonly AuditTurn[], id: number): { turn: AuditTurn; hit: Hit } | undefined {
  for (const turn of turns) {
    const h = ctx.hits[turn.index]?.get(id)?.[0];
    if (h !== undefined) return { turn, hit: h };
  }
  return undefined;
}

function missingVar(ref: MatcherRef): Outcome | undefined {
  return ref.id < 0 ? out('n/a', [{ code: 'missing-variable', names: ref.missing.join(', ') }]) : undefined;
}

const MAX_EVIDENCE = 20;

/** Bounds in a condition's unit, from a standard and/or explicit numbers. */
function boundsOf(
  spec: { standard?: string | undefined; min?: number | undefined; max?: number | undefined; use?: 'min' | 'max' | 'both' | undefined },
  unit: 'seconds' | 'rings' | 'chars-per-minute',
  cc: CompileContext,
): { min?: number; max?: number } {
  let min: number | undefined;
  let max: number | undefined;
  if (spec.standard !== undefined) {
    const s = cc.standards.find((x) => x.id === spec.standard);
    // Only figures bound a timing condition; guidance (a standard with `text`, no unit) cannot.
    const figures = cc.standards.filter((x) => x.unit !== undefined).map((x) => x.id);
    if (s === undefined) throw new HuashuError('INVALID_RULE', `audit: standard "${spec.standard}" is not defined (standards: ${figures.join(', ')})`);
    if (s.unit === undefined) throw new HuashuError('INVALID_RULE', `audit: standard "${s.id}" is guidance in words, not a figure (standards with figures: ${figures.join(', ')})`);
    const factor = UNIT_FACTORS[`${s.unit}>${unit}`];
    if (factor === undefined) throw new HuashuError('INVALID_RULE', `audit: standard "${s.id}" is in ${s.unit}, which this condition cannot use (it needs ${unit})`);
    if (spec.use !== 'max' && s.min !== undefined) min = s.min * factor;
    if (spec.use !== 'min' && s.max !== undefined) max = s.max * factor;
    for (const src of s.sources) cc.sources.add(src);
  }
  if (spec.min !== undefined) min = spec.min;
  if (spec.max !== undefined) max = spec.max;
  if (min === undefined && max === undefined) throw new HuashuError('INVALID_RULE', 'audit: a timing condition needs a standard, "min" or "max"');
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}
const UNIT_FACTORS: Record<string, number> = {
  'seconds>seconds': 1,
  'minutes>seconds': 60,
  'hours>seconds': 3600,
  'rings>rings': 1,
  'chars-per-minute>chars-per-minute': 1,
};

const round1 = (n: number) => Math.round(n * 10) / 10;
const boundText = (b: { min?: number; max?: number }) => (b.min !== undefined && b.max !== undefined ? `${b.min}–${b.max}` : b.min !== undefined ? `≥${b.min}` : `≤${b.max}`);

/** Spoken characters (字 of a speaking rate): everything but spaces and punctuation (the linter's folding). */
export function countChars(text: string): number {
  return normalize(text).text.length;
}

/** Typed characters of a chat message, as the steps' chat renderer counts them: every character but white space. */
export function typedChars(text: string): number {
  let n = 0;
  for (const ch of text) if (ch.trim() !== '' && ch !== RISING_TONE) n++;
  return n;
}

/** Where the customer's surname becomes known: from the transcript, or a customer turn (我姓王, 免贵姓欧阳, 我叫王小明). */
function surnameIn(text: string): string | undefined {
  const s = toSimplified(text);
  const han = (c: string | undefined) => c !== undefined && c >= '\u4e00' && c <= '\u9fff';
  for (const cue of ['我姓', '免贵姓', '姓']) {
    const at = s.indexOf(cue);
    if (at < 0) continue;
    let rest = '';
    for (let i = at + cue.length; i < s.length && rest.length < 4 && han(s[i]); i++) rest += s[i];
    if (rest.length === 0 || rest.startsWith('名') || rest.startsWith('什') || rest.startsWith('啥')) continue;
    const parsed = safeParse(rest);
    const two = rest.slice(0, 2);
    if (parsed !== undefined && parsed.length === 2 && parsed === two) return two;
    return rest[0];
  }
  for (const cue of ['我叫', '我的名字是', '我的名字叫']) {
    const at = s.indexOf(cue);
    if (at < 0) continue;
    let rest = '';
    for (let i = at + cue.length; i < s.length && rest.length < 4 && han(s[i]); i++) rest += s[i];
    if (rest.length < 2) continue;
    const surname = safeParse(rest.slice(0, 3));
    if (surname !== undefined && surname.length > 0) return surname;
  }
  // 王先生 / 我是王女士 / 姓李，李小姐: a surname right before a title, at a clause start or after 是.
  for (const title of ['先生', '女士', '小姐']) {
    for (let at = s.indexOf(title); at >= 1; at = s.indexOf(title, at + 1)) {
      const c = s[at - 1];
      const p = s[at - 2];
      if (han(c) && (p === undefined || p === '是' || !han(p)) && safeParse(c!) !== undefined) return c;
    }
  }
  return undefined;
}
function safeParse(name: string): string | undefined {
  try {
    const p = parseName(name);
    return p.confidence === 'none' || p.confidence === 'low' ? undefined : toSimplified(p.surname);
  } catch {
    return undefined;
  }
}
function surnameOfAddress(address: string): string | undefined {
  const s = toSimplified(address.trim());
  for (const title of ['先生', '女士', '小姐', '老师', '阿姨', '太太', '夫人', '总', '经理', '师傅', '大姐', '大哥']) {
    if (s.endsWith(title) && s.length > title.length) return safeParse(s.slice(0, -title.length)) ?? s.slice(0, 1);
  }
  return safeParse(s) ?? (s.length > 0 && s.length <= 4 ? s.slice(0, 1) : undefined);
}

/** Compiles a condition; conditions nest at most {@link MAX_CONDITION_DEPTH} deep. */
export function compileCondition(cond: AuditCondition, cc: CompileContext, depth = 0): Evaluator {
  if (depth > MAX_CONDITION_DEPTH) throw new HuashuError('INVALID_RULE', `audit: conditions nest more than ${MAX_CONDITION_DEPTH} deep`);
  if ('all' in cond) {
    const parts = cond.all.map((c) => compileCondition(c, cc, depth + 1));
    return (ctx) => allOf(parts.map((p) => p(ctx)));
  }
  if ('any' in cond) {
    const parts = cond.any.map((c) => compileCondition(c, cc, depth + 1));
    return (ctx) => anyOf(parts.map((p) => p(ctx)));
  }
  if ('not' in cond) {
    const inner = compileCondition(cond.not, cc, depth + 1);
    return (ctx) => {
      const o = inner(ctx);
      if (o.state === 'pass') return out('fail', o.reasons, o.evidence, o.measured);
      if (o.state === 'fail') return out('pass', o.reasons, o.evidence, o.measured);
      return o;
    };
  }
  if ('phrases' in cond) return compilePhrases(cond.phrases, cc);
  if ('order' in cond) return compileOrder(cond.order, cc);
  if ('procedure' in cond) return compileProcedure(cond.procedure, cc);
  if ('silence' in cond) return compileSilence(cond.silence, cc);
  if ('responseTime' in cond) return compileResponse(cond.responseTime, cc);
  if ('answer' in cond) return compileAnswer(cond.answer, cc);
  if ('rate' in cond) return compileRate(cond.rate, cc);
  if ('length' in cond) return compileLength(cond.length, cc);
  if ('duration' in cond) return compileDuration(cond.duration, cc);
  if ('interruption' in cond) return compileInterruption(cond.interruption);
  if ('count' in cond) return compileCount(cond.count, cc);
  if ('lint' in cond) return compileLint(cond.lint);
  if ('address' in cond) return compileAddress(cond.address, cc);
  throw new HuashuError('INVALID_RULE', `audit: unknown condition ${JSON.stringify(Object.keys(cond))}`);
}

function compilePhrases(
  spec: Extract<AuditCondition, { phrases: unknown }>['phrases'],
  cc: CompileContext,
): Evaluator {
  const scope: Scope = { role: spec.role ?? 'agent', turns: spec.turns, seconds: spec.seconds };
  const any = spec.any === undefined ? undefined : cc.table.list(spec.any);
  const all = spec.all === undefined ? undefined : cc.table.each(spec.all);
  const none = spec.none === undefined ? undefined : cc.table.list(spec.none);
  const present = (ctx: EvalContext, sc: { turns: AuditTurn[]; complete: boolean }, ref: MatcherRef): Outcome => {
    const na = missingVar(ref);
    if (na !== undefined) return na;
    const found = firstHit(ctx, sc.turns, ref.id);
    if (found !== undefined) return out('pass', [{ code: 'said', phrases: ref.label, turn: found.turn.index }], [spanOf(found.turn, found.hit, ref.label)]);
    if (!sc.complete) return pending();
    if (sc.turns.length === 0) return out('n/a', [{ code: 'no-turns', role: scope.role }]);
    return out('fail', [{ code: 'not-said', phrases: ref.label }], sc.turns.slice(0, 3).map((t) => wholeTurn(t)));
  };
  return (ctx) => {
    const sc = scoped(ctx, scope);
    if (sc === undefined) return out('n/a', [{ code: 'no-timing' }]);
    const parts: Outcome[] = [];
    if (any !== undefined) parts.push(present(ctx, sc, any));
    if (all !== undefined) parts.push(allOf(all.map((ref) => present(ctx, sc, ref))));
    if (none !== undefined) {
      const na = missingVar(none);
      if (na !== undefined) parts.push(na);
      else {
        const evidence: Evidence[] = [];
        let count = 0;
        for (const turn of sc.turns) {
          for (const h of ctx.hits[turn.index]?.get(none.id) ?? []) {
            count++;
            if (evidence.length < MAX_EVIDENCE) evidence.push(spanOf(turn, h, none.label));
          }
        }
        if (count > 0) parts.push(out('fail', [{ code: 'said-forbidden', phrases: none.label, count }], evidence));
        else if (!sc.complete) parts.push(pending());
        else if (sc.turns.length === 0) parts.push(out('n/a', [{ code: 'no-turns', role: scope.role }]));
        else parts.push(out('pass', [{ code: 'not-said-forbidden', phrases: none.label }]));
      }
    }
    return allOf(parts);
  };
}

/** Every hit of a selector so far, in order: [turn, hit]. */
function hitsOf(ctx: EvalContext, turns: readonly AuditTurn[], id: number): Array<{ turn: AuditTurn; hit: Hit }> {
  const list: Array<{ turn: AuditTurn; hit: Hit }> = [];
  for (const turn of turns) for (const hit of ctx.hits[turn.index]?.get(id) ?? []) list.push({ turn, hit });
  return list;
}
const before = (a: { turn: AuditTurn; hit: Hit }, b: { turn: AuditTurn; hit: Hit }) =>
  a.turn.index < b.turn.index || (a.turn.index === b.turn.index && a.hit.start < b.hit.start);

function compileOrder(spec: Extract<AuditCondition, { order: unknown }>['order'], cc: CompileContext): Evaluator {
  const a = cc.table.list(spec.first.phrases);
  const b = cc.table.list(spec.then.phrases);
  const scopeA: Scope = { role: spec.first.role ?? 'agent', turns: spec.first.turns, seconds: spec.first.seconds };
  const scopeB: Scope = { role: spec.then.role ?? 'agent', turns: spec.then.turns, seconds: spec.then.seconds };
  const within = spec.within;
  return (ctx) => {
    const na = missingVar(a) ?? missingVar(b);
    if (na !== undefined) return na;
    const sa = scoped(ctx, scopeA);
    const sb = scoped(ctx, scopeB);
    if (sa === undefined || sb === undefined) return out('n/a', [{ code: 'no-timing' }]);
    if (within === undefined) {
      // "A before B": the first B must have an A before it.
      const firstB = firstHit(ctx, sb.turns, b.id);
      if (firstB === undefined) return sb.complete ? out('n/a', [{ code: 'order-no-anchor', phrases: b.label }]) : pending();
      const firstA = firstHit(ctx, sa.turns, a.id);
      if (firstA !== undefined && before(firstA, firstB)) {
        return out('pass', [{ code: 'order-kept', first: a.label, then: b.label }], [spanOf(firstA.turn, firstA.hit, a.label), spanOf(firstB.turn, firstB.hit, b.label)]);
      }
      return out('fail', [{ code: 'order-broken', first: a.label, then: b.label }], [spanOf(firstB.turn, firstB.hit, b.label)]);
    }
    // "B within N turns after A": every A (once per turn) needs a B in the same turn after it or in the next N turns.
    const as = hitsOf(ctx, sa.turns, a.id).filter((h, i, l) => i === 0 || l[i - 1]!.turn.index !== h.turn.index);
    if (as.length === 0) return sa.complete ? out('n/a', [{ code: 'order-no-anchor', phrases: a.label }]) : pending();
    const bs = hitsOf(ctx, sb.turns, b.id);
    const lastIndex = ctx.turns.length - 1;
    const missed: Evidence[] = [];
    let open = false;
    let j = 0;
    for (const h of as) {
      // The first B after this A (both lists are in order).
      while (j < bs.length && !before(h, bs[j]!)) j++;
      const ok = j < bs.length && bs[j]!.turn.index <= h.turn.index + within;
      if (ok) continue;
      if (!ctx.final && h.turn.index + within > lastIndex) open = true;
      else missed.push(spanOf(h.turn, h.hit, a.label));
    }
    if (missed.length > 0) return out('fail', [{ code: 'within-missed', first: a.label, then: b.label, turns: within, count: missed.length }], missed.slice(0, MAX_EVIDENCE));
    if (open || !sa.complete) return pending();
    return out('pass', [{ code: 'within-kept', first: a.label, then: b.label, turns: within }], as.slice(0, MAX_EVIDENCE).map((h) => spanOf(h.turn, h.hit, a.label)));
  };
}

function compileProcedure(spec: Extract<AuditCondition, { procedure: unknown }>['procedure'], cc: CompileContext): Evaluator {
  const scenario = cc.scenarios(spec.scenario);
  if (scenario === undefined) throw new HuashuError('INVALID_RULE', `audit: procedure scenario "${spec.scenario}" is not in the catalogue`);
  const refs = spec.stages.map((s) => cc.table.list([s]));
  const order = procedureOrder(scenario, refs, cc.table, cc.scenarios).map((i) => refs[i]!);
  for (const src of scenario.sources) cc.sources.add(src);
  const role = spec.role ?? 'agent';
  return (ctx) => {
    const turns = ctx.roleTurns(role);
    const firsts = order.map((ref) => firstHit(ctx, turns, ref.id));
    // A later stage said before an earlier one is out of order for good (first mentions never move).
    for (let j = 1; j < order.length; j++) {
      const fj = firsts[j];
      if (fj === undefined) continue;
      for (let i = 0; i < j; i++) {
        const fi = firsts[i];
        if (fi === undefined || before(fj, fi)) {
          if (fi === undefined && !ctx.final) continue;
          return out(
            'fail',
            [fi === undefined ? { code: 'procedure-missing', stages: order[i]!.label } : { code: 'procedure-broken', first: order[i]!.label, then: order[j]!.label }],
            [spanOf(fj.turn, fj.hit, order[j]!.label), ...(fi === undefined ? [] : [spanOf(fi.turn, fi.hit, order[i]!.label)])],
          );
        }
      }
    }
    const missing = order.filter((_, k) => firsts[k] === undefined);
    if (missing.length === 0) {
      return out(
        'pass',
        [{ code: 'procedure-kept', stages: order.map((r) => r.label).join(' → ') }],
        firsts.map((f, k) => spanOf(f!.turn, f!.hit, order[k]!.label)),
      );
    }
    if (!ctx.final) return pending();
    if (turns.length === 0) return out('n/a', [{ code: 'no-turns', role }]);
    return out(
      'fail',
      [{ code: 'procedure-missing', stages: missing.map((r) => r.label).join('、') }],
      firsts.flatMap((f, k) => (f === undefined ? [] : [spanOf(f.turn, f.hit, order[k]!.label)])),
    );
  };
}

const timeOf = (t: AuditTurn) => t.end ?? t.start;

function compileSilence(spec: Extract<AuditCondition, { silence: unknown }>['silence'], cc: CompileContext): Evaluator {
  const beforeRef = spec.before === undefined ? undefined : cc.table.list(spec.before);
  const afterRef = spec.after === undefined ? undefined : cc.table.list(spec.after);
  return (ctx) => {
    const na = (beforeRef && missingVar(beforeRef)) ?? (afterRef && missingVar(afterRef));
    if (na !== undefined) return na;
    if (!ctx.allTimed) return out('n/a', [{ code: 'no-timing' }]);
    const failures: Reason[] = [];
    const evidence: Evidence[] = [];
    let long = 0;
    for (let k = 1; k < ctx.turns.length; k++) {
      const next = ctx.turns[k]!;
      if (next.role !== 'agent') continue;
      const prev = ctx.turns[k - 1]!;
      const gap = next.start! - timeOf(prev)!;
      if (!(gap > spec.over)) continue;
      long++;
      const seconds = round1(gap);
      if (beforeRef !== undefined) {
        // The agent's last turn before the gap (since the customer last spoke) should announce the wait.
        let announced = false;
        for (let j = k - 1; j >= 0 && ctx.turns[j]!.role !== 'customer'; j--) {
          if (ctx.turns[j]!.role === 'agent' && (ctx.hits[j]?.get(beforeRef.id)?.length ?? 0) > 0) announced = true;
        }
        if (!announced) {
          failures.push({ code: 'silence-no-before', seconds, phrases: beforeRef.label });
          evidence.push(wholeTurn(prev, `${seconds} s`));
        }
      }
      if (afterRef !== undefined && (ctx.hits[k]?.get(afterRef.id)?.length ?? 0) === 0) {
        failures.push({ code: 'silence-no-after', seconds, phrases: afterRef.label });
        evidence.push(wholeTurn(next, `${seconds} s`));
      }
    }
    if (failures.length > 0) return out('fail', failures, evidence.slice(0, MAX_EVIDENCE));
    if (!ctx.final) return pending();
    if (ctx.turns.length === 0) return out('n/a', [{ code: 'no-turns', role: 'any' }]);
    return out('pass', [long === 0 ? { code: 'silence-none', over: spec.over } : { code: 'silence-kept', count: long }]);
  };
}

function compileResponse(spec: Extract<AuditCondition, { responseTime: unknown }>['responseTime'], cc: CompileContext): Evaluator {
  const bounds = boundsOf(spec, 'seconds', cc);
  const max = bounds.max ?? Number.POSITIVE_INFINITY;
  return (ctx) => {
    let waitingSince: AuditTurn | undefined;
    let n = 0;
    let timed = 0;
    let worst = 0;
    const late: Evidence[] = [];
    let lateCount = 0;
    for (const turn of ctx.turns) {
      if (turn.role === 'customer') {
        waitingSince ??= turn;
        continue;
      }
      if (turn.role !== 'agent' || waitingSince === undefined) continue;
      const which = n === 0 ? 'first' : 'later';
      n++;
      const from = waitingSince;
      waitingSince = undefined;
      if (spec.which !== 'each' && spec.which !== which) continue;
      const t0 = timeOf(from);
      if (t0 === undefined || turn.start === undefined) continue;
      timed++;
      const wait = round1(turn.start - t0);
      worst = Math.max(worst, wait);
      if (wait > max || (bounds.min !== undefined && wait < bounds.min)) {
        lateCount++;
        if (late.length < MAX_EVIDENCE) late.push(wholeTurn(turn, `${wait} s`));
      }
    }
    const measured: Measurement = { value: worst, unit: 'seconds', ...bounds };
    if (lateCount > 0) return out('fail', [{ code: 'wait-over', count: lateCount, worst, max }], late, measured);
    if (!ctx.final && !(spec.which === 'first' && n > 0)) return pending();
    const wanted = spec.which === 'first' ? Math.min(n, 1) : spec.which === 'later' ? Math.max(0, n - 1) : n;
    if (wanted === 0) return out('n/a', [{ code: 'no-response' }]);
    if (timed < wanted || timed === 0) return out('n/a', [{ code: 'no-timing' }]);
    return out('pass', [{ code: 'wait-kept', count: timed, max }], [], measured);
  };
}

function compileAnswer(spec: Extract<AuditCondition, { answer: unknown }>['answer'], cc: CompileContext): Evaluator {
  const bounds = boundsOf(spec, spec.by === 'rings' ? 'rings' : 'seconds', cc);
  return (ctx) => {
    const value = spec.by === 'rings' ? ctx.transcript.rings : ctx.transcript.answerSeconds;
    if (value === undefined) return out('n/a', [{ code: 'answer-unknown', by: spec.by }]);
    const measured: Measurement = { value, unit: spec.by, ...bounds };
    const over = (bounds.max !== undefined && value > bounds.max) || (bounds.min !== undefined && value < bounds.min);
    const evidence = ctx.turns.find((t) => t.role === 'agent');
    if (over) return out('fail', [{ code: 'answer-over', value, unit: spec.by, max: bounds.max ?? 0 }], evidence === undefined ? [] : [wholeTurn(evidence)], measured);
    return out('pass', [{ code: 'answer-kept', value, unit: spec.by }], [], measured);
  };
}

function compileRate(spec: Extract<AuditCondition, { rate: unknown }>['rate'], cc: CompileContext): Evaluator {
  const bounds = boundsOf(spec, 'chars-per-minute', cc);
  const role = spec.role ?? 'agent';
  return (ctx) => {
    if (!ctx.final) return pending();
    let chars = 0;
    let seconds = 0;
    const off: Array<{ turn: AuditTurn; rate: number }> = [];
    for (const t of ctx.turns) {
      if (!roleMatches(t, role) || t.start === undefined || t.end === undefined || t.end <= t.start) continue;
      const c = ctx.spoken(t.index);
      chars += c;
      seconds += t.end - t.start;
      const r = (c / (t.end - t.start)) * 60;
      if ((bounds.max !== undefined && r > bounds.max) || (bounds.min !== undefined && r < bounds.min)) off.push({ turn: t, rate: Math.round(r) });
    }
    if (seconds === 0) return out('n/a', [{ code: 'no-timing' }]);
    const value = Math.round((chars / seconds) * 60);
    const measured: Measurement = { value, unit: 'chars-per-minute', ...bounds };
    if ((bounds.max !== undefined && value > bounds.max) || (bounds.min !== undefined && value < bounds.min)) {
      off.sort((x, y) => Math.abs(y.rate - value) - Math.abs(x.rate - value));
      return out('fail', [{ code: 'rate-out', value, bound: boundText(bounds) }], off.slice(0, 3).map((o) => wholeTurn(o.turn, `${o.rate} 字/分钟`)), measured);
    }
    return out('pass', [{ code: 'rate-kept', value }], [], measured);
  };
}

function compileLength(spec: Extract<AuditCondition, { length: unknown }>['length'], cc: CompileContext): Evaluator {
  const role = spec.role ?? 'agent';
  const max = spec.max ?? (spec.pace === true ? cc.paceMaxChars : undefined);
  const min = spec.min;
  return (ctx) => {
    let n = 0;
    let longest = 0;
    const over: Evidence[] = [];
    let overCount = 0;
    let underCount = 0;
    for (const t of ctx.turns) {
      if (!roleMatches(t, role)) continue;
      n++;
      const c = ctx.typed(t.index);
      longest = Math.max(longest, c);
      if ((max !== undefined && c > max) || (min !== undefined && c < min)) {
        if (max !== undefined && c > max) overCount++;
        else underCount++;
        if (over.length < MAX_EVIDENCE) over.push(wholeTurn(t, `${c} 字`));
      }
    }
    const measured: Measurement = { value: longest, unit: 'chars', ...(max === undefined ? {} : { max }), ...(min === undefined ? {} : { min }) };
    if (overCount + underCount > 0) {
      const reasons: Reason[] = [];
      if (overCount > 0) reasons.push({ code: 'length-over', count: overCount, max: max! });
      if (underCount > 0) reasons.push({ code: 'length-under', count: underCount, min: min! });
      return out('fail', reasons, over, measured);
    }
    if (!ctx.final) return pending();
    if (n === 0) return out('n/a', [{ code: 'no-turns', role }]);
    return out('pass', [{ code: 'length-kept', max: max ?? longest }], [], measured);
  };
}

function compileDuration(spec: Extract<AuditCondition, { duration: unknown }>['duration'], cc: CompileContext): Evaluator {
  const bounds = boundsOf(spec, 'seconds', cc);
  return (ctx) => {
    if (!ctx.final) {
      // Over the maximum already: decided.
      const first = ctx.turns[0]?.start;
      const last = ctx.turns.length > 0 ? timeOf(ctx.turns[ctx.turns.length - 1]!) : undefined;
      if (bounds.max === undefined || first === undefined || last === undefined || last - first <= bounds.max || !ctx.allTimed) return pending();
    }
    if (ctx.turns.length === 0 || !ctx.allTimed) return out('n/a', [{ code: 'no-timing' }]);
    let last = 0;
    for (const t of ctx.turns) last = Math.max(last, timeOf(t)!);
    const seconds = last - ctx.turns[0]!.start!;
    const minutes = round1(seconds / 60);
    const measured: Measurement = { value: round1(seconds), unit: 'seconds', ...bounds };
    const b = { ...(bounds.min === undefined ? {} : { min: round1(bounds.min / 60) }), ...(bounds.max === undefined ? {} : { max: round1(bounds.max / 60) }) };
    if ((bounds.max !== undefined && seconds > bounds.max) || (bounds.min !== undefined && seconds < bounds.min)) {
      return out('fail', [{ code: 'duration-out', minutes, bound: `${boundText(b)} 分钟` }], [wholeTurn(ctx.turns[ctx.turns.length - 1]!)], measured);
    }
    return out('pass', [{ code: 'duration-kept', minutes }], [], measured);
  };
}

function compileInterruption(spec: Extract<AuditCondition, { interruption: unknown }>['interruption']): Evaluator {
  const by = spec.by ?? 'agent';
  const tolerance = spec.tolerance ?? 0;
  return (ctx) => {
    let timed = 0;
    let count = 0;
    const evidence: Evidence[] = [];
    for (let k = 1; k < ctx.turns.length; k++) {
      const t = ctx.turns[k]!;
      const p = ctx.turns[k - 1]!;
      // A turn of `by` that follows the other party's turn (agent after customer, by default).
      const counts = by === 'any' ? p.role !== t.role : t.role === by && p.role !== by && (p.role === 'agent' || p.role === 'customer');
      if (!counts || p.end === undefined || t.start === undefined) continue;
      timed++;
      if (t.start < p.end - tolerance) {
        count++;
        if (evidence.length < MAX_EVIDENCE) evidence.push(wholeTurn(t, `${round1(p.end - t.start)} s`));
      }
    }
    if (count > 0) return out('fail', [{ code: 'interrupted', count }], evidence);
    if (!ctx.final) return pending();
    if (timed === 0) return out('n/a', [{ code: 'no-timing' }]);
    return out('pass', [{ code: 'interrupt-none' }]);
  };
}

function compileCount(spec: Extract<AuditCondition, { count: unknown }>['count'], cc: CompileContext): Evaluator {
  const scope: Scope = { role: spec.role ?? 'agent', turns: spec.turns, seconds: spec.seconds };
  const ref = spec.phrases === undefined ? undefined : cc.table.list(spec.phrases);
  const bound = { ...(spec.min === undefined ? {} : { min: spec.min }), ...(spec.max === undefined ? {} : { max: spec.max }) };
  return (ctx) => {
    if (ref !== undefined) {
      const na = missingVar(ref);
      if (na !== undefined) return na;
    }
    const sc = scoped(ctx, scope);
    if (sc === undefined) return out('n/a', [{ code: 'no-timing' }]);
    const evidence: Evidence[] = [];
    let count = 0;
    for (const t of sc.turns) {
      if (ref === undefined) {
        count++;
        if (evidence.length < MAX_EVIDENCE) evidence.push(wholeTurn(t));
      } else {
        for (const h of ctx.hits[t.index]?.get(ref.id) ?? []) {
          count++;
          if (evidence.length < MAX_EVIDENCE) evidence.push(spanOf(t, h, ref.label));
        }
      }
    }
    const measured: Measurement = { value: count, unit: 'count', ...bound };
    if (spec.max !== undefined && count > spec.max) return out('fail', [{ code: 'count-out', count, bound: boundText(bound) }], evidence, measured);
    if (!sc.complete) return spec.max === undefined && spec.min !== undefined && count >= spec.min ? out('pass', [{ code: 'count-kept', count }], evidence, measured) : pending();
    if (spec.min !== undefined && count < spec.min) return out('fail', [{ code: 'count-out', count, bound: boundText(bound) }], evidence, measured);
    return out('pass', [{ code: 'count-kept', count }], evidence, measured);
  };
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function compileLint(spec: Extract<AuditCondition, { lint: unknown }>['lint']): Evaluator {
  const min = RANK[spec.minSeverity ?? 'error'];
  const role = spec.role ?? 'agent';
  return (ctx) => {
    const evidence: Evidence[] = [];
    let count = 0;
    let n = 0;
    for (const t of ctx.turns) {
      if (!roleMatches(t, role)) continue;
      n++;
      for (const f of ctx.lint(t.index)) {
        if (RANK[f.severity] < min) continue;
        count++;
        if (evidence.length < MAX_EVIDENCE) evidence.push({ turn: t.index, start: f.start, end: f.end, text: f.text, note: f.message });
      }
    }
    if (count > 0) return out('fail', [{ code: 'lint-found', count }], evidence);
    if (!ctx.final) return pending();
    if (n === 0) return out('n/a', [{ code: 'no-turns', role }]);
    return out('pass', [{ code: 'lint-clean' }]);
  };
}

function compileAddress(spec: Extract<AuditCondition, { address: unknown }>['address'], cc: CompileContext): Evaluator {
  const avoid = spec.avoid === undefined ? undefined : cc.table.list(spec.avoid);
  const titles = cc.table.resolve(spec.titles).map((t) => toSimplified(t));
  return (ctx) => {
    let surname: string | undefined;
    let from = 0;
    if (ctx.transcript.customer !== undefined) surname = surnameOfAddress(ctx.transcript.customer);
    if (surname === undefined) {
      for (const t of ctx.turns) {
        if (t.role !== 'customer') continue;
        const s = surnameIn(t.text);
        if (s !== undefined) {
          surname = s;
          from = t.index + 1;
          break;
        }
      }
    }
    if (surname === undefined) return ctx.final ? out('n/a', [{ code: 'name-unknown' }]) : pending();
    const evidence: Evidence[] = [];
    let you = 0;
    let addressed: Evidence | undefined;
    let agentTurns = 0;
    for (let k = from; k < ctx.turns.length; k++) {
      const t = ctx.turns[k]!;
      if (t.role !== 'agent') continue;
      agentTurns++;
      if (avoid !== undefined) {
        for (const h of ctx.hits[k]?.get(avoid.id) ?? []) {
          you++;
          if (evidence.length < MAX_EVIDENCE) evidence.push(spanOf(t, h, avoid.label));
        }
      }
      if (addressed === undefined) {
        const s = toSimplified(t.text);
        for (const title of titles) {
          const at = s.indexOf(surname + title);
          if (at >= 0) {
            addressed = spanOf(t, { start: at, end: at + surname.length + title.length });
            break;
          }
        }
      }
    }
    if (you > 0) return out('fail', [{ code: 'address-you', count: you }], evidence);
    if (!ctx.final) return pending();
    if (agentTurns === 0) return out('n/a', [{ code: 'no-turns', role: 'agent' }]);
    if (addressed === undefined) return out('fail', [{ code: 'address-missing', surname }], ctx.turns.slice(from).filter((t) => t.role === 'agent').slice(0, 3).map((t) => wholeTurn(t)));
    return out('pass', [{ code: 'address-kept', address: addressed.text }], [addressed]);
  };
}

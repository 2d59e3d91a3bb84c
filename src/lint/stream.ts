/**
 * Streaming lint: text arrives in chunks (an LLM reply, speech-to-text partials) and each
 * finding is returned as soon as nothing later can change it. The findings are exactly those of
 * linting the whole text at once, with offsets into the whole stream.
 *
 * What is kept between chunks is bounded by the patterns, not the stream: the automaton's
 * state, the last {@link WINDOW} folded units (for context checks), the matches still waiting
 * for their right-hand context, and the original text from the earliest start a match still
 * in progress can have (a match can hold noise, which is kept, as its `text` includes it).
 */
import { HuashuError } from '../errors/index.js';
import { BOUNDARY, foldTable } from '../text/internal.js';
import { SKIP } from './automaton.js';
import type { CompiledRule, CompiledRules } from './compile.js';
import type { Around } from './context.js';
import { byStartLongestFirst, keepOutermost, overlapState, type RawFinding } from './overlaps.js';

/** Folded units remembered: before-context + pattern + after-context (64 each) fit. */
const WINDOW = 256;
const MASK = WINDOW - 1;

/** A finding out of the stream engine: its span and rule, and the original text it covers. */
export interface StreamedFinding {
  readonly raw: RawFinding;
  readonly text: string;
}

/** A pattern occurrence waiting until enough of what follows it has arrived. */
interface Deferred {
  readonly pattern: number;
  readonly startUnit: number;
  readonly endUnit: number;
  readonly start: number;
  readonly end: number;
  readonly clauseStart: number;
}

/**
 * Per state, how many of the last units a match still to come can start within: the depth of
 * the deepest state on its failure chain (itself included) that has a goto edge (a match that
 * ends later extends a suffix of what has been read, and that suffix is such a state).
 */
const extendable = new WeakMap<CompiledRules, Int32Array>();
function extendableDepths(compiled: CompiledRules): Int32Array {
  const known = extendable.get(compiled);
  if (known !== undefined) return known;
  const { nodes, cells } = compiled.automaton;
  const states = nodes.length >> 2;
  const branching = new Uint8Array(states);
  for (let k = 0; k < cells.length; k += 2) if (cells[k]! > 0) branching[cells[k]!] = 1;
  // States by depth (a failure link points to a shallower state).
  const byDepth = Array.from({ length: states }, (_, s) => s).sort((a, b) => nodes[(a << 2) + 3]! - nodes[(b << 2) + 3]!);
  const ext = new Int32Array(states);
  for (const s of byDepth) if (s !== 0) ext[s] = branching[s] === 1 ? nodes[(s << 2) + 3]! : ext[nodes[(s << 2) + 1]!]!;
  extendable.set(compiled, ext);
  return ext;
}

/** The stream engine of a compiled rule set. */
export interface StreamEngine {
  push(chunk: string): StreamedFinding[];
  end(): StreamedFinding[];
}

/**
 * Creates a stream over `compiled`; `accepts` is the linter's context check (anchors,
 * exceptions), `minRank` the least severe rank reported.
 */
export function createStreamEngine(compiled: CompiledRules, accepts: (rule: CompiledRule, around: Around) => boolean, minRank: number): StreamEngine {
  const { automaton, rules, entryStart, entryRule, right } = compiled;
  const { classes, root, nodes, cells, out, dict, nextSame, lengths } = automaton;
  const fold = foldTable();
  const ext = extendableDepths(compiled);
  const codes = new Int32Array(WINDOW);
  const offsets = new Float64Array(WINDOW);
  const clauses = new Float64Array(WINDOW); // per unit, the first unit of its clause
  let s = 0;
  let pos = 0; // offset of the next character in the whole stream
  let units = 0; // folded units seen
  let clauseStart = 0; // first unit of the current clause
  let buffer = ''; // the original text from `base` on
  let base = 0;
  let deferred: Deferred[] = [];
  let pending: RawFinding[] = [];
  const state = overlapState();
  let ended = false;

  // The surroundings of one deferred occurrence, read from the window.
  let at: Deferred | undefined;
  const around: Around = {
    before: (k) => {
      const u = at!.startUnit - k;
      return u < at!.clauseStart ? -1 : codes[u & MASK]!;
    },
    // Resolution waits until the after-context is in, or the clause has ended: a unit not yet
    // seen is past the clause's end.
    after: (k) => {
      for (let u = at!.endUnit + 1; u <= at!.endUnit + k; u++) if (u >= units || codes[u & MASK] === BOUNDARY) return -1;
      return codes[(at!.endUnit + k) & MASK]!;
    },
  };

  const resolve = (d: Deferred) => {
    at = d;
    for (let e = entryStart[d.pattern]!, to = entryStart[d.pattern + 1]!; e < to; e++) {
      const rule = rules[entryRule[e]!]!;
      if (rule.rank < minRank) break;
      if (rule.contextual && !accepts(rule, around)) continue;
      pending.push({ start: d.start, end: d.end, rank: rule.rank, rule: entryRule[e]! });
      break;
    }
  };
  const resolveReady = (all: boolean) => {
    if (deferred.length === 0) return;
    const waiting: Deferred[] = [];
    for (const d of deferred) {
      if (all || units - 1 - d.endUnit >= right[d.pattern]!) resolve(d);
      else waiting.push(d);
    }
    deferred = waiting;
  };
  // Findings that nothing still to come can contain or precede, in order, through the filter.
  const release = (threshold: number): StreamedFinding[] => {
    if (pending.length === 0) return [];
    pending.sort(byStartLongestFirst);
    let n = 0;
    while (n < pending.length && pending[n]!.start < threshold) n++;
    if (n === 0) return [];
    const done = pending.slice(0, n);
    pending = pending.slice(n);
    return keepOutermost(done, state).map((raw) => ({ raw, text: buffer.slice(raw.start - base, raw.end - base) }));
  };
  // The earliest start a finding still to come can have.
  const threshold = () => {
    const depth = ext[s]!;
    let t = depth > 0 ? offsets[(units - depth) & MASK]! : pos;
    for (const d of deferred) if (d.start < t) t = d.start;
    return t;
  };

  return {
    push(chunk) {
      if (ended) throw new HuashuError('INVALID_ARGUMENT', 'stream.push: the stream has ended (end() was called); start a new one with linter.stream()');
      if (typeof chunk !== 'string') throw new HuashuError('INVALID_ARGUMENT', `stream.push: expected a string chunk, got ${chunk === null ? 'null' : typeof chunk}`);
      buffer += chunk;
      // The hot loop works on locals (closure variables are slower), synced before any call
      // that reads them.
      let st = s;
      let n = units;
      let at0 = pos;
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk.charCodeAt(i);
        const cls = classes[c]!;
        if (cls === SKIP) continue;
        const f = fold[c]!;
        const here = at0 + i;
        if (f === BOUNDARY) {
          // The clause ends: whatever waited for more of it is decided now.
          if (deferred.length !== 0) {
            units = n;
            resolveReady(true);
          }
          // A run of clause punctuation is one clause mark (a unit), read by patterns that hold one.
          if (n > 0 && codes[(n - 1) & MASK] === BOUNDARY) continue;
          clauseStart = n + 1;
        }
        codes[n & MASK] = f;
        offsets[n & MASK] = here;
        clauses[n & MASK] = clauseStart;
        n++;
        if (cls === 0) st = 0;
        else {
          let k = (nodes[st << 2]! + cls) << 1;
          if (st !== 0 && cells[k] !== st) {
            do st = nodes[(st << 2) + 1]!;
            while (st !== 0 && cells[(k = (nodes[st << 2]! + cls) << 1)] !== st);
          }
          st = st === 0 ? root[cls]! : cells[k + 1]!;
          for (let t = nodes[(st << 2) + 2]!; t > 0; t = dict[t]!) {
            for (let p = out[t]!; p >= 0; p = nextSame[p]!) {
              const startUnit = n - lengths[p]!;
              deferred.push({ pattern: p, startUnit, endUnit: n - 1, start: offsets[startUnit & MASK]!, end: here + 1, clauseStart: clauses[startUnit & MASK]! });
            }
          }
        }
        if (deferred.length !== 0) {
          units = n;
          resolveReady(false);
        }
      }
      s = st;
      units = n;
      pos = at0 + chunk.length;
      const t = threshold();
      const found = release(t);
      const keep = Math.min(t, pos);
      buffer = buffer.slice(keep - base);
      base = keep;
      return found;
    },
    end() {
      if (ended) return [];
      ended = true;
      resolveReady(true);
      return release(Infinity);
    },
  };
}

/**
 * Streaming lint: text arrives in chunks (an LLM reply, speech-to-text partials) and each
 * finding is returned once nothing later can change it. The findings are exactly those of
 * linting the whole text at once, with offsets into the whole stream, because every finding is
 * decided by the whole-text scan itself (`scanWindow`: matching, profile, scopes, `A…B` heads,
 * anchors, exceptions, question form, quotation), run over a window of the stream.
 *
 * Why a window decides like the whole text: every semantic check stops at a sentence end on
 * both sides (or reads a bounded number of code units), except that the quotation check reads
 * up to {@link LEFT} code units before its sentence. So a finding that starts at or before a
 * sentence end S1 is settled when a later sentence end S2 has arrived with at least the longest
 * pattern's length in letters between them (the match and its right-hand context end before
 * S2); and findings after S1 only need the text from S1 − {@link LEFT} on. Findings go through
 * the overlap filter in order of start, with its state kept between windows.
 *
 * Inside a long sentence, findings are settled too: once a finding's match is complete and
 * enough text follows it for every check (48 code units, and the clause units its rules' `after`,
 * `later` and `sentence` contexts read), and no match still in progress or still short of that text can
 * give a finding that starts before it (such a finding starts at most an `A…B` head's reach,
 * fewer than {@link BACK} clause units, before its match). Those cuts come every {@link STEP}
 * code units at least, so each window is scanned a bounded number of times.
 *
 * Kept between chunks: the text from the last cut on, with {@link BACK} clause units and
 * {@link LEFT} code units before it (after a cut at a sentence end, its sentence as well): a
 * stream without a sentence end holds a bounded window, not the whole text (unless it is mostly
 * noise, zero-width characters that no check counts).
 */
import { HuashuError } from '../errors/index.js';
import { BOUNDARY, foldTable, isSoftBoundary, NOISE } from '../text/internal.js';
import { SKIP } from './automaton.js';
import type { CompiledRules } from './compile.js';
import { byStartLongestFirst, keepOutermost, overlapState, type RawFinding } from './overlaps.js';

/** Code units before a sentence that a finding after it may read (quotation: 48 + 16). */
const LEFT = 64;
/** Code units after a match that its checks may read at most (question, quotation: 48). */
const RIGHT_UNITS = 48;
/**
 * Clause units (any unit but noise) before a match that its checks or its finding may reach:
 * an `A…B` head (within 32 + a literal of 64; an `A…，B` head 4 clause marks more), an `earlier`
 * context (16 + 64), a `sentence` context (24 + 64), with room.
 */
const BACK = 160;
/** Between cuts inside a sentence, at least this many code units (each cut rescans its window). */
const STEP = 256;
/** Recent clause units kept (their offsets), to find cuts inside a sentence. */
const CLAUSE_RING = 2048;

/** A finding out of the stream engine: its span and rule, and the original text it covers. */
export interface StreamedFinding {
  readonly raw: RawFinding;
  readonly text: string;
}

/** The stream engine of a compiled rule set. */
export interface StreamEngine {
  push(chunk: string): StreamedFinding[];
  end(): StreamedFinding[];
}

/**
 * Sentence-end characters that also end a clause for every semantic check: 1 per UTF-16 unit
 * (a table rather than a Set: it is read at every unit the stream receives).
 */
let sentenceEnds: Uint8Array | undefined;
function isSentenceEnd(c: number): boolean {
  if (sentenceEnds === undefined) {
    const fold = foldTable();
    sentenceEnds = new Uint8Array(0x10000);
    for (const ch of '。！？!?\n\r…') {
      const u = ch.charCodeAt(0);
      if (fold[u] === BOUNDARY || isSoftBoundary(u)) sentenceEnds[u] = 1;
    }
  }
  return sentenceEnds[c] === 1;
}

/**
 * Per automaton state, how many of the last units a match still to come can start within: the
 * depth of the deepest state on its failure chain (itself included) that has a goto edge.
 */
const extendable = new WeakMap<CompiledRules, Int32Array>();
function extendableDepths(compiled: CompiledRules): Int32Array {
  const known = extendable.get(compiled);
  if (known !== undefined) return known;
  const { nodes, cells, out, nextSame } = compiled.automaton;
  const { entryStart } = compiled;
  const states = nodes.length >> 2;
  // Only edges towards a pattern some entry holds count (`A…B` heads are patterns of their own,
  // held by none: see compile.ts): per state, whether such a pattern ends at or below it.
  const parent = new Int32Array(states);
  for (let k = 0; k < cells.length; k += 2) if (cells[k]! > 0) parent[cells[k + 1]!] = cells[k]!;
  const useful = new Uint8Array(states);
  const branching = new Uint8Array(states);
  // (States are numbered breadth first: a child comes after its parent.)
  for (let s = states - 1; s > 0; s--) {
    for (let q = out[s]!; q >= 0 && useful[s] === 0; q = nextSame[q]!) if (entryStart[q + 1]! > entryStart[q]!) useful[s] = 1;
    const up = parent[s]!;
    if (useful[s] === 1 && up > 0) useful[up] = branching[up] = 1;
  }
  // (States are numbered breadth first: a failure link, shallower, comes first.)
  const ext = new Int32Array(states);
  for (let s = 1; s < states; s++) ext[s] = branching[s] === 1 ? nodes[(s << 2) + 3]! : ext[nodes[(s << 2) + 1]!]!;
  extendable.set(compiled, ext);
  return ext;
}

/**
 * Creates a stream over `compiled`; `scanWindow` is the whole-text scan (every match of a text
 * that stands, before the overlap filter), the one code path lint() uses.
 */
export function createStreamEngine(compiled: CompiledRules, scanWindow: (text: string) => RawFinding[]): StreamEngine {
  const fold = foldTable();
  const { classes, root, nodes, cells, lengths, out, dict, nextSame } = compiled.automaton;
  const ext = extendableDepths(compiled);
  let maxLen = 1;
  for (const l of lengths) if (l > maxLen) maxLen = l;
  // The automaton's state and the offsets of the last maxLen units: where a match still in
  // progress can start.
  const ring = new Float64Array(maxLen + 1);
  let st = 0;
  let units = 0;
  let lastBoundary = false;
  // The earliest start of a match that ends after the last sentence end (its right-hand
  // context may still be coming).
  let crossStart = Infinity;
  // Offsets of the last CLAUSE_RING clause units (any unit but noise: what every check counts).
  const clause = new Float64Array(CLAUSE_RING);
  let clauseUnits = 0;
  // Matches whose end lacks the text after it that their checks read (offsets [start, end)).
  let openStarts: number[] = [];
  let openEnds: number[] = [];
  let right = 0;
  for (const r of compiled.right) if (r > right) right = r;
  let buffer = ''; // the stream's text from `base` on
  let base = 0;
  let done = 0; // findings starting before this offset have been returned
  let ended = false;
  const state = overlapState();

  /** Scans `buffer[0, upto)` and returns the findings starting in [done, cut), in order. */
  const settle = (upto: number, cut: number): StreamedFinding[] => {
    const text = buffer.slice(0, upto);
    const raw = scanWindow(text);
    const mine: RawFinding[] = [];
    for (const f of raw) {
      const start = f.start + base;
      if (start >= done && start < cut) mine.push({ start, end: f.end + base, rank: f.rank, rule: f.rule });
    }
    mine.sort(byStartLongestFirst);
    return keepOutermost(mine, state).map((f) => ({ raw: f, text: buffer.slice(f.start - base, f.end - base) }));
  };

  /**
   * The offset of the `k`-th clause unit before offset `at`: 0 when the stream has fewer,
   * -Infinity when it is older than the ring (then nothing may be cut or dropped there).
   */
  const clauseBefore = (at: number, k: number): number => {
    const oldest = Math.max(0, clauseUnits - CLAUSE_RING);
    let lo = oldest;
    let hi = clauseUnits;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (clause[mid % CLAUSE_RING]! < at) lo = mid + 1;
      else hi = mid;
    }
    if (lo - k < 0) return 0;
    return lo - k < oldest ? -Infinity : clause[(lo - k) % CLAUSE_RING]!;
  };

  /**
   * A cut inside a sentence: findings starting before it have complete matches with every unit
   * their checks read after them (RIGHT_UNITS code units and `right` + 1 clause units), and no
   * match still in progress or still short of that text can give a finding before it (it starts
   * at least BACK clause units later, heads included).
   */
  const innerCut = (open: number): number => {
    const end = base + buffer.length;
    const e = Math.min(end - RIGHT_UNITS, clauseUnits > right + 1 ? clause[(clauseUnits - right - 1) % CLAUSE_RING]! : -Infinity);
    let p = open;
    const starts: number[] = [];
    const ends: number[] = [];
    for (let i = 0; i < openEnds.length; i++) {
      if (openEnds[i]! <= e) continue;
      starts.push(openStarts[i]!);
      ends.push(openEnds[i]!);
      if (openStarts[i]! < p) p = openStarts[i]!;
    }
    openStarts = starts;
    openEnds = ends;
    return clauseBefore(p, BACK);
  };

  /** A cut at the latest sentence end of the chunk that starts at `from` (or -1), and how far to scan. */
  const sentenceCut = (from: number, open: number): { cut: number; upto: number } => {
    let s2 = -1;
    for (let i = buffer.length - 1; i >= from; i--) {
      if (isSentenceEnd(buffer.charCodeAt(i))) {
        s2 = i;
        break;
      }
    }
    if (s2 < 0) return { cut: -1, upto: 0 };
    return { cut: Math.min(s2 + base + 1, open, crossStart), upto: s2 + 1 };
  };

  /** Settles what the chunk that starts at `from` allows; `open`: where a match in progress may start. */
  const cutAndSettle = (from: number, open: number): StreamedFinding[] => {
    let { cut, upto } = sentenceCut(from, open);
    let atSentence = true;
    const inner = innerCut(open);
    if (inner - done >= STEP && inner > cut) {
      cut = inner;
      upto = buffer.length;
      atSentence = false;
    }
    if (cut <= done) return [];
    const found = settle(upto, cut);
    done = cut;
    // What findings from the cut on may read before them: BACK clause units and LEFT code units
    // (after a cut at a sentence end, their sentence and LEFT code units before it, as well).
    let b = cut - base - 1;
    if (atSentence) while (b > 0 && !isSentenceEnd(buffer.charCodeAt(b))) b--;
    const keep = Math.max(0, Math.min(b - LEFT, clauseBefore(cut, BACK) - base - LEFT));
    buffer = buffer.slice(keep);
    base += keep;
    return found;
  };

  return {
    push(chunk) {
      if (ended) throw new HuashuError('INVALID_ARGUMENT', 'stream.push: the stream has ended (end() was called); start a new one with linter.stream()');
      if (typeof chunk !== 'string') throw new HuashuError('INVALID_ARGUMENT', `stream.push: expected a string chunk, got ${chunk === null ? 'null' : typeof chunk}`);
      const from = buffer.length;
      buffer += chunk;
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk.charCodeAt(i);
        if (isSentenceEnd(c)) crossStart = Infinity;
        if (fold[c] !== NOISE || isSoftBoundary(c)) clause[clauseUnits++ % CLAUSE_RING] = base + from + i;
        const cls = classes[c]!;
        if (cls === SKIP) continue;
        const f = fold[c]!;
        if (f === BOUNDARY) {
          if (lastBoundary) continue;
          lastBoundary = true;
        } else lastBoundary = false;
        ring[units % ring.length] = base + from + i;
        units++;
        if (cls === 0) st = 0;
        else {
          let k = (nodes[st << 2]! + cls) << 1;
          if (st !== 0 && cells[k] !== st) {
            do st = nodes[(st << 2) + 1]!;
            while (st !== 0 && cells[(k = (nodes[st << 2]! + cls) << 1)] !== st);
          }
          st = st === 0 ? root[cls]! : cells[k + 1]!;
          for (let t = nodes[(st << 2) + 2]!; t > 0; t = dict[t]!) {
            for (let q = out[t]!; q >= 0; q = nextSame[q]!) {
              if (compiled.entryStart[q + 1] === compiled.entryStart[q]) continue; // (an `A…B` head: no finding)
              const start = ring[(units - lengths[q]!) % ring.length]!;
              if (start < crossStart) crossStart = start;
              openStarts.push(start);
              openEnds.push(base + from + i + 1);
            }
          }
        }
      }
      // The earliest start a match still in progress can have.
      const depth = ext[st]!;
      const open = depth > 0 ? ring[(units - depth) % ring.length]! : base + buffer.length;
      const found = cutAndSettle(from, open);
      return found;
    },
    end() {
      if (ended) return [];
      ended = true;
      const found = settle(buffer.length, Infinity);
      buffer = '';
      return found;
    },
  };
}

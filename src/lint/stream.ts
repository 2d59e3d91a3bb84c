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
 * Kept between chunks: the text from the last settled sentence (less {@link LEFT}) on. A long
 * stretch without a sentence end is held (and scanned once) until one arrives or `end()`.
 */
import { HuashuError } from '../errors/index.js';
import { BOUNDARY, foldTable, isSoftBoundary } from '../text/internal.js';
import { SKIP } from './automaton.js';
import type { CompiledRules } from './compile.js';
import { byStartLongestFirst, keepOutermost, overlapState, type RawFinding } from './overlaps.js';

/** Code units before a sentence that a finding after it may read (quotation: 48 + 16). */
const LEFT = 64;

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

/** Sentence-end characters that also end a clause for every semantic check. */
let sentenceEnds: Set<number> | undefined;
function isSentenceEnd(c: number): boolean {
  if (sentenceEnds === undefined) {
    const fold = foldTable();
    sentenceEnds = new Set([...'。！？!?\n\r…'].map((ch) => ch.charCodeAt(0)).filter((c) => fold[c] === BOUNDARY || isSoftBoundary(c)));
  }
  return sentenceEnds.has(c);
}

/**
 * Per automaton state, how many of the last units a match still to come can start within: the
 * depth of the deepest state on its failure chain (itself included) that has a goto edge.
 */
const extendable = new WeakMap<CompiledRules, Int32Array>();
function extendableDepths(compiled: CompiledRules): Int32Array {
  const known = extendable.get(compiled);
  if (known !== undefined) return known;
  const { nodes, cells } = compiled.automaton;
  const states = nodes.length >> 2;
  const branching = new Uint8Array(states);
  for (let k = 0; k < cells.length; k += 2) if (cells[k]! > 0) branching[cells[k]!] = 1;
  const byDepth = Array.from({ length: states }, (_, s) => s).sort((a, b) => nodes[(a << 2) + 3]! - nodes[(b << 2) + 3]!);
  const ext = new Int32Array(states);
  for (const s of byDepth) if (s !== 0) ext[s] = branching[s] === 1 ? nodes[(s << 2) + 3]! : ext[nodes[(s << 2) + 1]!]!;
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

  return {
    push(chunk) {
      if (ended) throw new HuashuError('INVALID_ARGUMENT', 'stream.push: the stream has ended (end() was called); start a new one with linter.stream()');
      if (typeof chunk !== 'string') throw new HuashuError('INVALID_ARGUMENT', `stream.push: expected a string chunk, got ${chunk === null ? 'null' : typeof chunk}`);
      const from = buffer.length;
      buffer += chunk;
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk.charCodeAt(i);
        if (isSentenceEnd(c)) crossStart = Infinity;
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
              const from = ring[(units - lengths[q]!) % ring.length]!;
              if (from < crossStart) crossStart = from;
            }
          }
        }
      }
      // The earliest start a match still in progress can have.
      const depth = ext[st]!;
      const open = depth > 0 ? ring[(units - depth) % ring.length]! : base + buffer.length;
      // A new cut is possible only when a sentence end arrives.
      let s2 = -1;
      for (let i = buffer.length - 1; i >= from; i--) {
        if (isSentenceEnd(buffer.charCodeAt(i))) {
          s2 = i;
          break;
        }
      }
      if (s2 < 0) return [];
      // S1: the latest sentence end (S2 itself).
      let s1 = -1;
      const floor = Math.max(0, done - base - 1);
      for (let i = s2; i >= floor; i--) {
        const c = buffer.charCodeAt(i);
        if (isSentenceEnd(c)) {
          s1 = i;
          break;
        }
      }
      if (s1 < 0) return [];
      const cut = Math.min(s1 + base + 1, open, crossStart);
      if (cut <= done) return [];
      const found = settle(s2 + 1, cut);
      done = cut;
      // What findings from the cut on may read before them: their clause, and LEFT code units
      // before their sentence.
      let b = cut - base - 1;
      while (b > 0 && !isSentenceEnd(buffer.charCodeAt(b))) b--;
      const keep = Math.max(0, b - LEFT);
      buffer = buffer.slice(keep);
      base += keep;
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

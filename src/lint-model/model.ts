/**
 * A learned estimate of rude agent sentences: a linear scorer (multinomial logistic regression)
 * over hashed character 1–3-grams of the linter's folded text (traditional script, width, case,
 * spacing and zero-width tricks fold away exactly as for the rules; 你 and 您 stay apart) and over
 * stance markers ({@link STANCE_MARKERS}: each marker found, and each of their stance groups, is one
 * feature more; the weights decide what a marker means, it is not a rule). Each
 * sentence is scored on its own: one pass over its units, a fixed number of multiply-adds per
 * n-gram, no regular expression, no allocation once the scratch buffers have grown.
 *
 * The weights are trained by scripts/data/lint-model.ts on the banned sentences of the tuning
 * splits of bench/data/banned-sentences.yaml (positives, by theme) and on the library's own phrases
 * and CrossWOZ's test-split agent turns (negatives), and shipped as generated data
 * (src/generated/lint-model.ts) that only this module imports: bundles that never score with the
 * model do not carry them.
 */
import { BOUNDARY, foldTable, isSoftBoundary, NOISE } from '../text/internal.js';
import { LINE_BREAKS, SENTENCE_ENDS } from '../text/index.js';

/** A decoded model: `classes` (0 is `none`) × 2^bits weights, dequantised. */
export interface LintModel {
  /** Bits of the feature hash: 2^bits buckets per class. */
  readonly bits: number;
  /** The classes: `none` first, then the themes. */
  readonly classes: readonly string[];
  /** Class-major weights: `weights[c << bits | bucket]`. */
  readonly weights: Float32Array;
  /** Per-class bias. */
  readonly bias: Float32Array;
  /** The margin (best theme's logit minus `none`'s) from which a sentence is reported. */
  readonly threshold: number;
}

/** One scored sentence: its span in the text, its best theme and the margin over `none`. */
export interface ModelScore {
  readonly start: number;
  readonly end: number;
  readonly theme: string;
  /** Best theme's logit minus `none`'s. */
  readonly margin: number;
}

/** Folded-unit markers: a clause mark, and the sentence start / plain end / question / exclamation. */
const CLAUSE = 1;
const START = 2;
const END = 3;
const END_ASK = 4;
const END_BANG = 5;

/** The code units that end a sentence, as a bit table (built on first use). */
let sentenceEnds: Uint8Array | undefined;

/** Whether the code unit ends a sentence (。！？… . ! ? or a line break). */
export function endsSentence(c: number): boolean {
  if (sentenceEnds === undefined) {
    sentenceEnds = new Uint8Array(0x10000);
    const all = SENTENCE_ENDS + LINE_BREAKS;
    for (let i = 0; i < all.length; i++) sentenceEnds[all.charCodeAt(i)] = 1;
  }
  return sentenceEnds[c] === 1;
}

/** The end marker a sentence-ending code unit gives (question, exclamation, or plain). */
function endMarker(c: number): number {
  return c === 0xff1f || c === 0x3f ? END_ASK : c === 0xff01 || c === 0x21 ? END_BANG : END;
}

/** Longest n-gram. (Skip-bigrams, 4-grams and 1–2-grams were measured too: no better, see docs/lint.md.) */
const MAX_N = 3;

/** A 32-bit finaliser, so that nearby n-gram hashes spread over the buckets. */
function mix(h: number): number {
  let x = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  x = Math.imul(x ^ (x >>> 12), 0x297a2d39);
  return x ^ (x >>> 15);
}

/**
 * Stance markers by group (round 7, issue 17): words and frames that carry a rude stance whatever
 * the industry's nouns — rhetorical questions, brush-offs, orders, insults, impatience, blame,
 * not-knowing, rule-shields, vague promises, closing time, curt acknowledgements, flat refusals,
 * casual interjections (喂, 哎), offhand replies (嗯, 哦, 没事). A `…` is a gap:
 * the part after it must end within {@link MARKER_GAP} units (`别…了`: 别 then 了 within 8); a marker
 * ending in `…` needs a unit after it (`少…`: 少来, not a final 少). Each
 * marker the sentence contains is one feature, and each group with at least one marker is one
 * more: that group feature is what lets a marker-bearing sentence from an unseen industry borrow
 * what the others taught (grouped CV by industry: docs/lint.md, "Round 7"). Hand-written from
 * general knowledge of 服务忌语, not read off the held-out splits.
 */
export const STANCE_MARKERS: Readonly<Record<string, readonly string[]>> = {
  rhetorical: ['又不是', '难道', '凭什么', '怪谁', '谁让你', '谁叫你', '到底', '你问我我问谁', '还用问', '不会…吗', '有什么好', '没看见', '没看到', '还问', '还要', '什么…啊', '你…什么', '有什么…的', '干嘛', '干什么', '不是…吗', '还不', '这都', '连…都', '怎么…不', '怎么了', '又怎样', '怎么样', '懂什么', '也不看看', '你以为', '能怎么样'],
  dismissive: ['关我什么事', '关我啥事', '不关我', '不归', '找…去', '问…去', '跟我说没用', '那是你的事', '不管', '不是我', '我也没办法', '没办法', '爱…不…', '随便', '自己', '没空', '不办', '办不了', '管不了', '不负责', '无关', '没关系', '去问', '找别人', '找领导', '没用', '随你', '爱去哪', '你去投诉', '告去', '投诉去', '你管', '管得着', '与我无关', '不是我们', '我哪知道'],
  asserting: ['本来就', '早就', '说了', '说过', '就是', '反正', '规定', '不行', '不可能'],
  ordering: ['滚', '别…了', '不准', '不许', '给我', '赶紧', '快点', '等着', '出去', '闭嘴', '少…', '站住', '排队', '回去', '走开', '让开', '别', '不要…了', '等会', '等一下', '拿来', '过来', '让一让', '靠边', '下一个', '听见没', '听到没', '跟你说', '不用你'],
  insulting: ['有病', '神经', '笨', '蠢', '傻', '穷', '买不起', '没文化', '看不懂', '听不懂', '懂不懂', '什么东西', '乡下', '土', '什么人', '素质', '有钱', '农村', '脑子', '瞎', '聋', '白痴', '废物', '找死', '德行', '没见过', '丢人', '就你', '这种人', '你们这些', '看不起', '就凭你', '你也配', '买得起', '你们这种', '乡巴佬', '没钱', '穷鬼', '外行', '小气', '骗子', '神经病', '不要脸', '老东西'],
  impatient: ['烦', '急什么', '催什么', '吵什么', '又来', '有完没完', '行了行了', '快下班', '下班了', '忙', '吵', '磨蹭', '啰嗦', '唠叨', '急', '没完', '几遍', '多少遍', '多少次', '磨叽', '烦不烦', '别问了', '问什么问', '叫什么', '喊什么', '嚷什么'],
  blaming: ['活该', '你自己', '怎么搞的', '怪你', '你的问题', '谁让', '自找', '你怎么', '自己不', '你不会', '你没', '弄坏', '搞错', '不早说', '没看清', '不看清楚', '早干嘛', '你不是', '怪不得', '你自己的'],
  unknowing: ['不知道', '不清楚', '不晓得', '不懂', '不了解'],
  'rule-bound': ['制度', '政策', '上面', '按规定', '系统', '就这样', '规矩', '规定', '公司', '上级', '不予', '不可以', '没权力', '文件', '批示', '合同', '写明', '定的', '只认', '不合'],
  vague: ['再说', '过几天', '等通知', '回头', '尽量', '看情况', '说不准', '不一定'],
  closed: ['下班', '休息', '明天再来', '关门', '午休', '不上班'],
  curt: ['知道了', '行吧', '好吧', '无所谓'],
  // model5 (chosen by the industry CV, docs/lint.md "Round 7"): the groups above grew, and three more.
  refusing: ['不卖', '不收', '不给', '不退', '不换', '做不了', '不接', '不能', '不让', '不开', '没有了', '卖完'],
  interjection: ['喂', '哎', '嘿', '喏', '干啥', '干嘛的', '这位', '哥们', '老兄', '啥事'],
  offhand: ['嗯', '哦', '噢', '先挂', '待会', '等会儿', '正常', '没事', '什么大事', '就行了', '没什么', '也没用'],
};

/** The part after a marker's `…` ends within this many folded units of the part before. */
const MARKER_GAP = 8;

/**
 * The markers, folded, for scanning (built on first use): `parts[m]` the folded parts of marker m,
 * `group[m]` its group, `tailGap[m]` whether it ends in `…`, and per folded unit the markers whose
 * first part starts with it (`first[u]` the first, `next[m]` the next: a linked list).
 */
interface MarkerIndex {
  readonly parts: ReadonlyArray<readonly Uint16Array[]>;
  readonly group: Uint8Array;
  readonly tailGap: Uint8Array;
  readonly first: Int16Array;
  readonly next: Int16Array;
  readonly groups: number;
}
let markerIndex: MarkerIndex | undefined;
function markers(): MarkerIndex {
  if (markerIndex !== undefined) return markerIndex;
  const fold = foldTable();
  const all = Object.values(STANCE_MARKERS).flatMap((list, g) => list.map((m) => [m, g] as const));
  const parts = all.map(([m]) =>
    m
      .split('…')
      .filter((p) => p !== '')
      .map((p) => Uint16Array.from(p, (ch) => fold[ch.charCodeAt(0)]!)),
  );
  const first = new Int16Array(0x10000).fill(-1);
  const next = new Int16Array(all.length).fill(-1);
  for (let m = all.length - 1; m >= 0; m--) {
    const u = parts[m]![0]![0]!;
    next[m] = first[u]!;
    first[u] = m;
  }
  markerIndex = {
    parts,
    group: Uint8Array.from(all, ([, g]) => g),
    tailGap: Uint8Array.from(all, ([m]) => (m.endsWith('…') ? 1 : 0)),
    first,
    next,
    groups: Object.keys(STANCE_MARKERS).length,
  };
  return markerIndex;
}

/** Whether `units[at, at + part.length)` is `part`. */
function unitsAt(n: number, at: number, part: Uint16Array): boolean {
  if (at + part.length > n) return false;
  for (let j = 0; j < part.length; j++) if (units[at + j] !== part[j]) return false;
  return true;
}

/** Scratch: the folded units of the current sentence, its feature buckets, and the markers (and which) and groups seen. */
let units = new Uint16Array(256);
let buckets = new Int32Array(768);
let markerSeen = new Uint8Array(0);
let markerHits = new Int16Array(0);
let groupSeen = new Uint8Array(0);
/** Salts of the marker and group features' hashes (apart from the n-grams' FNV chains). */
const MARKER_SALT = 0x6a09e667;
const GROUP_SALT = 0x0bb67ae8;

/**
 * The hashed 1–3-gram buckets of the folded sentence `text[start, end)` (its end mark, if any,
 * included in the range), then one bucket per stance marker found and per marker group, in
 * `buckets`; returns how many. Unigrams of the start/end/clause units are left out.
 */
export function sentenceFeatures(text: string, start: number, end: number, bits: number): number {
  const fold = foldTable();
  let n = 0;
  if (units.length < end - start + 2) units = new Uint16Array(2 * (end - start + 2));
  units[n++] = START;
  let mark = END;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const f = fold[c]!;
    if (endsSentence(c)) {
      mark = endMarker(c);
      continue;
    }
    if (f === BOUNDARY || (f === NOISE && isSoftBoundary(c))) {
      if (units[n - 1] !== CLAUSE && units[n - 1] !== START) units[n++] = CLAUSE;
      continue;
    }
    if (f === NOISE) continue;
    units[n++] = f;
  }
  if (units[n - 1] === CLAUSE) n--;
  units[n++] = mark;
  const index = markers();
  const M = index.group.length;
  if (markerSeen.length < M) {
    markerSeen = new Uint8Array(M);
    markerHits = new Int16Array(M);
    groupSeen = new Uint8Array(index.groups);
  }
  if (buckets.length < MAX_N * n + M + index.groups) buckets = new Int32Array(2 * (MAX_N * n + M + index.groups));
  const shift = 32 - bits;
  let k = 0;
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < MAX_N && i + j < n; j++) {
      h = Math.imul(h ^ units[i + j]!, 0x01000193);
      if (j === 0 && units[i]! <= END_BANG) continue;
      buckets[k++] = mix(h) >>> shift;
    }
  }
  // Stance markers: each found once per sentence (a marker is tried only where its first unit is,
  // and each later part within MARKER_GAP units: a bounded amount of work per unit).
  let hits = 0;
  for (let i = 0; i < n; i++) {
    for (let m = index.first[units[i]!]!; m >= 0; m = index.next[m]!) {
      if (markerSeen[m] === 1) continue;
      const parts = index.parts[m]!;
      if (!unitsAt(n, i, parts[0]!)) continue;
      let at = i + parts[0]!.length;
      let ok = true;
      for (let p = 1; p < parts.length && ok; p++) {
        const part = parts[p]!;
        ok = false;
        for (let s = at; s + part.length <= at + MARKER_GAP; s++) {
          if (unitsAt(n, s, part)) {
            at = s + part.length;
            ok = true;
            break;
          }
        }
      }
      if (!ok || (index.tailGap[m] === 1 && !(at < n && units[at]! > END_BANG))) continue;
      markerSeen[m] = 1;
      markerHits[hits++] = m;
      buckets[k++] = mix(MARKER_SALT + m) >>> shift;
      const g = index.group[m]!;
      if (groupSeen[g] === 0) {
        groupSeen[g] = 1;
        buckets[k++] = mix(GROUP_SALT + g) >>> shift;
      }
    }
  }
  for (let h = 0; h < hits; h++) markerSeen[markerHits[h]!] = 0;
  groupSeen.fill(0);
  return k;
}

/** The buckets written by the last {@link sentenceFeatures} call (valid until the next call). */
export function lastBuckets(): Int32Array {
  return buckets;
}

/** Per model, its weights bucket-major (`[bucket * classes + c]`), transposed once. */
const byBucket = new WeakMap<LintModel, Float32Array>();
function byBucketOf(model: LintModel): Float32Array {
  let t = byBucket.get(model);
  if (t === undefined) {
    const K = model.classes.length;
    const size = 1 << model.bits;
    t = new Float32Array(K * size);
    for (let c = 0; c < K; c++) for (let b = 0; b < size; b++) t[b * K + c] = model.weights[(c << model.bits) + b]!;
    byBucket.set(model, t);
  }
  return t;
}

/** Scratch: per-class logits. */
let logits = new Float64Array(32);

/**
 * Scores `text[start, end)` as one sentence: fills the per-class logits (see {@link lastLogits})
 * and returns the index of the best theme (≥ 1) and its margin over `none` in `out`.
 */
function scoreSentence(model: LintModel, text: string, start: number, end: number, out: { best: number; margin: number }): void {
  const k = sentenceFeatures(text, start, end, model.bits);
  const { classes, bias } = model;
  const K = classes.length;
  const weights = byBucketOf(model);
  if (logits.length < K) logits = new Float64Array(K);
  logits.fill(0, 0, K);
  // (Bucket-major: each n-gram reads its classes' weights side by side.)
  for (let i = 0; i < k; i++) {
    const base = buckets[i]! * K;
    for (let c = 0; c < K; c++) logits[c] = logits[c]! + weights[base + c]!;
  }
  const norm = k === 0 ? 0 : 1 / Math.sqrt(k);
  for (let c = 0; c < K; c++) logits[c] = bias[c]! + logits[c]! * norm;
  let best = 1;
  for (let c = 2; c < classes.length; c++) if (logits[c]! > logits[best]!) best = c;
  out.best = best;
  out.margin = logits[best]! - logits[0]!;
}

const scratch = { best: 0, margin: 0 };

/** Longest sentence scored as one: a longer run is cut there (the stream's memory bound). */
export const MAX_SENTENCE = 256;

/**
 * Splits text arriving in pieces into sentences and scores each one as it ends: a sentence ends
 * after a run of sentence ends (。！？… . ! ?), at a line break (left out of it), after
 * {@link MAX_SENTENCE} code units, or at the end of the text; leading clause marks, spaces and
 * other noise are left out, trailing noise too. Whole text or any chunking: the same sentences.
 */
export interface SentenceScanner {
  /** Feeds the next piece; `report` gets each sentence that ended and scored at or above the threshold. */
  push(chunk: string): void;
  /** Ends the text (the last sentence is scored). */
  end(): void;
}

/** A sentence reported by a {@link SentenceScanner}: its offsets in the whole text, its text, theme and margin. */
export type ScoredSentence = ModelScore & { readonly text: string };

/** Starts a {@link SentenceScanner} over a model, reporting sentences with margin ≥ `threshold`. */
export function sentenceScanner(model: LintModel, threshold: number, report: (s: ScoredSentence) => void): SentenceScanner {
  const fold = foldTable();
  let offset = 0; // offset in the whole text of the current chunk's first unit
  let start = -1; // offset of the current sentence's first unit
  let held = ''; // the current sentence's units from earlier chunks
  let chunk = ''; // the current chunk
  let from = 0; // where the current sentence's units in `chunk` begin
  let inEnds = false; // the last unit was a sentence end
  let keep = 0; // the sentence's length up to its last unit that is not noise
  const close = () => {
    if (start >= 0 && keep > 0) {
      const text = keep <= held.length ? held.slice(0, keep) : held + chunk.slice(from, from + keep - held.length);
      scoreSentence(model, text, 0, text.length, scratch);
      if (scratch.margin >= threshold) report({ start, end: start + keep, text, theme: model.classes[scratch.best]!, margin: scratch.margin });
    }
    start = -1;
    held = '';
    keep = 0;
    inEnds = false;
  };
  return {
    push(next: string) {
      chunk = next;
      from = 0;
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk.charCodeAt(i);
        const ends = endsSentence(c);
        if (inEnds && !ends) close();
        if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
          close();
          continue;
        }
        if (start < 0) {
          const f = fold[c]!;
          if (ends || f === NOISE || f === BOUNDARY) continue;
          start = offset + i;
          from = i;
        }
        const length = offset + i + 1 - start;
        if (fold[c] !== NOISE) keep = length;
        inEnds = ends;
        if (length >= MAX_SENTENCE && !(c >= 0xd800 && c < 0xdc00)) close();
      }
      // A sentence still open keeps its units (at most MAX_SENTENCE) for the next chunk.
      if (start >= 0) held += chunk.slice(from);
      offset += chunk.length;
      chunk = '';
    },
    end: close,
  };
}

/**
 * Every sentence of `text` the model scores at or above `threshold` (default the model's own),
 * in order, with its best theme and margin.
 */
export function modelScores(model: LintModel, text: string, threshold = model.threshold): ScoredSentence[] {
  const out: ScoredSentence[] = [];
  const scanner = sentenceScanner(model, threshold, (s) => out.push(s));
  scanner.push(text);
  scanner.end();
  return out;
}

/** Calls `each(start, end)` for every sentence of `text` (as {@link sentenceScanner} splits it). */
export function forEachSentence(text: string, each: (start: number, end: number) => void): void {
  const all: LintModel = { bits: 1, classes: ['none', 'any'], weights: new Float32Array(4), bias: new Float32Array(2), threshold: 0 };
  const scanner = sentenceScanner(all, -Infinity, (s) => each(s.start, s.end));
  scanner.push(text);
  scanner.end();
}

/** The best theme and margin of `text` scored as one sentence (for measuring). */
export function scoreAsSentence(model: LintModel, text: string): { theme: string; margin: number } {
  scoreSentence(model, text, 0, text.length, scratch);
  return { theme: model.classes[scratch.best]!, margin: scratch.margin };
}

/** The shipped form of a model: int8 weights (base64), one scale, float biases. */
export interface PackedLintModel {
  readonly bits: number;
  readonly classes: readonly string[];
  /** Quantised weights, class-major, base64. */
  readonly weights: string;
  /** Weight = int8 × scale. */
  readonly scale: number;
  readonly bias: readonly number[];
  readonly threshold: number;
  /** FNV-1a of the decoded int8 bytes, to check the data arrived whole. */
  readonly checksum: number;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Bytes of a base64 string (no Node built-ins, no atob: the same in every runtime). */
export function fromBase64(s: string): Uint8Array {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) table[B64.charCodeAt(i)] = i;
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 0x3d) len--;
  const out = new Uint8Array((len * 3) >> 2);
  let acc = 0;
  let have = 0;
  let o = 0;
  for (let i = 0; i < len; i++) {
    const v = table[s.charCodeAt(i) & 0x7f]!;
    if (v < 0 || s.charCodeAt(i) > 0x7f) throw new RangeError(`lint model: invalid base64 at ${i}`);
    acc = (acc << 6) | v;
    have += 6;
    if (have >= 8) {
      have -= 8;
      out[o++] = (acc >> have) & 0xff;
    }
  }
  return out;
}

/** Base64 of bytes. */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    s += B64[a >> 2]! + B64[((a & 3) << 4) | (b >> 4)]!;
    s += i + 1 < bytes.length ? B64[((b & 15) << 2) | (c >> 6)]! : '=';
    s += i + 2 < bytes.length ? B64[c & 63]! : '=';
  }
  return s;
}

/** FNV-1a over bytes. */
export function checksum(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

/** Decodes a packed model, checking its size and checksum. */
export function unpackModel(p: PackedLintModel): LintModel {
  const bytes = fromBase64(p.weights);
  const size = p.classes.length << p.bits;
  if (bytes.length !== size) throw new RangeError(`lint model: ${bytes.length} weights, expected ${size}`);
  if (checksum(bytes) !== p.checksum) throw new RangeError('lint model: checksum mismatch');
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const weights = new Float32Array(size);
  for (let i = 0; i < size; i++) weights[i] = q[i]! * p.scale;
  return { bits: p.bits, classes: p.classes, weights, bias: Float32Array.from(p.bias), threshold: p.threshold };
}

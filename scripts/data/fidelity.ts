/**
 * Fidelity of the built-in data to its five source documents (shared/seeds): the sources'
 * items (what an agent is told to say, and the guidance around it), the comparison of a quoted
 * phrase with its source text, and the coverage of every item by the data.
 *
 * The seeds are not shipped; everything here works on the text handed to it, so that the test
 * (test/data/fidelity.test.ts) and the report (scripts/data/fidelity-report.ts) can skip
 * cleanly when they are absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { z } from 'zod';
import { sourceSchema } from '../../src/schema/common.js';
import type { PackIssue } from '../../src/schema/errors.js';
import { loadYaml, ROOT } from './load.js';

// ───────────────────────────── normalization ─────────────────────────────

const toHans = OpenCC.Converter({ from: 't', to: 'cn' });

/** Characters OpenCC leaves alone (they are valid in both scripts) but a comparison must fold. */
const FOLD: Record<string, string> = { 著: '着', 纔: '才', 裏: '里', 裡: '里' };

/** Pinyin written after a character by a broken converter: 網(wǎng), 話(huà). */
const PINYIN = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/gu;

/** Mask characters: a source writes them where a name or number goes (X先生, 由*专员, 是……). */
export const MASK_CHARS = '*＊…xX';

/** Normalized text and, for each of its characters, the index of that character in the input. */
export interface Normalized {
  readonly text: string;
  readonly map: readonly number[];
}

/**
 * Folds a text for comparison: traditional to simplified script, pinyin mojibake dropped, and
 * every character that is not a letter, a digit or a mask character (punctuation, ↑, spaces,
 * slashes, brackets) left out. Keeps the offset of every kept character.
 */
export function normalize(raw: string): Normalized {
  const dropped = new Set<number>();
  for (const m of raw.matchAll(PINYIN)) for (let i = m.index; i < m.index + m[0].length; i++) dropped.add(i);
  const chars = [...raw];
  // opencc is phrase-based; convert per character so that offsets never shift.
  let converted = toHans(raw);
  if ([...converted].length !== chars.length) converted = chars.map((c) => toHans(c)).join('');
  const out: string[] = [];
  const map: number[] = [];
  let offset = 0;
  [...converted].forEach((ch, i) => {
    const original = chars[i]!;
    const at = offset;
    offset += original.length;
    if (dropped.has(at)) return;
    const c = FOLD[ch] ?? ch;
    if (/[\p{L}\p{N}]/u.test(c) || MASK_CHARS.includes(c)) {
      out.push(c === '＊' ? '*' : c);
      map.push(at);
    }
  });
  return { text: out.join(''), map };
}

// ───────────────────────────── seeds ─────────────────────────────

/** One seed document, split into lines (1-based: `lines[0]` is line 1). */
export interface Seed {
  readonly id: string;
  readonly file: string;
  readonly lines: readonly string[];
}

/** Where the seeds are: `$HUASHU_SEEDS`, `../shared/seeds` beside the repository, or /work/shared/seeds. */
export function seedDir(): string | undefined {
  const candidates = [process.env['HUASHU_SEEDS'], join(ROOT, '../shared/seeds'), '/work/shared/seeds'];
  return candidates.find((dir): dir is string => dir !== undefined && dir !== '' && existsSync(dir));
}

/** Reads the five seeds, or `undefined` when they are not on this machine. */
export function readSeeds(dir = seedDir()): Map<string, Seed> | undefined {
  if (dir === undefined) return undefined;
  const out = new Map<string, Seed>();
  for (const file of readdirSync(dir).sort()) {
    const m = /^(\d{3})_.*\.txt$/.exec(file);
    if (m === null) continue;
    out.set(m[1]!, { id: m[1]!, file, lines: readFileSync(join(dir, file), 'utf8').split('\n') });
  }
  return out.size === 0 ? undefined : out;
}

/** `"000:11"` / `"004:13-13"` → seed id and line range. */
export function parseRef(ref: string): { seed: string; from: number; to: number } | undefined {
  const m = /^(\d{3}):(\d+)(?:-(\d+))?$/.exec(ref);
  if (m === null) return undefined;
  return { seed: m[1]!, from: Number(m[2]), to: Number(m[3] ?? m[2]) };
}

// ───────────────────────────── the fidelity data ─────────────────────────────

const EXCEPTION_KINDS = ['noise', 'advert', 'duplicate', 'dont-say', 'customer-reply', 'instruction', 'heading', 'out-of-scope'] as const;

const exceptionSchema = z.strictObject({
  /** Seed and line, e.g. `001:8`. */
  at: sourceSchema,
  /** The exact source text excused (a substring of that line); omitted: the whole line. */
  text: z.string().min(1).optional(),
  kind: z.enum(EXCEPTION_KINDS),
  /** Why this text is not carried as a phrase, standard or note. */
  why: z.string().min(1),
  /** For `dont-say`: the lint rule that carries it (one of its patterns must occur in the text). */
  rule: z.string().optional(),
  /** For `duplicate`: where the kept copy is. */
  of: z.optional(sourceSchema),
});

/** data/fidelity.yaml: what placeholders may stand for, and the source text deliberately not carried. */
export const fidelityDataSchema = z.strictObject({
  /** Company and person instances in the sources that the data writes as a placeholder (seeds/README). */
  instances: z.array(z.string().min(1)),
  /** Source text that no phrase, standard or note carries, each with the reason. */
  exceptions: z.array(exceptionSchema),
});
export type FidelityData = z.output<typeof fidelityDataSchema>;
export type FidelityException = FidelityData['exceptions'][number];

/** Loads data/fidelity.yaml (throws with file:line on a problem). */
export function loadFidelityData(): FidelityData {
  const issues: PackIssue[] = [];
  const loaded = loadYaml(join(ROOT, 'data/fidelity.yaml'), fidelityDataSchema, issues);
  if (loaded === undefined) throw new Error(issues.map((i) => `${i.file}:${i.line ?? 0} ${i.message}`).join('\n'));
  return loaded.value;
}

// ───────────────────────────── comparison ─────────────────────────────

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TITLES = '(?:先生|女士|小姐|太太)';
const MASK = `[${escape(MASK_CHARS.replace('＊', ''))}]`;

/**
 * Whether a phrase template says what its source text says: both normalized (script,
 * punctuation, ↑), each `{placeholder}` standing for its fallback, a masked name or number
 * (X先生/女士, *, ……), a title pair (xx先生/xx女士) or one of the listed company instances.
 */
export function sameWording(template: string, sourceText: string, instances: readonly string[]): boolean {
  const pattern = wordingPattern(template, instances);
  return pattern.test(normalize(sourceText).text) || pattern.test(normalize(withoutAsides(sourceText)).text);
}

/**
 * A source text without its parenthesized asides — a stage direction (稍微提高音量), an
 * alternative (投诉专席(其他专席)), an example (如114查询等) — which a phrase may leave out.
 */
export function withoutAsides(text: string): string {
  return text.replace(/[(（][^()（）]*[)）]/g, '');
}

/** The anchored pattern a normalized source text must match for `sameWording`. */
export function wordingPattern(template: string, instances: readonly string[]): RegExp {
  const inst = instances.map((i) => escape(normalize(i).text)).filter((i) => i !== '');
  let pattern = '';
  let last = 0;
  for (const m of template.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)(?:\|([^}]*))?\}/g)) {
    pattern += escape(normalize(template.slice(last, m.index)).text);
    const fallback = m[2] === undefined ? undefined : normalize(m[2]).text;
    const alts = [`${MASK}+`, `(?:${MASK}*${TITLES}){1,2}`, ...inst];
    if (fallback !== undefined) alts.push(escape(fallback));
    pattern += `(?:${alts.join('|')})${fallback === '' ? '?' : ''}`;
    last = m.index + m[0].length;
  }
  pattern += escape(normalize(template.slice(last)).text);
  return new RegExp(`^${pattern}$`, 'u');
}

// ───────────────────────────── source items ─────────────────────────────

/** One item of a source: a quoted sentence, a line an agent says, or a line of guidance. */
export interface SourceItem {
  /** `seed:line`. */
  readonly at: string;
  readonly seed: string;
  readonly line: number;
  /** Character offsets of the item in its line. */
  readonly start: number;
  readonly end: number;
  /** The item's text, verbatim. */
  readonly text: string;
  readonly kind: 'quote' | 'saying' | 'guidance';
}

/** Trims a segment of surrounding spaces and of a leading colon. */
function trimmed(line: string, start: number, end: number): [number, number] {
  while (start < end && /[\s:：]/.test(line[start]!)) start++;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  return [start, end];
}

/** Layout glue between a table's cells: "或", "或者", "业主:", "客服:", "不可以说". */
const GLUE = /^(?:或者?|业主|客服|不可以?说|\d+)$/;

/** Whether a segment holds anything beyond punctuation, masks and layout glue. */
const meaningful = (text: string) => {
  const t = normalize(text).text.replace(/[*…xX]/g, '');
  return /[\p{L}\p{N}]/u.test(t) && !GLUE.test(t);
};

/** `[from, to]` line ranges, inclusive. */
type Ranges = ReadonlyArray<readonly [number, number]>;
const within = (ranges: Ranges, n: number) => ranges.some(([from, to]) => from <= n && n <= to);

/**
 * How each seed lays out what an agent says and the guidance around it: which lines hold
 * material (the rest is the hosting site's noise), which only announce a situation, where a
 * saying starts on a line, and which lines are guidance. The markers are the documents' own
 * layout (a numbered heading ending in a colon, "回答:", a template row opening with “…).
 */
interface SeedLayout {
  /** Lines that hold source material. */
  readonly lines: Ranges;
  /** A line that only announces a situation or a section. */
  readonly heading: RegExp;
  /** Lines whose unquoted text is guidance (principles, rules, notes), not sayings. */
  readonly guidance: Ranges;
  /** Where a saying starts on a line that is not guidance: after this marker (the first match), or the line is said whole. */
  readonly sayAfter?: RegExp;
  /** Only lines matching this are sayings (default: every non-guidance line). */
  readonly sayLine?: RegExp;
  /** Lines whose text is guidance when the line before them is a saying (a template's note column). */
  readonly noteAfterSaying?: Ranges;
}

const LAYOUTS: Record<string, SeedLayout> = {
  // 22 numbered situations; a step line says what follows its last colon, or is said whole.
  '000': { lines: [[1, 65]], heading: /^\d+、/, guidance: [], sayAfter: /[:：](?=[^:：]*$)/ },
  // Principles, the 禁言, the letter outline, shop rules, etiquette and the polite taxonomy: guidance with quotes.
  '001': {
    lines: [[1, 56], [74, 107]],
    heading: /^(?:最主要的|客服应该具备的知识|客服基本技能|客服语言规范|服务基本要求)[:：]?$/,
    guidance: [[1, 56], [74, 107]],
  },
  // Chat situations (回答: …, A./B. auto-replies) and, from 37, the working rules.
  '002': {
    lines: [[5, 63]],
    heading: /(?:^(?!.*回答).*[:：]\s*$|^第[一二]篇|^[一二三四五六七]、|^在線客服(?:用語規范|人員要求)|^在線客服工作規范)/,
    guidance: [[5, 6], [37, 63]],
    sayAfter: /回答\s*[:：]|^\(.+?\)客服[:：]|[:：](?=[^:：]*$)/,
    sayLine: /回答|客服[:：]|^[AB]\./,
  },
  // The four stages (steps and key points are guidance) and the templates (saying, then its note).
  '003': {
    lines: [[12, 91]],
    heading: /^(?:[(（][一二三四][)）]|操作步骤|话术示例|环节|备注|开场|需求确认|方案提供|结束|情绪疏导|问题记录|故障排查|三、)/,
    guidance: [[12, 43]],
    sayLine: /^“/,
    noteAfterSaying: [[44, 91]],
  },
  '004': { lines: [[13, 13]], heading: /^$/, guidance: [] },
};

/** The rows of 004's table, each from the situation it opens with (data/SOURCES.md) to the next. */
export function rowsOf004(line: string, openings: readonly string[]): Array<[number, number]> {
  const starts: number[] = [];
  let at = 0;
  for (const opening of openings) {
    const found = line.indexOf(opening, at);
    if (found < 0) throw new Error(`004 row "${opening}" not found after offset ${at}`);
    starts.push(found);
    at = found + 1;
  }
  const end = line.lastIndexOf(' 备注') > at ? line.lastIndexOf(' 备注') : line.length;
  return starts.map((s, i) => [s, starts[i + 1] ?? end]);
}

/**
 * Quoted segments of a line. `toggle`: any quote mark opens and the next closes (004 mixes “
 * and ” at random). `paired`: “ opens, ” closes, an opening mark while open starts a new quote,
 * and a closing mark with nothing open ends a quote begun on an earlier line. A quote still
 * open at the end of the span closes there.
 */
function quoted(line: string, from: number, to: number, mode: 'toggle' | 'paired'): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = line[i]!;
    if (!/[“”"]/.test(c)) continue;
    const opening = mode === 'toggle' ? open < 0 : c === '“' || (c === '"' && open < 0);
    if (opening) {
      if (open >= 0 && i > open) out.push([open, i]);
      open = i + 1;
    } else if (open >= 0) {
      if (i > open) out.push([open, i]);
      open = -1;
    } else if (out.length === 0 && line.slice(from, i).trim() !== '') out.push([from, i]);
  }
  if (open >= 0 && open < to) out.push([open, to]);
  return out;
}

/** The parts of `[from, to)` outside the given segments (and their quote marks). */
function gaps(from: number, to: number, segments: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let cursor = from;
  for (const [s, e] of segments) {
    if (s - 1 > cursor) out.push([cursor, s - 1]);
    cursor = Math.max(cursor, e + 1);
  }
  if (to > cursor) out.push([cursor, to]);
  return out;
}

/**
 * Every item of a seed: quoted segments, sayings, and guidance. Items never overlap: a quote
 * inside a saying or a guidance line is its own item and the rest of the line is cut around it.
 */
export function extractItems(seed: Seed, openings004: readonly string[] = []): SourceItem[] {
  const layout = LAYOUTS[seed.id];
  if (layout === undefined) return [];
  const items: SourceItem[] = [];
  const push = (lineNo: number, line: string, s: number, e: number, kind: SourceItem['kind']) => {
    const [start, end] = trimmed(line, s, e);
    const text = line.slice(start, end);
    if (end > start && meaningful(text)) items.push({ at: `${seed.id}:${lineNo}`, seed: seed.id, line: lineNo, start, end, text, kind });
  };
  let previousSaying = false;
  for (let n = 1; n <= seed.lines.length; n++) {
    const line = seed.lines[n - 1]!;
    const wasSaying = previousSaying;
    previousSaying = false;
    if (!within(layout.lines, n) || line.trim() === '') continue;
    if (seed.id === '004') {
      // Each row: the situation (up to the "don't say" column: 喂…, 不可以…, or a quote), then
      // quoted sayings, and between them the don't-say text and instructions.
      for (const [rs, re] of rowsOf004(line, openings004)) {
        const m = /喂|不可|[“”"]/.exec(line.slice(rs, re));
        const from = m === null ? re : rs + m.index;
        const quotes = quoted(line, from, re, 'toggle');
        for (const [qs, qe] of quotes) push(n, line, qs, qe, 'quote');
        for (const [gs, ge] of gaps(from, re, quotes)) push(n, line, gs, ge, 'guidance');
      }
      continue;
    }
    const plain = line.replace(PINYIN, '');
    if (layout.heading.test(plain.trim())) continue;
    const quotes = quoted(line, 0, line.length, 'paired');
    for (const [qs, qe] of quotes) push(n, line, qs, qe, 'quote');
    const note = layout.noteAfterSaying !== undefined && within(layout.noteAfterSaying, n) && wasSaying;
    if (within(layout.guidance, n) || note) {
      for (const [gs, ge] of gaps(0, line.length, quotes)) push(n, line, gs, ge, 'guidance');
      continue;
    }
    if (layout.sayLine !== undefined && !layout.sayLine.test(line)) continue;
    previousSaying = true;
    const marker = layout.sayAfter?.exec(line);
    const start = marker === undefined || marker === null ? 0 : marker.index + marker[0].length;
    for (const [gs, ge] of gaps(start, line.length, quotes.filter(([qs]) => qs >= start))) push(n, line, gs, ge, 'saying');
  }
  return items;
}

// ───────────────────────────── coverage ─────────────────────────────

/** Something in the data that carries source text: a phrase, a note, a standard, an exception. */
export interface Carrier {
  /** Where it is, e.g. `hold.explain#default`, `standard:call-duration`, `exception:001:8`. */
  readonly where: string;
  readonly kind: 'phrase' | 'note' | 'standard' | 'guidance' | 'exception';
  /** `seed:line`. */
  readonly at: string;
  /** Verbatim source text (a substring of that line); undefined: the whole line. */
  readonly text: string | undefined;
  /** Text earlier on the line that the quote follows (for a text that occurs more than once). */
  readonly after?: string | undefined;
  /** For phrases: the template, and the declared edit if any. */
  readonly template?: string;
  /** The source texts the phrase quotes, joined (one quote: its text). */
  readonly joined?: string;
  readonly edit?: { kind: string; why: string } | undefined;
}

/** A problem the fidelity check found. */
export interface FidelityProblem {
  readonly where: string;
  readonly message: string;
}

/** The span(s) of a carrier's text in its seed line. */
export function spansOf(carrier: Carrier, seeds: Map<string, Seed>): Array<[number, number]> | undefined {
  const ref = parseRef(carrier.at);
  if (ref === undefined) return undefined;
  const line = seeds.get(ref.seed)?.lines[ref.from - 1];
  if (line === undefined) return undefined;
  if (carrier.text === undefined) return [[0, line.length]];
  if (carrier.after !== undefined) {
    const anchor = line.indexOf(carrier.after);
    const at = anchor < 0 ? -1 : line.indexOf(carrier.text, anchor + carrier.after.length);
    return at < 0 ? undefined : [[at, at + carrier.text.length]];
  }
  const out: Array<[number, number]> = [];
  for (let i = line.indexOf(carrier.text); i >= 0; i = line.indexOf(carrier.text, i + 1)) out.push([i, i + carrier.text.length]);
  return out.length === 0 ? undefined : out;
}

/** One source item and what carries it. */
export interface ItemCoverage {
  readonly item: SourceItem;
  /** The carriers whose text overlaps the item. */
  readonly carriers: readonly Carrier[];
  /** Normalized characters of the item no carrier covers. */
  readonly uncovered: string;
  /**
   * `verbatim`: said by phrases that equal it; `edited`: a phrase declares an edit; `drifted`: a
   * phrase differs without one; `guidance`: carried by notes or standards; `excepted`: listed
   * in data/fidelity.yaml; `partial`: some of its text is carried nowhere; `missing`: none is.
   */
  readonly status: 'verbatim' | 'edited' | 'drifted' | 'excepted' | 'guidance' | 'partial' | 'missing';
}

/**
 * Checks every carrier against the seeds (its text is really on that line; a phrase equals its
 * source or declares an edit; an edit is not declared on an unchanged phrase) and every source
 * item against the carriers (each of its characters is carried somewhere).
 */
export function checkFidelity(seeds: Map<string, Seed>, items: readonly SourceItem[], carriers: readonly Carrier[], data: FidelityData) {
  const problems: FidelityProblem[] = [];
  const spans = new Map<Carrier, Array<[number, number]>>();
  const mismatched = new Set<Carrier>();
  for (const c of carriers) {
    const found = spansOf(c, seeds);
    if (found === undefined) {
      problems.push({ where: c.where, message: `source text not found verbatim at ${c.at}: "${c.text ?? ''}"` });
      continue;
    }
    spans.set(c, found);
    if (c.kind === 'phrase' && c.template !== undefined && c.joined !== undefined) {
      const same = sameWording(c.template, c.joined, data.instances);
      if (!same && c.edit === undefined) mismatched.add(c);
      if (!same && c.edit === undefined) problems.push({ where: c.where, message: `differs from its source ${c.at} "${c.text}" without an edit: "${c.template}"` });
      if (same && c.edit !== undefined) problems.push({ where: c.where, message: `declares a ${c.edit.kind} edit but says what ${c.at} says` });
    }
  }
  const coverage: ItemCoverage[] = items.map((item) => {
    const covered = new Set<number>();
    // What phrases, notes and exceptions cover: a saying that a phrase quotes must be quoted
    // whole (its instructions may sit in the scenario's notes), not eked out by a standard that
    // quotes the whole line around it.
    const said = new Set<number>();
    const by: Carrier[] = [];
    for (const [c, list] of spans) {
      const r = parseRef(c.at)!;
      if (r.seed !== item.seed || item.line < r.from || item.line > r.to) continue;
      let hit = false;
      for (const [s, e] of c.text === undefined ? [[0, Number.MAX_SAFE_INTEGER] as [number, number]] : list) {
        if (e <= item.start || s >= item.end) continue;
        hit = true;
        for (let i = Math.max(s, item.start); i < Math.min(e, item.end); i++) {
          covered.add(i);
          if (c.kind !== 'standard') said.add(i);
        }
      }
      if (hit) by.push(c);
    }
    const quotedByPhrase = item.kind !== 'guidance' && by.some((c) => c.kind === 'phrase');
    // List enumerators (1、 2. A. ①) are layout, carried by the order of the data.
    for (const m of item.text.matchAll(/(?:\d+|[A-Z])[、.]|[①-⑩]/g)) {
      for (let i = m.index; i < m.index + m[0].length; i++) [covered, said].forEach((set) => set.add(item.start + i));
    }
    const norm = normalize(item.text);
    const uncovered = norm.map
      .map((offset, i) => ((quotedByPhrase ? said : covered).has(item.start + offset) ? '' : norm.text[i]!))
      .join('')
      .replace(/[*…xX]/g, '');
    const phrases = by.filter((c) => c.kind === 'phrase');
    const status: ItemCoverage['status'] =
      by.length === 0
        ? 'missing'
        : uncovered !== ''
          ? 'partial'
          : phrases.length > 0
            ? phrases.some((c) => mismatched.has(c))
              ? 'drifted'
              : phrases.some((c) => c.edit !== undefined)
                ? 'edited'
                : 'verbatim'
            : by.every((c) => c.kind === 'exception')
              ? 'excepted'
              : 'guidance';
    return { item, carriers: by, uncovered, status };
  });
  for (const cov of coverage) {
    if (cov.status === 'missing') problems.push({ where: cov.item.at, message: `source item not in the data: "${cov.item.text}"` });
    else if (cov.status === 'partial') problems.push({ where: cov.item.at, message: `source item only partly carried (missing "${cov.uncovered}"): "${cov.item.text}"` });
  }
  return { problems, coverage };
}

// ───────────────────────────── the data's carriers ─────────────────────────────

type QuoteLike = { at: string; text: string; after?: string | undefined };
const quotes = (q: QuoteLike | readonly QuoteLike[] | undefined): QuoteLike[] => (q === undefined ? [] : Array.isArray(q) ? [...q] : [q as QuoteLike]);

/** A pack as the fidelity check reads it: validated sections, before compilation. */
export interface PackForFidelity {
  readonly id: string;
  readonly scenarios?: ReadonlyArray<{
    id: string;
    phrases: ReadonlyArray<{ id: string; text: string; source?: QuoteLike | QuoteLike[] | undefined; edit?: { kind: string; why: string } | undefined }>;
    notes?: ReadonlyArray<{ zh: string; source?: QuoteLike | QuoteLike[] | undefined }> | undefined;
  }> | undefined;
  readonly patches?: PackForFidelity['scenarios'] extends ReadonlyArray<infer S> | undefined ? ReadonlyArray<Partial<S> & { id: string }> | undefined : never;
  readonly standards?: ReadonlyArray<{ id: string; source?: QuoteLike | QuoteLike[] | undefined }> | undefined;
}

/** Every quote the packs and the exceptions carry. */
export function carriersOf(packs: readonly PackForFidelity[], data: FidelityData): Carrier[] {
  const out: Carrier[] = [];
  for (const pack of packs) {
    const prefix = pack.id === 'core' ? '' : `${pack.id}:`;
    for (const s of [...(pack.scenarios ?? []), ...(pack.patches ?? [])]) {
      for (const p of s.phrases ?? []) {
        // A phrase quoting several texts says what they say one after the other.
        const list = quotes(p.source);
        list.forEach((q, i) => out.push({ where: `${prefix}${s.id}#${p.id}`, kind: 'phrase', at: q.at, text: q.text, after: q.after, ...(i === 0 ? { template: p.text, joined: list.map((x) => x.text).join('') } : {}), edit: p.edit }));
      }
      (s.notes ?? []).forEach((n, i) => quotes(n.source).forEach((q) => out.push({ where: `${prefix}${s.id} note ${i + 1}`, kind: 'note', at: q.at, text: q.text, after: q.after })));
    }
    for (const st of pack.standards ?? []) quotes(st.source).forEach((q) => out.push({ where: `${prefix}standard ${st.id}`, kind: 'standard', at: q.at, text: q.text }));
  }
  data.exceptions.forEach((e) => out.push({ where: `exception ${e.at} (${e.kind})`, kind: 'exception', at: e.at, text: e.text }));
  return out;
}

// ───────────────────────────── inferring quotes (for data that has none) ─────────────────────────────

/**
 * The span of a seed line that a template says most nearly: a semi-global alignment (edit
 * distance, the template whole against any substring of the line) on normalized text, each
 * placeholder replaced by its fallback. Used to measure data written before phrases quoted
 * their sources. Returns the verbatim span and its cost per character of the template.
 */
export function bestSpan(template: string, line: string): { text: string; cost: number } | undefined {
  const n = normalize(line);
  const p = normalize(template.replace(/\{[A-Za-z_][A-Za-z0-9_]*\|([^}]*)\}/g, '$1').replace(/\{[^}]*\}/g, '')).text;
  const rows = n.text.length;
  if (p.length === 0 || rows === 0) return undefined;
  let prev = new Array<number>(rows + 1).fill(0);
  let from = Array.from({ length: rows + 1 }, (_, j) => j);
  for (let i = 1; i <= p.length; i++) {
    const cur = new Array<number>(rows + 1);
    const start = new Array<number>(rows + 1);
    cur[0] = i;
    start[0] = 0;
    for (let j = 1; j <= rows; j++) {
      const sub = prev[j - 1]! + (p[i - 1] === n.text[j - 1] ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      if (sub <= del && sub <= ins) [cur[j], start[j]] = [sub, from[j - 1]!];
      else if (del <= ins) [cur[j], start[j]] = [del, from[j]!];
      else [cur[j], start[j]] = [ins, start[j - 1]!];
    }
    prev = cur;
    from = start;
  }
  let best = 1;
  for (let j = 2; j <= rows; j++) if (prev[j]! < prev[best]!) best = j;
  const s = n.map[from[best]!]!;
  let e = n.map[best - 1]! + 1;
  while (e < line.length && !/[\p{L}\p{N}“”"]/u.test(line[e]!)) e++;
  return { text: line.slice(s, e).trim(), cost: prev[best]! / p.length };
}

/**
 * Carriers for data whose phrases do not quote their sources: each phrase is taken to quote
 * the span of its cited lines it says most nearly (when at most half its characters differ).
 */
export function inferredCarriers(packs: readonly PackForFidelity[], seeds: Map<string, Seed>, citations: (scenario: string, phrase: string) => readonly string[]): Carrier[] {
  const out: Carrier[] = [];
  for (const pack of packs) {
    const prefix = pack.id === 'core' ? '' : `${pack.id}:`;
    for (const s of [...(pack.scenarios ?? []), ...(pack.patches ?? [])]) {
      for (const p of s.phrases ?? []) {
        let best: { at: string; text: string; cost: number } | undefined;
        for (const ref of citations(s.id, p.id)) {
          const r = parseRef(ref);
          if (r === undefined) continue;
          for (let n = r.from; n <= r.to; n++) {
            const line = seeds.get(r.seed)?.lines[n - 1];
            const found = line === undefined ? undefined : bestSpan(p.text, line);
            if (found !== undefined && (best === undefined || found.cost < best.cost)) best = { at: `${r.seed}:${n}`, ...found };
          }
        }
        if (best !== undefined && best.cost <= 0.5) out.push({ where: `${prefix}${s.id}#${p.id}`, kind: 'phrase', at: best.at, text: best.text, template: p.text, joined: best.text, edit: undefined });
      }
    }
  }
  return out;
}

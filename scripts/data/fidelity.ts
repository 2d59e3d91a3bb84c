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

const EXCEPTION_KINDS = ['noise', 'advert', 'duplicate', 'dont-say', 'customer-reply', 'instruction', 'out-of-scope'] as const;

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
  of: sourceSchema.optional(),
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

const QUOTES = /[“”"「」]/;

/**
 * Quoted segments of a line: a quote mark opens, the next one closes (sources mix “ and ” and
 * ASCII quotes freely), and a quote still open at the end of the span closes there.
 */
function quotedSegments(line: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    if (!QUOTES.test(line[i]!)) continue;
    if (open < 0) open = i + 1;
    else {
      if (i > open) out.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0 && open < to) out.push([open, to]);
  return out;
}

/** Trims a segment of surrounding spaces and of a leading colon. */
function trimmed(line: string, start: number, end: number): [number, number] {
  while (start < end && /[\s:：]/.test(line[start]!)) start++;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  return [start, end];
}

/** Whether a segment holds anything beyond punctuation and masks. */
const meaningful = (text: string) => /[\p{L}\p{N}]/u.test(normalize(text).text.replace(/[*…xX]/g, ''));

/**
 * How each seed lays out what an agent says. The patterns are generic markers of the
 * documents' layout: a line introduced by "應說:" or "回答:", a template table row, a table
 * row of 004. Everything else on a numbered line is guidance.
 */
interface SeedLayout {
  /** Lines that hold source material (others are the hosting site's noise). */
  readonly lines: readonly [number, number][];
  /** Text after the last of these markers on a line is what the agent says (when not quoted). */
  readonly sayAfter?: RegExp;
  /** Lines that are, whole, what the agent says. */
  readonly sayLine?: RegExp;
  /** Lines that only announce a situation. */
  readonly heading?: RegExp;
  /** Lines (or row cells) that are guidance: rules, principles, notes, standards. */
  readonly guidance?: RegExp;
}

const LAYOUTS: Record<string, SeedLayout> = {
  '000': {
    lines: [[1, 65]],
    // A numbered heading ("4、 處理過程中需要用戶等待時:") announces; every other line says
    // what follows its last colon (第一步:…:很抱歉…), or is said whole.
    heading: /^\d+、/,
    sayAfter: /[:：]/g,
    sayLine: /^/,
  },
  '001': { lines: [[1, 107]], guidance: /[1-9]、|[①②③④⑤]|第[一二三四五六]段|第[一二三四]，/ },
  '002': { lines: [[5, 63]], sayAfter: /(?:回答|自動回復|客服)\s*[:：]/g, sayLine: /^[A-B]\./, guidance: /^\d+[、.]/ },
  '003': { lines: [[9, 91]], sayLine: /^“/, guidance: /^(?:电话|主动|通过|复述|根据|若问题|总结|礼貌|关键点)/ },
  '004': { lines: [[13, 13]] },
};

/** The cells of 004's table: its 30 rows, by the situation each opens with (data/SOURCES.md). */
export function rowsOf004(line: string, openings: readonly string[]): Array<[number, number]> {
  const starts: number[] = [];
  let at = 0;
  for (const opening of openings) {
    const found = line.indexOf(opening, at);
    if (found < 0) throw new Error(`004 row "${opening}" not found after offset ${at}`);
    starts.push(found);
    at = found + 1;
  }
  const end = line.lastIndexOf('备注') > at ? line.lastIndexOf('备注') : line.length;
  return starts.map((s, i) => [s, starts[i + 1] ?? end]);
}

/**
 * Every item of a seed: quoted segments, sayings introduced by the layout's markers, whole
 * lines that are sayings, and guidance lines. Items never overlap: a quote inside a saying or a
 * guidance line is its own item and the rest of that line is cut around it.
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
  for (const [from, to] of layout.lines) {
    for (let n = from; n <= Math.min(to, seed.lines.length); n++) {
      const line = seed.lines[n - 1]!;
      if (seed.id === '004') {
        // The table: each row's quoted cells are items; its unquoted notes (不可以直接挂机) are guidance.
        for (const [rs, re] of rowsOf004(line, openings004)) {
          const quotes = quotedSegments(line, rs, re);
          for (const [qs, qe] of quotes) push(n, line, qs, qe, 'quote');
          let cursor = rs;
          for (const [qs, qe] of [...quotes, [re, re] as [number, number]]) {
            const gap = line.slice(cursor, qs - (qs === re ? 0 : 1));
            for (const m of gap.matchAll(/不可以?[^“”"。]*|[^“”"。]*(?:应|应该|若|同时|然后|认真|在确保)[^“”"]*/g)) {
              push(n, line, cursor + m.index, cursor + m.index + m[0].length, 'guidance');
            }
            cursor = qe + 1;
          }
        }
        continue;
      }
      if (layout.heading?.test(line)) continue;
      const quotes = quotedSegments(line, 0, line.length);
      for (const [qs, qe] of quotes) push(n, line, qs, qe, 'quote');
      const firstQuote = quotes[0]?.[0] ?? line.length + 1;
      if (layout.sayAfter !== undefined) {
        let after = -1;
        for (const m of line.matchAll(layout.sayAfter)) if (m.index < firstQuote) after = m.index + m[0].length;
        if (after >= 0) {
          push(n, line, after, Math.min(firstQuote - 1, line.length), 'saying');
          continue;
        }
      }
      if (layout.sayLine?.test(line)) {
        push(n, line, 0, Math.min(firstQuote - 1, line.length), 'saying');
        continue;
      }
      if (layout.guidance !== undefined && layout.guidance.test(line)) {
        // Guidance: the line around its quotes.
        let cursor = 0;
        for (const [qs, qe] of [...quotes, [line.length + 1, line.length + 1] as [number, number]]) {
          push(n, line, cursor, Math.min(qs - 1, line.length), 'guidance');
          cursor = qe + 1;
        }
      }
    }
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
  readonly status: 'verbatim' | 'edited' | 'excepted' | 'guidance' | 'partial' | 'missing';
}

/**
 * Checks every carrier against the seeds (its text is really on that line; a phrase equals its
 * source or declares an edit; an edit is not declared on an unchanged phrase) and every source
 * item against the carriers (each of its characters is carried somewhere).
 */
export function checkFidelity(seeds: Map<string, Seed>, items: readonly SourceItem[], carriers: readonly Carrier[], data: FidelityData) {
  const problems: FidelityProblem[] = [];
  const spans = new Map<Carrier, Array<[number, number]>>();
  for (const c of carriers) {
    const found = spansOf(c, seeds);
    if (found === undefined) {
      problems.push({ where: c.where, message: `source text not found verbatim at ${c.at}: "${c.text ?? ''}"` });
      continue;
    }
    spans.set(c, found);
    if (c.kind === 'phrase' && c.template !== undefined && c.joined !== undefined) {
      const same = sameWording(c.template, c.joined, data.instances);
      if (!same && c.edit === undefined) problems.push({ where: c.where, message: `differs from its source ${c.at} "${c.text}" without an edit: "${c.template}"` });
      if (same && c.edit !== undefined) problems.push({ where: c.where, message: `declares a ${c.edit.kind} edit but says what ${c.at} says` });
    }
  }
  const coverage: ItemCoverage[] = items.map((item) => {
    const covered = new Set<number>();
    const by: Carrier[] = [];
    for (const [c, list] of spans) {
      const r = parseRef(c.at)!;
      if (r.seed !== item.seed || item.line < r.from || item.line > r.to) continue;
      let hit = false;
      for (const [s, e] of c.text === undefined ? [[0, Number.MAX_SAFE_INTEGER] as [number, number]] : list) {
        if (e <= item.start || s >= item.end) continue;
        hit = true;
        for (let i = Math.max(s, item.start); i < Math.min(e, item.end); i++) covered.add(i);
      }
      if (hit) by.push(c);
    }
    const norm = normalize(item.text);
    const uncovered = norm.map
      .map((offset, i) => (covered.has(item.start + offset) ? '' : norm.text[i]!))
      .join('')
      .replace(/[*…xX]/g, '');
    const phrases = by.filter((c) => c.kind === 'phrase');
    const status: ItemCoverage['status'] =
      by.length === 0
        ? 'missing'
        : uncovered !== ''
          ? 'partial'
          : phrases.length > 0
            ? phrases.some((c) => c.edit !== undefined)
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

type QuoteLike = { at: string; text: string };
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
        list.forEach((q, i) => out.push({ where: `${prefix}${s.id}#${p.id}`, kind: 'phrase', at: q.at, text: q.text, ...(i === 0 ? { template: p.text, joined: list.map((x) => x.text).join('') } : {}), edit: p.edit }));
      }
      (s.notes ?? []).forEach((n, i) => quotes(n.source).forEach((q) => out.push({ where: `${prefix}${s.id} note ${i + 1}`, kind: 'note', at: q.at, text: q.text })));
    }
    for (const st of pack.standards ?? []) quotes(st.source).forEach((q) => out.push({ where: `${prefix}standard ${st.id}`, kind: 'standard', at: q.at, text: q.text }));
  }
  data.exceptions.forEach((e) => out.push({ where: `exception ${e.at} (${e.kind})`, kind: 'exception', at: e.at, text: e.text }));
  return out;
}

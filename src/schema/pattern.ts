/**
 * The rule pattern language: a few operators over literal text that expand, at compile time,
 * into plain literals for the automaton plus cheap checks after a match. No regular
 * expressions, no backtracking: every operator is bounded when the rule is validated.
 *
 * - `(a|b|c)` alternatives; an empty alternative makes the group optional: `(了|)`
 * - `[x]` an optional part (the same as `(x|)`)
 * - `{self}`, `{you}`, `{no}`, `{what}`, `{how}`, `{why}` slots: the ways agents write "I",
 *   "you", "not have", "what", "how", "why" (小妹/这边/本人…, 您/亲…, 木有, 神马, 肿么…)
 * - word-class slots for the structures of rude speech, so that a theme is written once as a
 *   structure instead of sentence by sentence: `{ni}` the plain, non-honorific "you" (你/你们,
 *   never 您), `{very}` degree words (真/太/这么/怎么这么…; each slot value is a literal of its own, so slots are kept short), `{dumb}` derogatory predicates
 *   (笨/蠢/傻/贱/没用…), `{beast}` what people are compared to when insulted (猪/驴/木头/死人…),
 *   `{sense}` the faculties a rhetorical question denies (眼睛/耳朵/脑子…)
 * - `A…B` (or `A...B`) proximity: `A`, then `B` within the rule's `within` folded characters
 *   (default {@link DEFAULT_WITHIN}), in the same clause
 * - `A…，B` (or `A…,B`) across a clause: `A`, then `B` in the same clause or the next one of the
 *   same sentence, within `within` folded characters (the clause marks between them, at most
 *   {@link MAX_CROSSING} characters, not counted): 你要投诉就去投诉，爱找谁找谁; 这是规定，你懂不懂
 * - `^` at the start, `$` at the end: the match must start (end) its clause; `^不行$` is a
 *   clause of its own (a per-pattern `anchor`)
 *
 * Groups do not nest (a slot may sit inside a group). Literal text is matched after folding
 * (script, width, case, noise), as before.
 */

/** The slots a pattern may use, and what each stands for (simplified Chinese). */
export const PATTERN_SLOTS = {
  /** How agents refer to themselves. */
  self: ['我', '我们', '小妹', '妹子', '这边', '我这边', '我们这边', '本人', '咱', '咱们', '小的', '人家', '本宝宝'],
  /** How agents address the customer. */
  you: ['你', '您', '亲', '亲亲', '你们', '您们'],
  /** "Not have", with chat spellings. */
  no: ['没有', '没', '木有', '没得', '冇'],
  /** "What", with chat spellings. */
  what: ['什么', '啥', '神马', '啥子', '撒子'],
  /** "How", with chat spellings. */
  how: ['怎么', '咋', '肿么', '怎么样', '咋样'],
  /** "Why", with chat spellings. */
  why: ['为什么', '为啥', '干嘛', '干吗', '咋'],
  /** The plain, non-honorific "you": rude speech addresses 你, never 您. */
  ni: ['你', '你们'],
  /** Degree words before an adjective: 你真笨, 你怎么这么笨, 你也太傻了. */
  very: ['真', '好', '太', '这么', '那么', '怎么这么', '怎么那么', '为什么这么', '真是'],
  /** Derogatory predicates of a person. */
  dumb: ['笨', '蠢', '傻', '贱', '没用', '没出息', '不争气'],
  /** What a person is compared to when insulted (像头猪, 跟个木头似的). */
  beast: ['猪', '狗', '驴', '猴子', '木头', '死人', '傻子', '白痴', '呆子', '笨蛋', '企鹅', '乌龟', '蜗牛', '狗熊', '鸭子'],
  /** The faculties a rhetorical insult denies (你没长眼睛, 你耳朵呢). */
  sense: ['眼睛', '眼', '耳朵', '脑子', '脑袋', '良心'],
} as const satisfies Record<string, readonly string[]>;
/** A slot name usable as `{name}` in a pattern. */
export type PatternSlot = keyof typeof PATTERN_SLOTS;

/** Most literals one pattern may expand into. */
export const MAX_VARIANTS = 256;
/** Longest literal (either side of a gap) a pattern may expand into, in characters. */
export const MAX_LITERAL_LENGTH = 64;
/** Default proximity window of `A…B`: folded characters allowed between A and B. */
export const DEFAULT_WITHIN = 8;
/** Largest proximity window a rule may ask for. */
export const MAX_WITHIN = 32;
/**
 * Most clause-mark characters (，、；： spaces, emoji…) between the clauses an `A…，B` gap
 * crosses; a longer run ends the reach (so that what is read stays bounded in clause units).
 */
export const MAX_CROSSING = 4;

/** The shape bits of a variant (`^`, `$`, `…，`): its compiled entry's `edges`. */
export const EDGE_START = 1;
export const EDGE_END = 2;
export const EDGE_ACROSS = 4;
/** A variant's shape bits ({@link EDGE_START} | {@link EDGE_END} | {@link EDGE_ACROSS}). */
export function variantEdges(v: PatternVariant): number {
  return (v.start ? EDGE_START : 0) | (v.end ? EDGE_END : 0) | (v.across ? EDGE_ACROSS : 0);
}

/** Why a pattern is not valid: a discriminated union, with the offending position. */
export type PatternIssue =
  | { readonly kind: 'unclosed'; readonly at: number; readonly open: string }
  | { readonly kind: 'unopened'; readonly at: number; readonly close: string }
  | { readonly kind: 'nested'; readonly at: number }
  | { readonly kind: 'unknown-slot'; readonly at: number; readonly slot: string }
  | { readonly kind: 'too-many-gaps'; readonly at: number }
  | { readonly kind: 'empty-side'; readonly at: number }
  | { readonly kind: 'too-many-variants'; readonly variants: number }
  | { readonly kind: 'too-long'; readonly length: number }
  | { readonly kind: 'misplaced-anchor'; readonly at: number; readonly anchor: string };

/** One literal reading of a pattern: `head` then (within the window) `tail`; `head` is '' without a gap. */
export interface PatternVariant {
  readonly head: string;
  readonly tail: string;
  /** The match must start its clause (`^`). */
  readonly start?: true;
  /** The match must end its clause (`$`). */
  readonly end?: true;
  /** `A…，B`: the head may end in the clause before the tail's (same sentence). */
  readonly across?: true;
}

/** The result of {@link expandPattern}. */
export type PatternExpansion = { readonly ok: true; readonly variants: readonly PatternVariant[] } | { readonly ok: false; readonly issue: PatternIssue };

/** Words for a {@link PatternIssue}, naming the pattern and the fix. */
export function describePatternIssue(pattern: string, issue: PatternIssue): string {
  const p = JSON.stringify(pattern);
  switch (issue.kind) {
    case 'unclosed':
      return `pattern ${p}: "${issue.open}" at ${issue.at} is never closed`;
    case 'unopened':
      return `pattern ${p}: "${issue.close}" at ${issue.at} closes nothing`;
    case 'nested':
      return `pattern ${p}: groups do not nest (at ${issue.at}); write the alternatives out`;
    case 'unknown-slot':
      return `pattern ${p}: unknown slot {${issue.slot}} at ${issue.at}; slots are ${Object.keys(PATTERN_SLOTS).map((s) => `{${s}}`).join(', ')}`;
    case 'too-many-gaps':
      return `pattern ${p}: one "…" gap at most (second at ${issue.at})`;
    case 'empty-side':
      return `pattern ${p}: text is needed on both sides of "…" (at ${issue.at})`;
    case 'too-many-variants':
      return `pattern ${p} expands into ${issue.variants} literals; at most ${MAX_VARIANTS}: split it into several patterns`;
    case 'too-long':
      return `pattern ${p} expands into a literal of ${issue.length} characters; at most ${MAX_LITERAL_LENGTH}`;
    case 'misplaced-anchor':
      return `pattern ${p}: "${issue.anchor}" at ${issue.at} anchors only at the very start ("^") or end ("$") of a pattern`;
  }
}

const SYNTAX = /[()|[\]{}…^$]|\.\.\./;

/** Whether a pattern uses any operator (else it is one literal). */
export function isPlainPattern(pattern: string): boolean {
  return !SYNTAX.test(pattern);
}

/** Choices of one position: the alternatives (each already a literal). */
type Choices = string[];

/**
 * Expands a pattern into its literal readings, or says why it is invalid. Linear in the
 * pattern's length plus the output, which is bounded by {@link MAX_VARIANTS}.
 *
 * @param source - a rule pattern
 * @returns the variants, or the first issue found
 * @example
 * ```ts
 * expandPattern('(我|这边)不清楚'); //=> { ok: true, variants: [{ head: '', tail: '我不清楚' }, { head: '', tail: '这边不清楚' }] }
 * expandPattern('不归…管'); //=> { ok: true, variants: [{ head: '不归', tail: '管' }] }
 * expandPattern('规定…，你懂不懂'); //=> { ok: true, variants: [{ head: '规定', tail: '你懂不懂', across: true }] }
 * ```
 */
export function expandPattern(source: string): PatternExpansion {
  const atStart = source.startsWith('^');
  const atEnd = source.length > (atStart ? 1 : 0) && source.endsWith('$');
  const pattern = source.slice(atStart ? 1 : 0, atEnd ? -1 : undefined);
  const expanded = expandBody(pattern);
  if (!expanded.ok || (!atStart && !atEnd)) return expanded;
  const edges = { ...(atStart ? { start: true as const } : {}), ...(atEnd ? { end: true as const } : {}) };
  return { ok: true, variants: expanded.variants.map((v) => ({ ...v, ...edges })) };
}

function expandBody(pattern: string): PatternExpansion {
  const sides: Choices[][] = [[]];
  let across = false;
  let group: { at: number; open: string; alternatives: string[][] } | undefined;
  const push = (choices: Choices) => {
    if (group !== undefined) {
      // Inside a group, a slot or literal extends the current alternative (a slot multiplies it).
      const current = group.alternatives[group.alternatives.length - 1]!;
      current.push(choices.join('\u0000'));
    } else sides[sides.length - 1]!.push(choices);
  };
  const slotAt = (i: number): { end: number; values: readonly string[] } | PatternIssue => {
    const close = pattern.indexOf('}', i + 1);
    if (close < 0) return { kind: 'unclosed', at: i, open: '{' };
    const name = pattern.slice(i + 1, close);
    if (!Object.hasOwn(PATTERN_SLOTS, name)) return { kind: 'unknown-slot', at: i, slot: name };
    return { end: close, values: PATTERN_SLOTS[name as PatternSlot] };
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '(' || c === '[') {
      if (group !== undefined) return { ok: false, issue: { kind: 'nested', at: i } };
      group = { at: i, open: c, alternatives: [[]] };
    } else if (c === ')' || c === ']') {
      if (group === undefined || (c === ')') !== (group.open === '(')) return { ok: false, issue: { kind: 'unopened', at: i, close: c } };
      let size = 0;
      for (const parts of group.alternatives) size += parts.reduce((n, part) => n * part.split('\u0000').length, 1);
      if (size > MAX_VARIANTS) return { ok: false, issue: { kind: 'too-many-variants', variants: size } };
      const alts = group.alternatives.flatMap(expandAlternative);
      if (group.open === '[') alts.push('');
      group = undefined;
      push([...new Set(alts)]);
    } else if (c === '|') {
      if (group === undefined || group.open !== '(') return { ok: false, issue: { kind: 'unopened', at: i, close: c } };
      group.alternatives.push([]);
    } else if (c === '{') {
      const slot = slotAt(i);
      if ('kind' in slot) return { ok: false, issue: slot };
      push([...slot.values]);
      i = slot.end;
    } else if (c === '}') {
      return { ok: false, issue: { kind: 'unopened', at: i, close: c } };
    } else if (c === '^' || c === '$') {
      return { ok: false, issue: { kind: 'misplaced-anchor', at: i, anchor: c } };
    } else if (c === '…' || (c === '.' && pattern.startsWith('...', i))) {
      if (group !== undefined) return { ok: false, issue: { kind: 'unclosed', at: group.at, open: group.open } };
      if (sides.length > 1) return { ok: false, issue: { kind: 'too-many-gaps', at: i } };
      sides.push([]);
      if (c === '.') i += 2;
      // A clause mark right after the gap: B may be in the next clause (`A…，B`).
      const next = pattern[i + 1];
      if (next === '，' || next === ',') {
        across = true;
        i++;
      }
    } else push([c]);
  }
  if (group !== undefined) return { ok: false, issue: { kind: 'unclosed', at: group.at, open: group.open } };
  // Count before expanding: the product of the choices of every position.
  let count = 1;
  for (const side of sides) for (const choices of side) count *= Math.max(1, choices.length);
  if (count > MAX_VARIANTS) return { ok: false, issue: { kind: 'too-many-variants', variants: count } };
  const literals = sides.map(product);
  if (sides.length > 1 && (literals[0]!.some((s) => s === '') || literals[1]!.some((s) => s === ''))) {
    return { ok: false, issue: { kind: 'empty-side', at: Math.max(0, pattern.search(/…|\.\.\./)) } };
  }
  for (const list of literals) {
    for (const s of list) if (s.length > MAX_LITERAL_LENGTH) return { ok: false, issue: { kind: 'too-long', length: s.length } };
  }
  const variants: PatternVariant[] = [];
  if (literals.length === 1) for (const tail of literals[0]!) variants.push({ head: '', tail });
  else for (const head of literals[0]!) for (const tail of literals[1]!) variants.push(across ? { head, tail, across: true } : { head, tail });
  return { ok: true, variants };
}

/** The literals of one alternative of a group: its parts (each a `\0`-joined choice list) multiplied out. */
function expandAlternative(parts: readonly string[]): string[] {
  return product(parts.map((p) => p.split('\u0000')));
}

/** Every concatenation of one choice per position (bounded by the caller's count). */
function product(positions: readonly Choices[]): string[] {
  let out = [''];
  for (const choices of positions) {
    const next: string[] = [];
    for (const prefix of out) for (const c of choices) next.push(prefix + c);
    out = next;
  }
  return [...new Set(out)];
}

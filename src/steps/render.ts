import { standards as coreStandards } from '../catalogue/index.js';
import type { CompiledStandard } from '../catalogue/index.js';
import type { Condition } from '../schema/index.js';
import { HuashuError } from '../errors/index.js';
import { MAX_STEP_SECONDS } from '../vocab/index.js';
import { isClauseBreak, isClauseEnd, isSentenceEnd, QUOTES_CLOSE } from '../text/index.js';
import { RISING_TONE, stripTone } from '../vocab/index.js';
import { followPath } from './path.js';
import { escapeXml, speakable } from './speech.js';

export { escapeXml };
import type { FilledBranch, FilledStep } from './types.js';
import { ACTION_WORDS, conditionWords } from './words.js';

function actionLine(step: Extract<FilledStep, { kind: 'action' }>): string {
  let line = ACTION_WORDS[step.action];
  if (step.target !== undefined) line += `(${step.target})`;
  if (step.withinHours !== undefined) line += `,${step.withinHours}小时内`;
  if (step.note !== undefined) line += `:${step.note}`;
  return line;
}

/** One step as a line of a script (without its branches). */
function stepLine(step: FilledStep): string {
  const label = step.label === undefined ? '' : `${step.label} `;
  switch (step.kind) {
    case 'say':
      return `${label}说:“${step.text}”`;
    case 'ask':
      return `${label}问:“${step.text}”`;
    case 'wait':
      return `${label}${'seconds' in step ? `停顿${step.seconds}秒` : '等客户回答'}`;
    case 'branch':
      return `${label}视情况:`;
    case 'action':
      return `${label}${actionLine(step)}`;
    case 'note':
      return `${label}(${step.text})`;
    case 'group':
      return label.trimEnd() || '步骤';
  }
}

/** One line of an outline: a step (numbered within its list) or a branch's condition. */
type OutlineLine =
  | { readonly type: 'step'; readonly step: FilledStep; readonly number: string; readonly depth: number }
  | { readonly type: 'branch'; readonly when: Condition; readonly depth: number };

/** Steps in document order with their numbers (1, 1.2, …) and depth, walked without recursion. */
function outline(steps: readonly FilledStep[]): OutlineLine[] {
  const lines: OutlineLine[] = [];
  const stack: Array<{ list: readonly FilledStep[]; i: number; prefix: string; depth: number; when?: Condition }> = [
    { list: steps, i: 0, prefix: '', depth: 0 },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    if (frame.when !== undefined) {
      lines.push({ type: 'branch', when: frame.when, depth: frame.depth - 1 });
      delete frame.when;
    }
    const step = frame.list[frame.i];
    if (step === undefined) {
      stack.pop();
      continue;
    }
    frame.i++;
    const number = `${frame.prefix}${frame.i}`;
    lines.push({ type: 'step', step, number, depth: frame.depth });
    if (step.kind === 'group') stack.push({ list: step.steps, i: 0, prefix: `${number}.`, depth: frame.depth + 1 });
    else if (step.kind === 'ask' || step.kind === 'branch') {
      // Pushed in reverse so the first branch comes out first.
      for (let b = step.branches.length - 1; b >= 0; b--) {
        const branch = step.branches[b] as FilledBranch;
        stack.push({ list: branch.steps, i: 0, prefix: `${number}.`, depth: frame.depth + 1, when: branch.when });
      }
    }
  }
  return lines;
}

/**
 * Renders steps as a plain-text script, numbered 1. 2. … with branches indented under 若… and a
 * numbered group's steps under its label.
 *
 * @param steps - filled steps
 * @returns the script, one step a line
 * @example
 * ```ts
 * toText([{ kind: 'say', text: '您好!', toned: '您好↑!' }, { kind: 'wait', seconds: 5 }]);
 * //=> '1. 说:“您好!”\n2. 停顿5秒'
 * ```
 */
export function toText(steps: readonly FilledStep[]): string {
  return outline(steps)
    .map((line) => {
      const indent = '      '.repeat(line.depth);
      return line.type === 'step' ? `${indent}${line.number}. ${stepLine(line.step)}` : `${indent}   若${conditionWords(line.when)}:`;
    })
    .join('\n');
}

/** Markdown inline text: escapes, and line breaks folded to spaces so a value cannot start a new item. */
function markdownInline(s: string): string {
  return s.replace(/[\r\n\u2028\u2029\u0085\v\f]+/g, ' ').replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

/**
 * Renders steps as a Markdown checklist: one `- [ ]` item a step, branches and numbered groups as
 * nested lists. Values are escaped and their line breaks folded to spaces, so no value can add
 * an item or tick one.
 *
 * @param steps - filled steps
 * @returns Markdown
 * @example
 * ```ts
 * toMarkdown([{ kind: 'action', action: 'hang-up' }]); //=> '- [ ] 挂机'
 * ```
 */
export function toMarkdown(steps: readonly FilledStep[]): string {
  return outline(steps)
    .map((line) => {
      const indent = '    '.repeat(line.depth);
      if (line.type === 'branch') return `${indent}  - 若${markdownInline(conditionWords(line.when))}:`;
      const step = line.step;
      const label = step.label === undefined ? '' : `**${markdownInline(step.label)}** `;
      const body = step.kind === 'group' ? '' : markdownInline(stepLine({ ...step, label: undefined } as FilledStep));
      return `${indent}- [ ] ${label}${body}`.trimEnd();
    })
    .join('\n');
}

/** Options of {@link toSsml}. */
export interface SsmlOptions {
  /** Pitch raise for `↑`-marked words. Default `+15%`. */
  risingPitch?: string | undefined;
  /** `xml:lang` of the document. Default `zh-CN`. */
  lang?: string | undefined;
  /** What happens at each decision (`[{ reply: 'silent' }]`): branches are followed along it (see followPath). Default: none followed. */
  path?: readonly Condition[] | undefined;
}

/**
 * SSML for one toned sentence: the clause a `↑` follows (back to the previous clause break,
 * full- or half-width punctuation alike) is spoken with a rising pitch. Linear in the text.
 */
function tonedSsml(toned: string, pitch: string): string {
  let out = '';
  let pending = '';
  for (const ch of toned) {
    if (ch === RISING_TONE) {
      // The rise falls on the clause just before the mark (back to the previous clause break).
      const chars = [...pending];
      let cut = chars.length;
      while (cut > 0 && isClauseEnd(chars[cut - 1] ?? '')) cut--;
      let start = cut;
      while (start > 0 && !isClauseEnd(chars[start - 1] ?? '')) start--;
      const rising = chars.slice(start, cut).join('');
      out += speakable(chars.slice(0, start).join(''));
      if (rising !== '') out += `<prosody pitch="${escapeXml(pitch)}">${speakable(rising)}</prosody>`;
      out += speakable(chars.slice(cut).join(''));
      pending = '';
    } else pending += ch;
  }
  return out + speakable(pending);
}

/** `<break time>` of a timed wait: seconds checked (a finite number in (0, MAX_STEP_SECONDS]). */
function breakTime(seconds: unknown): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_STEP_SECONDS) {
    throw new HuashuError('INVALID_ARGUMENT', `toSsml: a wait step's seconds must be a number above 0 and at most ${MAX_STEP_SECONDS} (got ${String(seconds)})`);
  }
  return Number.isInteger(seconds) ? `${seconds}s` : `${Math.round(seconds * 1000)}ms`;
}

/**
 * Renders the spoken part of steps as SSML for a voice bot: sentences (values XML-escaped, only
 * XML 1.0 characters), `↑` as a rising pitch on the clause it follows, timed waits as
 * `<break time="5s"/>`, a wait for the reply as a strong break. Phone numbers are read digit by
 * digit (1 as 幺), amounts and dates through `say-as`, and a surname with more than one reading
 * gets its surname reading (see `speakable`). Notes and actions are not spoken; branches are
 * followed along `options.path` (see {@link followPath}), and not at all without one.
 *
 * @param steps - filled steps
 * @param options - pitch of `↑` and document language
 * @returns an SSML `<speak>` document
 * @throws HuashuError `INVALID_ARGUMENT` for a wait whose seconds are not a number in (0, 86400]
 * @example
 * ```ts
 * toSsml([{ kind: 'say', text: '您好，请说。', toned: '您好↑，请说。' }, { kind: 'wait', seconds: 5 }]);
 * //=> '<speak xml:lang="zh-CN"><s><prosody pitch="+15%">您好</prosody>，请说。</s><break time="5s"/></speak>'
 * ```
 */
export function toSsml(steps: readonly FilledStep[], options: SsmlOptions = {}): string {
  const pitch = options.risingPitch ?? '+15%';
  let body = '';
  for (const step of followPath(steps, options.path ?? [])) {
    if (step.kind === 'say' || step.kind === 'ask') body += `<s>${tonedSsml(step.toned, pitch)}</s>`;
    else if (step.kind === 'wait') body += 'seconds' in step ? `<break time="${breakTime(step.seconds)}"/>` : '<break strength="x-strong"/>';
  }
  return `<speak xml:lang="${escapeXml(options.lang ?? 'zh-CN')}">${body}</speak>`;
}

/** Typing speed used when no standard gives one: 50 字/分钟 (seed 001:34). */
export const DEFAULT_TYPING_CHARS_PER_MINUTE = 50;
/** Longest wait for each chat reply when no standard gives one: 20 s (seed 001:35). */
export const DEFAULT_REPLY_WITHIN_SECONDS = 20;
/** Speaking speed of the phone standard: 180–200 字/分钟 (seed 003:19). */
export const DEFAULT_SPEAKING_CHARS_PER_MINUTE = { min: 180, max: 200 } as const;

/** A chat message with the time it takes to type. */
export interface ChatMessage {
  readonly text: string;
  /** Seconds to type it at the standard typing speed. */
  readonly typingSeconds: number;
  /** `scenario#phrase` of the step it comes from, when from the catalogue. */
  readonly ref?: string | undefined;
}

/** Options of {@link toChat}. */
export interface ChatOptions {
  /** Service standards to read the typing speed and reply wait from. Default: the core pack's. */
  standards?: readonly CompiledStandard[] | undefined;
  /** Longest message in characters. Default: what can be typed within the reply wait (50 字/分钟 × 20 s ≈ 16). */
  maxChars?: number | undefined;
  /** What happens at each decision (`[{ reply: 'silent' }]`): branches are followed along it (see followPath). Default: none followed. */
  path?: readonly Condition[] | undefined;
}

function chatStandard(list: readonly CompiledStandard[], unit: string, pick: (s: CompiledStandard) => number | undefined): number | undefined {
  for (const s of list) {
    if (s.unit === unit && s.channels.includes('chat')) {
      const v = pick(s);
      if (v !== undefined && v > 0) return v;
    }
  }
  return undefined;
}

/**
 * The chat typing speed and longest reply wait stated by service standards (units
 * `chars-per-minute` and `seconds` on the chat channel), or the documented fallbacks.
 *
 * @param list - service standards, e.g. `standards()`
 * @returns characters per minute and seconds
 * @example
 * ```ts
 * chatPace([]); //=> { charsPerMinute: 50, replyWithinSeconds: 20 }
 * ```
 */
export function chatPace(list: readonly CompiledStandard[]): { charsPerMinute: number; replyWithinSeconds: number } {
  return {
    charsPerMinute: chatStandard(list, 'chars-per-minute', (s) => s.min ?? s.max) ?? DEFAULT_TYPING_CHARS_PER_MINUTE,
    replyWithinSeconds:
      chatStandard(list.filter((s) => /reply/.test(s.id) && !/first/.test(s.id)), 'seconds', (s) => s.max) ?? DEFAULT_REPLY_WITHIN_SECONDS,
  };
}

function countChars(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/.test(ch)) n++;
  return n;
}

const CLOSERS = new Set([...QUOTES_CLOSE, '"', '＂', ')', '）', RISING_TONE]);

/**
 * Cuts text after each run of punctuation `ends` (with the closing quotes and brackets after
 * it), keeping every character. An ASCII `.` between digits (1.5) does not end anything.
 */
function cutAfter(text: string, ends: (ch: string) => boolean): string[] {
  const chars = [...text];
  const pieces: string[] = [];
  let piece = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    piece += ch;
    const isEnd = ends(ch) && !(ch === '.' && /[0-9]/.test(chars[i - 1] ?? '') && /[0-9]/.test(chars[i + 1] ?? ''));
    if (!isEnd) continue;
    while (i + 1 < chars.length && (ends(chars[i + 1] as string) || CLOSERS.has(chars[i + 1] as string))) piece += chars[++i];
    pieces.push(piece);
    piece = '';
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Splits a long answer at sentence ends (。！？…), then at clause breaks (，、；：), full or half
 * width, so each part fits `max` characters (whitespace not counted); a clause longer than `max`
 * is cut every `max` characters, so no part is longer. Linear in the text, whatever `max`.
 *
 * @param text - the answer
 * @param max - longest part, in characters (a positive integer)
 * @returns the parts, in order
 * @throws HuashuError `INVALID_ARGUMENT` when `max` is not a positive integer or `text` not a string
 * @example
 * ```ts
 * splitMessage('您好！请问有什么可以帮您？', 6); //=> ['您好！', '请问有什么可', '以帮您？']
 * splitMessage('很抱歉，我帮您查询一下，请您稍等片刻，谢谢！', 16); //=> ['很抱歉，我帮您查询一下，', '请您稍等片刻，谢谢！']
 * ```
 */
export function splitMessage(text: string, max: number): string[] {
  if (typeof text !== 'string') throw new HuashuError('INVALID_ARGUMENT', `splitMessage: text must be a string (got ${typeof text})`);
  if (!Number.isInteger(max) || max < 1) throw new HuashuError('INVALID_ARGUMENT', `splitMessage: max must be a positive integer (got ${String(max)})`);
  const parts: string[] = [];
  let current = '';
  let count = 0;
  const push = () => {
    if (current.trim() !== '') parts.push(current.trim());
    current = '';
    count = 0;
  };
  const add = (piece: string, n: number) => {
    current += piece;
    count += n;
  };
  for (const sentence of cutAfter(text, isSentenceEnd)) {
    const n = countChars(sentence);
    if (count + n <= max) {
      add(sentence, n);
      continue;
    }
    push();
    if (n <= max) {
      add(sentence, n);
      continue;
    }
    for (const clause of cutAfter(sentence, isClauseBreak)) {
      const c = countChars(clause);
      if (count + c <= max) {
        add(clause, c);
        continue;
      }
      push();
      if (c <= max) {
        add(clause, c);
        continue;
      }
      // A clause longer than a message: cut it every `max` characters.
      for (const ch of clause) {
        const w = /\s/.test(ch) ? 0 : 1;
        if (count + w > max) push();
        add(ch, w);
      }
    }
  }
  push();
  return parts.length === 0 ? [text] : parts;
}

/**
 * Renders the said parts of steps as chat messages: long answers are split into several (as the
 * online-shop rules advise, "如回答太长,宜分次回答"), each with the seconds it takes to type at the
 * standard speed (50 字/分钟 unless the standards say otherwise).
 *
 * @param steps - filled steps
 * @param options - standards to read, longest message
 * @returns the messages, in order (branches are followed along `options.path` only)
 * @example
 * ```ts
 * toChat([{ kind: 'say', text: '您好!', toned: '您好!' }]); //=> [{ text: '您好!', typingSeconds: 3.6 }]
 * ```
 */
export function toChat(steps: readonly FilledStep[], options: ChatOptions = {}): ChatMessage[] {
  const pace = chatPace(options.standards ?? coreStandards());
  const max = options.maxChars ?? Math.max(1, Math.floor((pace.charsPerMinute * pace.replyWithinSeconds) / 60));
  const out: ChatMessage[] = [];
  for (const step of followPath(steps, options.path ?? [])) {
    if (step.kind !== 'say' && step.kind !== 'ask') continue;
    for (const text of splitMessage(step.text, max)) {
      const typingSeconds = Math.round((countChars(text) / pace.charsPerMinute) * 600) / 10;
      out.push(step.ref === undefined ? { text, typingSeconds } : { text, typingSeconds, ref: step.ref });
    }
  }
  return out;
}

/** How long a sentence takes to say. */
export interface SpeakingTime {
  /** Characters counted (whitespace excluded; `↑` marks excluded). */
  readonly chars: number;
  /** Seconds at the fastest standard pace (200 字/分钟). */
  readonly minSeconds: number;
  /** Seconds at the slowest standard pace (180 字/分钟). */
  readonly maxSeconds: number;
}

/**
 * How long a sentence takes to say at the phone standard's 180–200 字/分钟 (seed 003:19).
 *
 * @param text - what is said (`↑` marks are not counted)
 * @param pace - characters per minute, default 180–200
 * @returns the count and the range in seconds (one decimal)
 * @example
 * ```ts
 * speakingTime('感谢您的来电,祝您生活愉快,再见!'); //=> { chars: 17, minSeconds: 5.1, maxSeconds: 5.7 }
 * ```
 */
export function speakingTime(text: string, pace: { min: number; max: number } = DEFAULT_SPEAKING_CHARS_PER_MINUTE): SpeakingTime {
  const chars = countChars(stripTone(text));
  const round = (n: number) => Math.round(n * 10) / 10;
  return { chars, minSeconds: round((chars / pace.max) * 60), maxSeconds: round((chars / pace.min) * 60) };
}

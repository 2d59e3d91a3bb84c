import { standards as coreStandards } from '../catalogue/index.js';
import type { CompiledStandard } from '../catalogue/index.js';
import type { Condition } from '../schema/index.js';
import { followPath } from './path.js';
import type { FilledStep } from './types.js';
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
  }
}

/**
 * Renders steps as a plain-text script, numbered 1. 2. … with branches indented under 若….
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
  const lines: string[] = [];
  const walk = (list: readonly FilledStep[], prefix: string, indent: string) => {
    list.forEach((step, i) => {
      const n = `${prefix}${i + 1}`;
      lines.push(`${indent}${n}. ${stepLine(step)}`);
      if (step.kind === 'ask' || step.kind === 'branch') {
        for (const b of step.branches) {
          lines.push(`${indent}   若${conditionWords(b.when)}:`);
          walk(b.steps, `${n}.`, `${indent}      `);
        }
      }
    });
  };
  walk(steps, '', '');
  return lines.join('\n');
}

/**
 * Renders steps as a Markdown checklist: one `- [ ]` item a step, branches as nested lists.
 *
 * @param steps - filled steps
 * @returns Markdown
 * @example
 * ```ts
 * toMarkdown([{ kind: 'action', action: 'hang-up' }]); //=> '- [ ] 挂机'
 * ```
 */
export function toMarkdown(steps: readonly FilledStep[]): string {
  const lines: string[] = [];
  const escape = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
  const walk = (list: readonly FilledStep[], indent: string) => {
    for (const step of list) {
      const label = step.label === undefined ? '' : `**${escape(step.label)}** `;
      const body = stepLine({ ...step, label: undefined } as FilledStep);
      lines.push(`${indent}- [ ] ${label}${escape(body)}`);
      if (step.kind === 'ask' || step.kind === 'branch') {
        for (const b of step.branches) {
          lines.push(`${indent}  - 若${conditionWords(b.when)}:`);
          walk(b.steps, `${indent}    `);
        }
      }
    }
  };
  walk(steps, '');
  return lines.join('\n');
}

/**
 * Escapes text for XML character data and attribute values.
 *
 * @param text - any text
 * @returns the text with `& < > " '` escaped
 * @example
 * ```ts
 * escapeXml('A&B <C>'); //=> 'A&amp;B &lt;C&gt;'
 * ```
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
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

const CLAUSE_END = /[,,。!?!?;;、:]/;

/** SSML for one toned sentence: each clause ending in `↑` is spoken with a rising pitch. */
function tonedSsml(toned: string, pitch: string): string {
  let out = '';
  let pending = '';
  for (const ch of toned) {
    if (ch === '↑') {
      // The rise falls on the clause just before the mark (back to the previous clause break).
      let cut = pending.length;
      while (cut > 0 && CLAUSE_END.test(pending[cut - 1] ?? '')) cut--;
      let start = cut;
      while (start > 0 && !CLAUSE_END.test(pending[start - 1] ?? '')) start--;
      const rising = pending.slice(start);
      out += escapeXml(pending.slice(0, start));
      if (rising !== '') out += `<prosody pitch="${escapeXml(pitch)}">${escapeXml(rising)}</prosody>`;
      pending = '';
    } else pending += ch;
  }
  return out + escapeXml(pending);
}

/**
 * Renders the spoken part of steps as SSML for a voice bot: sentences (values XML-escaped),
 * `↑` as a rising pitch, timed waits as `<break time="5s"/>`, a wait for the reply as a strong
 * break. Notes and actions are not spoken; branches are followed along `options.path` (see
 * {@link followPath}), and not at all without one.
 *
 * @param steps - filled steps
 * @param options - pitch of `↑` and document language
 * @returns an SSML `<speak>` document
 * @example
 * ```ts
 * toSsml([{ kind: 'say', text: '您好,请说。', toned: '您好↑,请说。' }, { kind: 'wait', seconds: 5 }]);
 * //=> '<speak xml:lang="zh-CN"><s><prosody pitch="+15%">您好</prosody>,请说。</s><break time="5s"/></speak>'
 * ```
 */
export function toSsml(steps: readonly FilledStep[], options: SsmlOptions = {}): string {
  const pitch = options.risingPitch ?? '+15%';
  let body = '';
  for (const step of options.path === undefined ? steps : followPath(steps, options.path)) {
    if (step.kind === 'say' || step.kind === 'ask') body += `<s>${tonedSsml(step.toned, pitch)}</s>`;
    else if (step.kind === 'wait') body += 'seconds' in step ? `<break time="${step.seconds}s"/>` : '<break strength="x-strong"/>';
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
  return [...text.replace(/\s/g, '')].length;
}

/**
 * Splits a long answer at sentence ends, then at commas, so each part fits `max` characters (a
 * clause longer than `max` stays whole).
 *
 * @param text - the answer
 * @param max - longest part, in characters
 * @returns the parts, in order
 * @example
 * ```ts
 * splitMessage('您好!请问有什么可以帮您?', 6); //=> ['您好!', '请问有什么可以帮您?']
 * ```
 */
export function splitMessage(text: string, max: number): string[] {
  const pieces = (s: string, re: RegExp) => s.match(re) ?? [s];
  const parts: string[] = [];
  let current = '';
  const push = () => {
    if (current.trim() !== '') parts.push(current.trim());
    current = '';
  };
  for (const sentence of pieces(text, /[^。!?!?]+[。!?!?]*|[。!?!?]+/g)) {
    if (countChars(current + sentence) <= max) {
      current += sentence;
      continue;
    }
    push();
    if (countChars(sentence) <= max) {
      current = sentence;
      continue;
    }
    for (const clause of pieces(sentence, /[^,,;;]+[,,;;]*|[,,;;]+/g)) {
      if (current !== '' && countChars(current + clause) > max) push();
      current += clause;
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
  for (const step of options.path === undefined ? steps : followPath(steps, options.path)) {
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
  const chars = countChars(text.replaceAll('↑', ''));
  const round = (n: number) => Math.round(n * 10) / 10;
  return { chars, minSeconds: round((chars / pace.max) * 60), maxSeconds: round((chars / pace.min) * 60) };
}

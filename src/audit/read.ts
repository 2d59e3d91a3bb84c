import type { Channel } from '../schema/index.js';
import { parseClock, TranscriptError, type Transcript, type TranscriptTurn } from './transcript.js';

/** Input formats: a JSON transcript, NDJSON (one call per line), plain text, or guessed. */
export type TranscriptFormat = 'auto' | 'json' | 'ndjson' | 'text';

/** Options of the readers. */
export interface ReadOptions {
  /** Default `auto`: JSON when the input starts with `{` or `[{`/`[]`, else text. */
  format?: TranscriptFormat | undefined;
  /** Channel given to transcripts that do not name one. */
  channel?: Channel | undefined;
}

/** Longest role label in a plain-text line (characters before the colon). */
const MAX_LABEL = 16;

/** Whether a text (after leading spaces) is JSON rather than a plain-text transcript. */
export function looksLikeJson(text: string): boolean {
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t' || text[i] === '\ufeff')) i++;
  if (text[i] === '{') return true;
  if (text[i] !== '[') return false;
  i++;
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  return text[i] === '{' || text[i] === ']' || text[i] === '[';
}

/** Line and column (1-based) of a character offset. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/**
 * Where JSON text stops being valid (V8's messages do not always say): a small iterative scanner
 * over values, strings, numbers and literals. Returns the offset of the first bad character.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  // Stack of containers: 'a' array, 'o' object; state says what may come next.
  const stack: Array<'a' | 'o'> = [];
  let expect: 'value' | 'key' | 'colon' | 'after' = 'value';
  let first = true;
  const scalar = (): boolean => {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 34) {
          i++;
          return true;
        }
        if (d < 32) return false;
        if (d === 92) {
          i++;
          if (i >= text.length || !'"\\/bfnrtu'.includes(text[i]!)) return false;
          if (text[i] === 'u') {
            for (let k = 0; k < 4; k++) if (!/[0-9a-fA-F]/.test(text[++i] ?? '')) return false;
          }
        }
      }
      return false;
    }
    for (const lit of ['true', 'false', 'null']) if (text.startsWith(lit, i)) return (i += lit.length), true;
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m === null || m[0] === '' || m[0] === '-') return false;
    i += m[0].length;
    return true;
  };
  ws();
  for (;;) {
    ws();
    if (i >= text.length) return stack.length === 0 && expect === 'after' ? -1 : i;
    const c = text[i];
    if (expect === 'value') {
      if (c === '[' || c === '{') {
        stack.push(c === '[' ? 'a' : 'o');
        i++;
        first = true;
        expect = c === '[' ? 'value' : 'key';
        continue;
      }
      if (c === ']' && first && stack[stack.length - 1] === 'a') {
        stack.pop();
        i++;
        expect = 'after';
        first = false;
        continue;
      }
      if (!scalar()) return i;
      expect = 'after';
      first = false;
    } else if (expect === 'key') {
      if (c === '}' && first) {
        stack.pop();
        i++;
        expect = 'after';
        first = false;
        continue;
      }
      if (c !== '"' || !scalar()) return i;
      expect = 'colon';
    } else if (expect === 'colon') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
      first = false;
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i;
      if (c === ',') {
        i++;
        expect = top === 'a' ? 'value' : 'key';
        first = false;
      } else if ((c === ']' && top === 'a') || (c === '}' && top === 'o')) {
        stack.pop();
        i++;
      } else return i;
    }
  }
}

/** JSON.parse, with the line and column of a syntax error. */
function parseJson(text: string, lineOffset = 0): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = jsonErrorOffset(text);
    const where = position(text, at < 0 ? text.length : at);
    throw new TranscriptError(`invalid JSON: ${message.split('\n')[0]}`, { line: where.line + lineOffset, column: where.column });
  }
}

/** Turns a parsed JSON value into a transcript: an array of turns, or `{ turns, … }`. */
function fromJson(value: unknown, channel: Channel | undefined, line: number | undefined): Transcript {
  if (Array.isArray(value)) return channel === undefined ? { turns: value as TranscriptTurn[] } : { channel, turns: value as TranscriptTurn[] };
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, 'turns') && Array.isArray((value as { turns: unknown }).turns)) {
    const t = value as Record<string, unknown>;
    const out: Record<string, unknown> = { turns: t.turns };
    for (const key of ['id', 'channel', 'customer', 'rings', 'answerSeconds'] as const) if (Object.hasOwn(t, key) && t[key] !== undefined) out[key] = t[key];
    if (out.channel === undefined && channel !== undefined) out.channel = channel;
    if (out.id !== undefined && typeof out.id !== 'string' && typeof out.id !== 'number') throw new TranscriptError('"id" must be a string', { line });
    if (typeof out.id === 'number') out.id = String(out.id);
    for (const key of ['rings', 'answerSeconds'] as const) {
      if (out[key] !== undefined && (typeof out[key] !== 'number' || !Number.isFinite(out[key]) || (out[key] as number) < 0)) {
        throw new TranscriptError(`"${key}" must be a non-negative number`, { line });
      }
    }
    if (out.customer !== undefined && typeof out.customer !== 'string') throw new TranscriptError('"customer" must be a string', { line });
    if (out.channel !== undefined && !['phone', 'chat', 'letter', 'in-person'].includes(out.channel as string)) {
      throw new TranscriptError(`"channel" must be phone, chat, letter or in-person (got ${JSON.stringify(out.channel)})`, { line });
    }
    return out as unknown as Transcript;
  }
  throw new TranscriptError('expected an array of turns or an object { turns: [...] }', { line });
}

/**
 * Reads one transcript from text: JSON (`[{ role, text, start?, end? }]` or `{ turns, channel?,
 * id?, customer?, rings?, answerSeconds? }`) or plain text, one turn per line:
 * `客服：您好…`, `[00:01:02] 坐席：…`, `[00:01:02-00:01:09] 客户：…`, `客户 [10:00:05]：…`. A line
 * without a role continues the turn before it. Role names are kept as written (the auditor
 * resolves them and reports the ones it does not know).
 *
 * @param input - the transcript text
 * @param options - format (default `auto`), default channel
 * @returns the transcript
 * @throws {@link TranscriptError} `INVALID_TRANSCRIPT` with the line (and column) of the problem
 * @example
 * ```ts
 * readTranscript('[00:00:01] 客服：您好！\n[00:00:04] 客户：你好').turns;
 * //=> [{ role: '客服', text: '您好！', start: 1 }, { role: '客户', text: '你好', start: 4 }]
 * ```
 */
export function readTranscript(input: string, options: ReadOptions = {}): Transcript {
  if (typeof input !== 'string') throw new TranscriptError('expected the transcript as a string');
  const format = options.format ?? 'auto';
  if (format === 'ndjson') {
    const all = readTranscripts(input, options);
    if (all.length !== 1) throw new TranscriptError(`expected one transcript, found ${all.length} NDJSON lines (read them with readTranscripts)`);
    return all[0]!;
  }
  if (format === 'json' || (format === 'auto' && looksLikeJson(input))) return fromJson(parseJson(input), options.channel, undefined);
  return readText(input, options.channel);
}

/**
 * Reads many transcripts: NDJSON (one JSON transcript per line; blank lines skipped), or a JSON
 * array of transcripts. Errors name the line.
 *
 * @param input - NDJSON text
 * @param options - default channel
 * @returns the transcripts, in order
 * @throws {@link TranscriptError} `INVALID_TRANSCRIPT` naming the line
 * @example
 * ```ts
 * readTranscripts('{"turns":[{"role":"agent","text":"您好"}]}\n[{"role":"客户","text":"在吗"}]').length; //=> 2
 * ```
 */
export function readTranscripts(input: string, options: ReadOptions = {}): Transcript[] {
  if (typeof input !== 'string') throw new TranscriptError('expected NDJSON text');
  const out: Transcript[] = [];
  let line = 0;
  let from = 0;
  while (from <= input.length) {
    let to = input.indexOf('\n', from);
    if (to < 0) to = input.length;
    line++;
    const transcript = readNdjsonLine(input.slice(from, to), line, options.channel);
    if (transcript !== undefined) out.push(transcript);
    from = to + 1;
  }
  return out;
}

/**
 * Reads one NDJSON line (for streaming readers): `undefined` for a blank line.
 *
 * @param text - the line, without its newline
 * @param line - its 1-based number, for errors
 * @param channel - channel given to a transcript that names none
 * @returns the transcript, or `undefined` for a blank line
 * @throws {@link TranscriptError} `INVALID_TRANSCRIPT` naming the line
 * @example
 * ```ts
 * readNdjsonLine('  ', 3); //=> undefined
 * readNdjsonLine('{"id":"c1","turns":[]}', 1); //=> { id: 'c1', turns: [] }
 * ```
 */
export function readNdjsonLine(text: string, line: number, channel?: Channel): Transcript | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return fromJson(parseJson(trimmed, line - 1), channel, line);
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\ufeff';
}

/** A bracketed or bare timestamp at `i`: its start and optional end, and where the text goes on. */
function timestampAt(line: string, i: number): { start: number; end: number | undefined; next: number } | undefined {
  const open = line[i];
  const close = open === '[' ? ']' : open === '(' ? ')' : open === '（' ? '）' : open === '【' ? '】' : undefined;
  const j = close === undefined ? i : i + 1;
  let k = j;
  if (close !== undefined) {
    k = line.indexOf(close, j);
    if (k < 0 || k - j > 60) return undefined;
  } else {
    while (k < line.length && k - j <= 30 && !isSpace(line[k])) k++;
  }
  const inner = line.slice(j, k).trim();
  const one = (t: string): number | undefined => {
    const u = t.trim();
    const clock = parseClock(u);
    if (clock !== undefined) return clock;
    if (/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(u)) {
      const ms = Date.parse(`${u.replace(' ', 'T')}Z`);
      return Number.isNaN(ms) ? undefined : ms / 1000;
    }
    return undefined;
  };
  let start = one(inner);
  let end: number | undefined;
  if (start === undefined) {
    // A range: start-end, start~end, start→end, start–end, start,end (both sides must be times).
    for (let at = 1; at < inner.length - 1 && start === undefined; at++) {
      const c = inner[at]!;
      if (c !== '-' && c !== '~' && c !== '→' && c !== '–' && c !== ',' && c !== '—') continue;
      const a = one(inner.slice(0, at));
      const b = a === undefined ? undefined : one(inner.slice(at + 1));
      if (a !== undefined && b !== undefined) {
        start = a;
        end = b;
      }
    }
    if (start === undefined) return undefined;
  }
  let next = close === undefined ? k : k + 1;
  while (next < line.length && isSpace(line[next])) next++;
  return { start, end, next };
}

const SENTENCE_MARKS = new Set(['，', '。', '！', '？', ',', '.', '!', '?', '、', '；', ';', '“', '”', '"']);

/** The role label before a colon at the start of `line` (from `i`), or `undefined`. */
function labelAt(line: string, i: number): { label: string; next: number; time?: ReturnType<typeof timestampAt> } | undefined {
  for (let k = i; k < line.length && k - i <= MAX_LABEL + 24; k++) {
    const c = line[k]!;
    if (c === '：' || c === ':') {
      let raw = line.slice(i, k).trim();
      // A clock inside the label (客户 10:00:05：) was split at its own colon: not a label.
      if (c === ':' && /\d$/.test(raw) && /^\d/.test(line.slice(k + 1))) continue;
      let time: ReturnType<typeof timestampAt>;
      const bracket = Math.max(raw.lastIndexOf('['), raw.lastIndexOf('('), raw.lastIndexOf('（'), raw.lastIndexOf('【'));
      if (bracket > 0) {
        time = timestampAt(raw, bracket);
        if (time !== undefined && time.next >= raw.length) raw = raw.slice(0, bracket).trim();
        else time = undefined;
      } else {
        const space = raw.lastIndexOf(' ');
        if (space > 0) {
          time = timestampAt(raw, space + 1);
          if (time !== undefined && time.next >= raw.length) raw = raw.slice(0, space).trim();
          else time = undefined;
        }
      }
      if (raw.length === 0 || raw.length > MAX_LABEL || /^\d+$/.test(raw)) return undefined;
      for (const ch of raw) if (SENTENCE_MARKS.has(ch)) return undefined;
      let next = k + 1;
      while (next < line.length && isSpace(line[next])) next++;
      return time === undefined ? { label: raw, next } : { label: raw, next, time };
    }
    if (SENTENCE_MARKS.has(c)) return undefined;
  }
  return undefined;
}

function readText(input: string, channel: Channel | undefined): Transcript {
  const turns: Array<{ role: string; text: string; start?: number; end?: number }> = [];
  let lineNo = 0;
  let from = 0;
  while (from <= input.length) {
    let to = input.indexOf('\n', from);
    if (to < 0) to = input.length;
    lineNo++;
    let line = input.slice(from, to);
    from = to + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    let i = 0;
    while (i < line.length && isSpace(line[i])) i++;
    if (i === line.length) continue;
    const time = line[i] === '[' || line[i] === '【' || /^\d{1,4}[:-]/.test(line.slice(i, i + 5)) ? timestampAt(line, i) : undefined;
    const at = time === undefined ? i : time.next;
    const label = labelAt(line, at);
    if (label === undefined) {
      if (time !== undefined) throw new TranscriptError('a timestamped line needs a role: "[00:01:02] 客服：…"', { line: lineNo, column: at + 1 });
      const last = turns[turns.length - 1];
      if (last === undefined) throw new TranscriptError('expected "role：text" (客服：您好 / 客户：…) on the first line', { line: lineNo, column: i + 1 });
      last.text += `\n${line.slice(i).trimEnd()}`;
      continue;
    }
    const stamp = time ?? label.time;
    const turn: { role: string; text: string; start?: number; end?: number } = { role: label.label, text: line.slice(label.next).trimEnd() };
    if (stamp !== undefined) {
      turn.start = stamp.start;
      if (stamp.end !== undefined) {
        if (stamp.end < stamp.start) throw new TranscriptError('the end time is before the start time', { line: lineNo, column: i + 1 });
        turn.end = stamp.end;
      }
    }
    turns.push(turn);
  }
  return channel === undefined ? { turns } : { channel, turns };
}

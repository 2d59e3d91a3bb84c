/**
 * What the CLI writes: control characters escaped so that text read from files never reaches
 * the terminal raw (an ESC sequence in a linted file cannot move the cursor, retitle the window
 * or hide output), and ANSI colours when the output is a terminal.
 */

/** C0 controls but tab and newline, DEL, C1 controls, and bidirectional overrides/isolates. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escape = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * Escapes control characters as `\x1b`-style text. With `line: true` newlines and tabs are
 * escaped too (for text shown on one line: a file name, a flagged excerpt).
 */
export function escapeControls(text: string, options: { line?: boolean } = {}): string {
  return text.replace(options.line === true ? UNSAFE_OR_NEWLINE : UNSAFE, escape);
}

/** JSON text with C1 controls, DEL and bidi controls escaped too (JSON.stringify leaves them raw). */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface Colors {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const paint = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const PLAIN: Colors = { red: String, yellow: String, blue: String, dim: String, bold: String, underline: String };
const ANSI: Colors = { red: paint(31, 39), yellow: paint(33, 39), blue: paint(34, 39), dim: paint(2, 22), bold: paint(1, 22), underline: paint(4, 24) };

/**
 * Whether to colour: `--color`/`--no-color` first, then NO_COLOR (any non-empty value: no
 * colours, https://no-color.org), then FORCE_COLOR (`0`/`false`: none, anything else: colours),
 * then whether standard output is a terminal.
 */
export function useColor(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return isTTY && env['TERM'] !== 'dumb';
}

export function colors(enabled: boolean): Colors {
  return enabled ? ANSI : PLAIN;
}

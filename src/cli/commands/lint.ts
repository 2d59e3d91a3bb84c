import type { Finding, Suggestion, Turn } from '../../lint/index.js';
import { roleSide } from '../../lint/index.js';
import type { Phrasebook } from '../../phrasebook/index.js';
import { SEVERITIES, type Severity } from '../../vocab/index.js';
import { parse } from '../args.js';
import { parseDirectives } from '../directives.js';
import { CliUsageError, EXIT, type CliIo, type Command } from '../io.js';
import { colors, escapeControls, safeJson, useColor, type Colors } from '../output.js';
import { phrasebookFor } from '../packs.js';
import { learnedModel } from '../../lint-model/index.js';

/** Terminal columns of a string: East Asian wide characters take two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : c < 0x20 || (c >= 0x200b && c <= 0x200f) ? 0 : 1;
  }
  return w;
}

/** Texts longer than this are linted in pieces cut at line ends, so that time stays linear. */
export const CHUNK_CHARS = 64 * 1024;
/** Excerpts under a finding show at most this many characters of their line around it. */
const EXCERPT_CHARS = 160;

/** A finding with its 1-based line and column (UTF-16 units, as ESLint counts) and end. */
export interface LocatedFinding {
  ruleId: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  start: number;
  end: number;
  text: string;
  message: string;
  suggestions: Finding['suggestions'];
  turn?: number;
}

/** The start offset of every line (linear). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** A cursor over line starts: positions asked in non-decreasing order cost amortised O(1). */
function locator(starts: readonly number[]) {
  let line = 0;
  return (offset: number): { line: number; column: number } => {
    if (line > 0 && starts[line]! > offset) line = 0;
    while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
    return { line: line + 1, column: offset - starts[line]! + 1 };
  };
}

/**
 * Lints a text, in pieces cut at line ends when it is long (a finding never spans a line end
 * then), and returns the findings sorted by offset.
 */
function lintText(book: Phrasebook<string>, text: string, options: { language?: 'zh' | 'en' | undefined; minSeverity?: Severity | undefined }): Finding[] {
  if (text.length <= CHUNK_CHARS) return book.lint(text, options);
  const out: Finding[] = [];
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from + CHUNK_CHARS);
    to = to === -1 ? text.length : to + 1;
    for (const f of book.lint(text.slice(from, to), options)) out.push({ ...f, start: f.start + from, end: f.end + from });
    from = to;
  }
  return out;
}

/**
 * Overlapping findings of the same rule (two patterns of one rule matching overlapping text,
 * or a repeated match) become one covering both. Input sorted by start; linear.
 */
export function mergeOverlaps(findings: readonly Finding[], text: string): Finding[] {
  const out: Finding[] = [];
  const lastOf = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.turn ?? ''}\u0000${f.ruleId}`;
    const at = lastOf.get(key);
    const prev = at === undefined ? undefined : out[at]!;
    if (prev !== undefined && f.start < prev.end) {
      if (f.end > prev.end) out[at!] = { ...prev, end: f.end, text: text.slice(prev.start, f.end) };
      continue;
    }
    lastOf.set(key, out.length);
    out.push(f);
  }
  return out;
}

/** A suggestion as shown: `scenario#phrase`, with its ready text, or the variables it needs. */
function suggestionLabel(s: Suggestion): string {
  const ref = s.phrase === undefined ? s.scenario : `${s.scenario}#${s.phrase}`;
  if (s.text !== undefined) return `${ref} — ${s.text}`;
  return s.needs.length === 0 ? ref : `${ref} (needs ${s.needs.map((n) => `{${n}}`).join(', ')})`;
}

const SEVERITY_COLOR: Record<Severity, keyof Colors> = { error: 'red', warning: 'yellow', info: 'blue' };

/** The text report of one text: linear in the text and the findings. */
function report(out: string[], heading: string, text: string, findings: readonly LocatedFinding[], book: Phrasebook<string>, c: Colors): void {
  if (findings.length === 0) return;
  const starts = lineStarts(text);
  out.push(`${c.underline(escapeControls(heading, { line: true }))}\n`);
  for (const f of findings) {
    const lineStart = starts[f.line - 1]!;
    const next = starts[f.line];
    const lineText = text.slice(lineStart, next === undefined ? text.length : next - 1).replace(/\r$/, '');
    const col = f.column - 1;
    const endInLine = Math.min(f.endLine === f.line ? f.endColumn - 1 : lineText.length, lineText.length);
    // A window of the line around the finding (long lines are cut), control characters escaped.
    const from = Math.max(0, col - EXCERPT_CHARS / 2);
    const to = Math.min(lineText.length, Math.max(endInLine, col + 1) + EXCERPT_CHARS / 2);
    const before = escapeControls(lineText.slice(from, col), { line: true });
    const flagged = escapeControls(lineText.slice(col, endInLine), { line: true });
    const after = escapeControls(lineText.slice(endInLine, to), { line: true });
    const severity = c[SEVERITY_COLOR[f.severity]](f.severity.padEnd(7));
    out.push(`  ${c.dim(`${f.line}:${f.column}`)}  ${severity}  ${escapeControls(f.message, { line: true })}  ${c.dim(f.ruleId)}\n`);
    out.push(`    ${from > 0 ? '…' : ''}${before}${c.bold(flagged)}${after}${to < lineText.length ? '…' : ''}\n`);
    out.push(`    ${' '.repeat(width(before) + (from > 0 ? 1 : 0))}${c[SEVERITY_COLOR[f.severity]]('^'.repeat(Math.max(1, width(flagged))))}\n`);
    for (const s of f.suggestions) out.push(`    say instead: ${escapeControls(suggestionLabel(s), { line: true })}\n`);
  }
  out.push('\n');
}

/** Locates findings (sorted by start) in their text, dropping those an ignore comment silences. */
function locate(findings: readonly Finding[], text: string, keep: (f: Finding, line: number) => boolean): LocatedFinding[] {
  const at = locator(lineStarts(text));
  const out: LocatedFinding[] = [];
  for (const f of findings) {
    const start = at(f.start);
    if (!keep(f, start.line)) continue;
    // The end is the position just after the last flagged unit, as ESLint's endColumn.
    const endPos = f.end > f.start ? at(f.end - 1) : start;
    out.push({
      ruleId: f.ruleId,
      severity: f.severity,
      line: start.line,
      column: start.column,
      endLine: endPos.line,
      endColumn: f.end > f.start ? endPos.column + 1 : start.column,
      start: f.start,
      end: f.end,
      text: f.text,
      message: f.message,
      suggestions: f.suggestions,
      ...(f.turn === undefined ? {} : { turn: f.turn }),
    });
  }
  return out;
}

function parseTurns(name: string, text: string): Turn[] {
  let turns: unknown;
  try {
    turns = JSON.parse(text);
  } catch (error) {
    throw new CliUsageError(`huashu lint: ${escapeControls(name, { line: true })} is not JSON turns: ${error instanceof Error ? escapeControls(error.message, { line: true }).slice(0, 120) : 'unreadable'}`);
  }
  if (!Array.isArray(turns)) throw new CliUsageError(`huashu lint: ${escapeControls(name, { line: true })} must hold an array of { role, text } turns`);
  turns.forEach((t: unknown, i) => {
    const turn = t as { role?: unknown; text?: unknown } | null;
    if (typeof turn !== 'object' || turn === null || typeof turn.role !== 'string' || typeof turn.text !== 'string') {
      throw new CliUsageError(`huashu lint: ${escapeControls(name, { line: true })}: turn ${i} must be { "role": string, "text": string }`);
    }
  });
  return turns as Turn[];
}

/** `huashu lint`: checks texts for phrases agents must not say. */
export const lintCommand: Command = {
  name: 'lint',
  summary: 'Check texts (files or stdin) for phrases agents must not say',
  help: `Usage: huashu lint [FILE…] [--transcript] [--language zh|en] [--min-severity error|warning|info]
                   [--disable RULE…] [--pack FILE…] [--config FILE] [--model] [--color|--no-color] [--json]

Lints each file (standard input when none, named "<stdin>") with the built-in rules and those
of the config file's and --pack files. Prints each finding with its line and column, the line
with a caret under the flagged text and what to say instead, coloured on a terminal (NO_COLOR
and FORCE_COLOR are honoured). --disable leaves rules out before matching, as
createLinter({ disable }) does; an unknown rule id is an error. --model adds the learned model
(huashu/lint-model): the sentences it scores as banned are reported as model-<theme> warnings
after the rules' findings (recall on unseen wording and its cost: docs/lint.md).

Ignore comments in the text: "huashu-disable-next-line RULE…", "huashu-disable-line RULE…",
and "huashu-disable RULE…" … "huashu-enable RULE…" (to the end of the file without an enable);
with no rule ids they cover every rule. With --transcript they sit in a turn's text and cover
that turn (its lines; "huashu-disable" without an enable: to the end of the turn).

--transcript reads JSON turns [{ "role", "text" }] and lints the agent's turns; roles such as
Agent, 客服, 坐席 or seller count as the agent (Customer, 客户, 买家… as the customer), and
turns of roles it does not know are skipped and named on stderr.
--json prints [{ file, findings: [{ ruleId, severity, line, column, endLine, endColumn, start,
end, text, message, suggestions, turn? }] }] whatever the number of files (start/end are UTF-16
offsets into the text, or into the turn's text for a transcript).

Exit 0 when clean, 1 when an error-severity finding is reported, 2 on bad usage or input
(unreadable or non-UTF-8 files, bad JSON turns).`,
  async run(args, io) {
    const { values, positionals } = parse('lint', args, {
      transcript: { type: 'boolean' },
      language: { type: 'string' },
      'min-severity': { type: 'string' },
      disable: { type: 'string', multiple: true },
      model: { type: 'boolean' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
    });
    const language = values.language ?? io.config?.language;
    if (language !== undefined && language !== 'zh' && language !== 'en') throw new CliUsageError(`huashu lint: --language must be zh or en (got "${escapeControls(language, { line: true })}")`);
    const minSeverity = values['min-severity'] ?? io.config?.minSeverity;
    if (minSeverity !== undefined && !(SEVERITIES as readonly string[]).includes(minSeverity)) {
      throw new CliUsageError(`huashu lint: --min-severity must be one of ${SEVERITIES.join(', ')} (got "${escapeControls(minSeverity, { line: true })}")`);
    }
    const book = await phrasebookFor(values.pack, io, { disable: values.disable, model: values.model === true ? learnedModel() : undefined });
    const known = new Set<string>();
    for (const r of book.rules()) {
      known.add(r.id);
      // The model's findings are named model-<theme>: ignore comments may name them too.
      if (values.model === true && r.theme !== undefined) known.add(`model-${r.theme}`);
    }
    for (const id of io.config?.disable ?? []) known.add(id);
    for (const id of values.disable ?? []) known.add(id);
    const c = colors(useColor(values['no-color'] === true ? false : values.color, io.env, io.stdoutIsTTY));

    const inputs: Array<{ name: string; text: string }> = [];
    if (positionals.length === 0) inputs.push({ name: '<stdin>', text: await io.readStdin() });
    for (const file of positionals) {
      try {
        inputs.push({ name: file, text: await io.readFile(file) });
      } catch (error) {
        if (error instanceof CliUsageError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        throw new CliUsageError(`huashu lint: cannot read "${escapeControls(file, { line: true })}": ${code ?? (error instanceof Error ? error.message : String(error))}`);
      }
    }
    const options = { language: language as 'zh' | 'en' | undefined, minSeverity: minSeverity as Severity | undefined };
    const out: string[] = [];
    const skipped = new Map<string, number>();
    const results = inputs.map(({ name, text }) => {
      if (values.transcript === true) {
        const turns = parseTurns(name, text);
        for (const t of turns) if (roleSide(t.role) === undefined) skipped.set(t.role, (skipped.get(t.role) ?? 0) + 1);
        const byTurn = new Map<number, Finding[]>();
        for (const f of book.lint(turns, options)) {
          const list = byTurn.get(f.turn!) ?? [];
          list.push(f);
          byTurn.set(f.turn!, list);
        }
        // Each turn's ignore comments cover that turn (its lines, as findings are located).
        const directives = turns.map((t, i) => parseDirectives(`${name} turn ${i}`, t.text, known));
        const findings: LocatedFinding[] = [];
        for (const [i, list] of [...byTurn].sort((a, b) => a[0] - b[0])) {
          const turnText = turns[i]!.text;
          const located = locate(mergeOverlaps(list, turnText), turnText, (f, line) => !directives[i]!.silenced(f.ruleId, line));
          findings.push(...located);
          if (values.json !== true) report(out, `${name} turn ${i} (${turns[i]!.role})`, turnText, located, book, c);
        }
        return { file: name, findings };
      }
      const directives = parseDirectives(name, text, known);
      const findings = locate(mergeOverlaps(lintText(book, text, options), text), text, (f, line) => !directives.silenced(f.ruleId, line));
      if (values.json !== true) report(out, name, text, findings, book, c);
      return { file: name, findings };
    });

    if (values.json === true) out.push(safeJson(results) + '\n');
    else {
      const all = results.flatMap((r) => r.findings);
      const count = (s: Severity) => all.filter((f) => f.severity === s).length;
      if (all.length > 0) {
        const errors = count('error');
        const summary = `✖ ${all.length} problem${all.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${count('warning')} warning${count('warning') === 1 ? '' : 's'}, ${count('info')} info)`;
        out.push(`${errors > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary))}\n`);
      }
    }
    io.stdout(out.join(''));
    if (skipped.size > 0) {
      const roles = [...skipped].map(([role, n]) => `${escapeControls(role, { line: true }).slice(0, 40)} (${n} turn${n === 1 ? '' : 's'})`);
      io.stderr(`huashu lint: linted the agent's turns; skipped turns of unknown roles: ${roles.join(', ')}\n`);
    }
    return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT.finding : EXIT.ok;
  },
};

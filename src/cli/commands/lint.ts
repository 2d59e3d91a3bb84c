import type { Finding, Turn } from '../../lint/index.js';
import type { Phrasebook } from '../../phrasebook/index.js';
import { SEVERITIES, type Severity } from '../../vocab/index.js';
import { parse } from '../args.js';
import { CliUsageError, EXIT, type CliIo, type Command } from '../io.js';
import { phrasebookFor } from '../packs.js';

/** Terminal columns of a string: East Asian wide characters take two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : c < 0x20 || (c >= 0x200b && c <= 0x200f) ? 0 : 1;
  }
  return w;
}

/** The text of a suggested scenario (its first phrase) or phrase, when the phrasebook has it. */
function suggestionText(book: Phrasebook<string>, ref: string): string | undefined {
  const [id = '', phraseId] = ref.split('#');
  try {
    const scenario = book.getScenario(id);
    const phrase = phraseId === undefined ? scenario.phrases[0] : scenario.phrases.find((p) => p.id === phraseId);
    return phrase?.texts['zh-CN'].replaceAll('↑', '');
  } catch {
    return undefined;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function report(name: string, text: string, findings: readonly Finding[], book: Phrasebook<string>, io: CliIo): void {
  if (findings.length === 0) return;
  const starts = lineStarts(text);
  io.stdout(`${name}\n`);
  for (const f of findings) {
    let line = starts.length - 1;
    while (line > 0 && starts[line]! > f.start) line--;
    const lineStart = starts[line]!;
    const lineText = text.slice(lineStart, starts[line + 1] === undefined ? text.length : starts[line + 1]! - 1).replace(/\r$/, '');
    const col = f.start - lineStart;
    io.stdout(`  ${line + 1}:${col + 1}  ${f.severity.padEnd(7)}  ${f.message}  ${f.ruleId}\n`);
    const endInLine = Math.min(f.end - lineStart, lineText.length);
    io.stdout(`    ${lineText}\n    ${' '.repeat(width(lineText.slice(0, col)))}${'^'.repeat(Math.max(1, width(lineText.slice(col, endInLine))))}\n`);
    for (const ref of f.suggestions) {
      const said = suggestionText(book, ref);
      io.stdout(`    say instead: ${ref}${said === undefined ? '' : ` — ${said}`}\n`);
    }
  }
  io.stdout('\n');
}

/** `huashu lint`: checks texts for phrases agents must not say. */
export const lintCommand: Command = {
  name: 'lint',
  summary: 'Check texts (files or stdin) for phrases agents must not say',
  help: `Usage: huashu lint [FILE…] [--transcript] [--language zh|en] [--min-severity error|warning|info]
                   [--disable RULE…] [--pack FILE…] [--json]

Lints each file (standard input when none) with the built-in rules and those of --pack files.
Prints each finding with its line, column, a caret under the flagged text and what to say
instead. --transcript reads JSON turns [{ "role", "text" }] and lints the agent's turns.
--json prints [{ ruleId, severity, start, end, text, message, suggestions }] (offsets are
UTF-16 units into the input; for several files, [{ file, findings }]).
Exit 1 when any error-severity finding is reported.`,
  async run(args, io) {
    const { values, positionals } = parse('lint', args, {
      transcript: { type: 'boolean' },
      language: { type: 'string' },
      'min-severity': { type: 'string' },
      disable: { type: 'string', multiple: true },
    });
    const language = values.language;
    if (language !== undefined && language !== 'zh' && language !== 'en') throw new CliUsageError(`huashu lint: --language must be zh or en (got "${language}")`);
    const minSeverity = values['min-severity'];
    if (minSeverity !== undefined && !(SEVERITIES as readonly string[]).includes(minSeverity)) {
      throw new CliUsageError(`huashu lint: --min-severity must be one of ${SEVERITIES.join(', ')} (got "${minSeverity}")`);
    }
    const book = (await phrasebookFor(values.pack, io)) as unknown as Phrasebook<string>;
    const disabled = new Set(values.disable ?? []);
    const inputs: Array<{ name: string; text: string }> = [];
    if (positionals.length === 0) inputs.push({ name: '<stdin>', text: await io.readStdin() });
    for (const file of positionals) {
      try {
        inputs.push({ name: file, text: await io.readFile(file) });
      } catch (error) {
        throw new CliUsageError(`huashu lint: cannot read "${file}": ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const options = { language: language as 'zh' | 'en' | undefined, minSeverity: minSeverity as Severity | undefined };
    const results = inputs.map(({ name, text }) => {
      let findings: Finding[];
      if (values.transcript === true) {
        let turns: unknown;
        try {
          turns = JSON.parse(text);
        } catch (error) {
          throw new CliUsageError(`huashu lint: ${name} is not JSON turns: ${error instanceof Error ? error.message : String(error)}`);
        }
        if (!Array.isArray(turns)) throw new CliUsageError(`huashu lint: ${name} must hold an array of { role, text } turns`);
        findings = book.lint(turns as Turn[], options);
      } else findings = book.lint(text, options);
      return { name, text, findings: findings.filter((f) => !disabled.has(f.ruleId)) };
    });
    const strip = (f: Finding) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      start: f.start,
      end: f.end,
      text: f.text,
      message: f.message,
      suggestions: f.suggestions,
      ...(f.turn === undefined ? {} : { turn: f.turn }),
    });
    if (values.json === true) {
      const out = results.length === 1 && positionals.length <= 1 ? results[0]!.findings.map(strip) : results.map((r) => ({ file: r.name, findings: r.findings.map(strip) }));
      io.stdout(JSON.stringify(out, null, 2) + '\n');
    } else {
      for (const r of results) {
        if (values.transcript === true) {
          const turns = JSON.parse(r.text) as Turn[];
          turns.forEach((t, i) => report(`${r.name} turn ${i} (${t.role})`, t.text, r.findings.filter((f) => f.turn === i), book, io));
        } else report(r.name, r.text, r.findings, book, io);
      }
      const all = results.flatMap((r) => r.findings);
      const count = (s: Severity) => all.filter((f) => f.severity === s).length;
      if (all.length > 0) {
        io.stdout(`✖ ${all.length} problem${all.length === 1 ? '' : 's'} (${count('error')} error${count('error') === 1 ? '' : 's'}, ${count('warning')} warning${count('warning') === 1 ? '' : 's'}, ${count('info')} info)\n`);
      }
    }
    return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT.finding : EXIT.ok;
  },
};

import { formatIssue } from '../../schema/internal.js';
import { parse } from '../args.js';
import { CliUsageError, type Command } from '../io.js';
import { escapeControls, safeJson } from '../output.js';
import { checkPackFiles } from '../packs.js';

/** `huashu validate`: checks pack files with the schema and cross-checks of the built-in data. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'Validate phrase-pack files (YAML or JSON) against the schema and the built-in packs',
  help: `Usage: huashu validate <pack.yaml|pack.json>… [--json]

Validates each pack with the same schema as the built-in data, then merges the valid ones in
order after the core pack (and the bundled packs they extend), checks every cross-reference and
compiles their lint rules and greetings: a pack that validates here is one that lint, greet and
say accept. Prints every problem of every file and stage at once, as "file:line:col path —
reason", and exits 1 when there is any (2 when a file cannot be read or is not UTF-8).
--json prints { ok, packs: [ids], problems: [{ file, line, column, path, message }] }.`,
  async run(args, io) {
    const { values, positionals } = parse('validate', args, {});
    const files = [...positionals, ...(values.pack ?? [])];
    if (files.length === 0) throw new CliUsageError('huashu validate: give one or more pack files');
    const { applied, issues: problems } = await checkPackFiles(files, io);
    const ids = problems.length === 0 ? applied : [];
    if (values.json === true) {
      io.stdout(safeJson({ ok: problems.length === 0, packs: ids, problems: problems.map((p) => ({ ...p, path: p.path })) }) + '\n');
    } else if (problems.length === 0) {
      io.stdout(`ok: ${escapeControls(files.join(', '), { line: true })} (packs applied: ${escapeControls(ids.join(' → '), { line: true })})\n`);
    } else {
      for (const p of problems) io.stdout(`${escapeControls(formatIssue(p), { line: true })}\n`);
      io.stdout(`\n${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
    }
    return problems.length === 0 ? 0 : 1;
  },
};

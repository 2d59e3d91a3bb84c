import { PackValidationError } from '../../schema/index.js';
import { formatIssue } from '../../schema/internal.js';
import { createPhrasebook } from '../../phrasebook/index.js';
import { parse } from '../args.js';
import { CliUsageError, type Command } from '../io.js';
import { readPackFiles } from '../packs.js';

/** `huashu validate`: checks pack files with the schema and cross-checks of the built-in data. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'Validate phrase-pack files (YAML or JSON) against the schema and the built-in packs',
  help: `Usage: huashu validate <pack.yaml|pack.json>… [--json]

Validates each pack with the same schema as the built-in data, then merges them in order after
the core pack (and the bundled packs they extend) and checks every cross-reference.
Prints every problem as "file:line:col path — reason" and exits 1 when there is any.
--json prints { ok, packs: [ids], problems: [{ file, line, column, path, message }] }.`,
  async run(args, io) {
    const { values, positionals } = parse('validate', args, {});
    const files = [...positionals, ...(values.pack ?? [])];
    if (files.length === 0) throw new CliUsageError('huashu validate: give one or more pack files');
    let problems: PackValidationError['issues'] = [];
    let ids: string[] = [];
    try {
      const packs = await readPackFiles(files, io);
      ids = createPhrasebook({ packs }).packs.slice();
    } catch (error) {
      if (!(error instanceof PackValidationError)) throw error;
      problems = error.issues;
    }
    if (values.json === true) {
      io.stdout(JSON.stringify({ ok: problems.length === 0, packs: ids, problems: problems.map((p) => ({ ...p, path: p.path })) }, null, 2) + '\n');
    } else if (problems.length === 0) {
      io.stdout(`ok: ${files.join(', ')} (packs applied: ${ids.join(' → ')})\n`);
    } else {
      for (const p of problems) io.stdout(`${formatIssue(p)}\n`);
      io.stdout(`\n${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
    }
    return problems.length === 0 ? 0 : 1;
  },
};

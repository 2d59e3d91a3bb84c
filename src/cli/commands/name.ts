import { parseName } from '../../honorifics/index.js';
import { parse } from '../args.js';
import { CliUsageError, type Command } from '../io.js';

/** `huashu name`: splits a full name into surname and given name. */
export const nameCommand: Command = {
  name: 'name',
  summary: 'Split a Chinese full name into surname and given name (compound surnames, · names)',
  help: `Usage: huashu name <full-name> [--json]

Prints the surname, the given name, how sure the split is (high, medium, low, none) and the other
readings: 欧阳娜娜 → 欧阳 + 娜娜; 单于飞 → 单于 + 飞 (low), or 单 + 于飞; 买买提·艾力 has no Han
surname (none). A name with digits, emoji or over 40 characters exits 2.
--json prints { surname, givenName, confidence, alternatives: [{ surname, givenName }] }.`,
  run(args, io) {
    const { values, positionals } = parse('name', args, {});
    if (positionals.length === 0) throw new CliUsageError('huashu name: give a full name, e.g. huashu name 欧阳娜娜');
    // A name written with a space arrives as two arguments: 单 于飞.
    const parsed = parseName(positionals.join(' '));
    if (values.json === true) io.stdout(JSON.stringify(parsed, null, 2) + '\n');
    else {
      const split = (s: { surname: string; givenName: string }) => (s.surname === '' ? `(no surname) ${s.givenName}` : `${s.surname} + ${s.givenName || '(no given name)'}`);
      io.stdout(`${split(parsed)}  [${parsed.confidence}]\n`);
      for (const alt of parsed.alternatives) io.stdout(`  or ${split(alt)}\n`);
    }
    return 0;
  },
};

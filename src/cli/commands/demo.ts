import { corePack } from '../../generated/catalogue.js';
import { parse } from '../args.js';
import type { Command } from '../io.js';

/** `huashu demo`: shows the library at work on the built-in data. */
export const demo: Command = {
  name: 'demo',
  summary: 'Show huashu at work on the built-in data',
  help: `Usage: huashu demo [--json]

Prints what each feature does with the built-in core pack.`,
  run(args, io) {
    const { values } = parse('demo', args, {}, false);
    const sections: Array<{ title: string; lines: string[] }> = [];
    sections.push({
      title: 'Catalogue',
      lines: [`${corePack.scenarios.length} scenarios, ${corePack.standards.length} service standards in the core pack`],
    });
    if (values.json === true) io.stdout(JSON.stringify(sections, null, 2) + '\n');
    else for (const s of sections) io.stdout(`── ${s.title}\n${s.lines.map((l) => `   ${l}`).join('\n')}\n\n`);
    return 0;
  },
};

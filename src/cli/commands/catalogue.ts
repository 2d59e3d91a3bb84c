import { corePack } from '../../generated/catalogue.js';
import { domainPacks } from '../../generated/packs/index.js';
import { parse } from '../args.js';
import { CliUsageError, type Command } from '../io.js';

/** `huashu catalogue`: dumps what the built-in packs hold. */
export const catalogueCommand: Command = {
  name: 'catalogue',
  summary: 'Dump the built-in packs (scenarios, phrases, standards) as JSON',
  help: `Usage: huashu catalogue [--pack core|all|<domain-pack-id>] [--json]

--json prints { packs: [{ id, title, extends, defaults, scenarios, standards }] } with every
phrase in zh-CN, zh-TW and zh-HK. Without --json, prints a summary per pack.
Domain packs extend the core pack (see docs/packs.md).`,
  run(args, io) {
    const { values } = parse('catalogue', args, { pack: { type: 'string' } }, false);
    const which = values.pack ?? 'core';
    const all = [corePack, ...domainPacks];
    const packs = which === 'all' ? all : all.filter((p) => p.id === which);
    if (packs.length === 0) {
      throw new CliUsageError(`huashu catalogue: --pack must be core, all or one of ${domainPacks.map((p) => p.id).join(', ') || '(none)'} (got "${which}")`);
    }
    if (values.json === true) {
      io.stdout(JSON.stringify({ packs }, null, 2) + '\n');
      return 0;
    }
    for (const pack of packs) {
      const phrases = pack.scenarios.reduce((n, s) => n + s.phrases.length, 0);
      io.stdout(`${pack.id}${pack.title === undefined ? '' : ` — ${pack.title.zh} (${pack.title.en})`}: ${pack.scenarios.length} scenarios, ${phrases} phrases, ${pack.standards.length} standards\n`);
    }
    return 0;
  },
};

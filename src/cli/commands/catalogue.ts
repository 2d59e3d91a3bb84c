import { corePack } from '../../generated/catalogue.js';
import { domainPacks } from '../../generated/packs/index.js';
import { greetingsData } from '../../generated/greetings.js';
import { coreRuleReference } from '../../generated/rules-reference.js';
import type { CompiledPack } from '../../catalogue/index.js';
import { localizeText } from '../../locales/index.js';
import { LOCALES } from '../../vocab/index.js';
import { templateText, type TemplatePart } from '../../template/internal.js';
import { compilePack } from '../../phrasebook/internal.js';
import { parse } from '../args.js';
import { readPackFiles } from '../packs.js';
import { CliUsageError, type Command } from '../io.js';

/** A parsed template in every locale as its text (`{brand}很高兴为您服务，请说。`). */
const written = (value: Readonly<Record<string, readonly TemplatePart[]>>): Record<string, string> =>
  Object.fromEntries(Object.entries(value).map(([locale, parts]) => [locale, templateText(parts)]));

/** The built-in greetings with their templates (parsed at build time for greet) written as text. */
function greetingsAsWritten() {
  const { salutation, channels } = greetingsData;
  return {
    ...greetingsData,
    salutation: { plain: written(salutation.plain), withCustomer: written(salutation.withCustomer) },
    channels: Object.fromEntries(Object.entries(channels).map(([id, c]) => [id, { body: c.body, withBrand: written(c.withBrand) }])),
  };
}

/** `huashu catalogue`: dumps what the built-in packs hold. */
export const catalogueCommand: Command = {
  name: 'catalogue',
  summary: 'Dump the built-in packs (scenarios, phrases, standards, lint rules, greetings) as JSON',
  help: `Usage: huashu catalogue [--pack core|all|<bundled-pack-id>|FILE …] [--json]

--json prints { packs: [{ id, title, extends, defaults, scenarios, standards, rules?,
greetings? }] } with every phrase in ${LOCALES.join(', ')} (a pack file's phrases have the
traditional text its variants give, or ""). The core pack carries the built-in lint rules and
the built-in greetings (occasions, wishes, time-of-day slots, channel bodies). Without --json, prints a summary per pack. Default: the core pack.
Domain packs extend the core pack (see docs/packs.md).`,
  async run(args, io) {
    const { values } = parse('catalogue', args, {}, false);
    const core = { ...corePack, rules: coreRuleReference, greetings: greetingsAsWritten() };
    const builtIn: Array<CompiledPack | typeof core> = [core, ...domainPacks];
    const names = new Set(['all', ...builtIn.map((p) => p.id)]);
    const selectors = (values.pack ?? []).filter((p) => names.has(p));
    const files = (values.pack ?? []).filter((p) => !names.has(p));
    if (selectors.length === 0 && files.length === 0) selectors.push('core');
    const packs: Array<CompiledPack | typeof core> = selectors.includes('all') ? builtIn : builtIn.filter((p) => selectors.includes(p.id));
    for (const file of files) {
      if (!/\.(ya?ml|json)$/i.test(file)) {
        throw new CliUsageError(`huashu catalogue: --pack takes core, all, ${domainPacks.map((p) => p.id).join(', ') || '(no bundled packs)'} or a pack file (.yaml/.json) (got "${file}")`);
      }
    }
    for (const pack of await readPackFiles(files, io)) packs.push(compilePack(pack, (text, variants) => localizeText(text, variants, undefined)));
    if (values.json === true) {
      io.stdout(JSON.stringify({ packs }, null, 2) + '\n');
      return 0;
    }
    for (const pack of packs) {
      const phrases = pack.scenarios.reduce((n, s) => n + s.phrases.length, 0);
      io.stdout(`${pack.id}${pack.title === undefined ? '' : ` — ${pack.title.zh} (${pack.title.en})`}: ${pack.scenarios.length} scenarios, ${phrases} phrases, ${pack.standards.length} standards${pack.rules === undefined ? '' : `, ${pack.rules.length} lint rules`}\n`);
    }
    return 0;
  },
};

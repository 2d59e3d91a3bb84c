import type { Customer } from '../../honorifics/index.js';
import { LOCALE_DEFINITIONS } from '../../locales/index.js';
import { GENDERS, LOCALES, type Gender } from '../../vocab/index.js';
import { parse } from '../args.js';
import { CliUsageError, type Command } from '../io.js';
import { channelOption, localeOption, varsOption } from '../options.js';
import { phrasebookFor } from '../packs.js';


function oneOf<const T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new CliUsageError(`huashu say: ${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

/** `huashu say`: fills a scenario's phrase. */
export const sayCommand: Command = {
  name: 'say',
  summary: 'Say a scenario’s phrase with the customer’s honorific and variables filled',
  help: `Usage: huashu say <scenario-id> [--var key=value …] [--name FULLNAME | --surname S] [--gender female|male|unknown]
                  [--title 总|经理|老师…] [--customer ADDRESS] [--unknown-gender both|you]
                  [--no-surname title|you] [--female-title 女士|小姐] [--phrase ID] [--locale ${LOCALES.join('|')}]
                  [--channel phone|chat|letter|in-person] [--keep-tone] [--pack FILE…] [--json]

Prints the phrase. --name/--surname/--gender/--title describe the customer ({customer}); --customer
gives a ready-made address. Unknown gender says 王先生/女士 (--unknown-gender you: 您); no surname
says 先生/女士 (--no-surname you: 您); women are ${LOCALES.map((l) => `${LOCALE_DEFINITIONS[l].femaleTitle} in ${l}`).join(', ')}
(--female-title). The address follows the locale's script (欧阳 → 歐陽). A name that cannot be a
name (digits, emoji, over 40 characters) exits 2. --keep-tone keeps the ↑ rising-tone marks.
--json prints { id, phrase, locale, channel, text }.`,
  async run(args, io) {
    const { values, positionals } = parse('say', args, {
      var: { type: 'string', multiple: true },
      name: { type: 'string' },
      surname: { type: 'string' },
      gender: { type: 'string' },
      title: { type: 'string' },
      customer: { type: 'string' },
      'unknown-gender': { type: 'string' },
      'no-surname': { type: 'string' },
      'female-title': { type: 'string' },
      phrase: { type: 'string' },
      locale: { type: 'string' },
      channel: { type: 'string' },
      'keep-tone': { type: 'boolean' },
    });
    const [id, ...extra] = positionals;
    if (id === undefined) throw new CliUsageError('huashu say: give a scenario id (list them with `huashu scenarios`)');
    if (extra.length > 0) throw new CliUsageError(`huashu say: unexpected argument "${extra[0]}"`);
    const vars: Record<string, unknown> = varsOption('say', values.var);
    if (values.gender !== undefined && !(GENDERS as readonly string[]).includes(values.gender)) {
      throw new CliUsageError(`huashu say: --gender must be one of ${GENDERS.join(', ')} (got "${values.gender}")`);
    }
    const unknownGender = oneOf('--unknown-gender', values['unknown-gender'], ['both', 'you'] as const);
    const noSurname = oneOf('--no-surname', values['no-surname'], ['title', 'you'] as const);
    const femaleTitle = oneOf('--female-title', values['female-title'], ['女士', '小姐'] as const);
    if (values.customer !== undefined) vars['customer'] = values.customer;
    else if (values.name !== undefined || values.surname !== undefined || values.gender !== undefined || values.title !== undefined) {
      const customer: Customer = {};
      if (values.name !== undefined) customer.fullName = values.name;
      if (values.surname !== undefined) customer.surname = values.surname;
      if (values.gender !== undefined) customer.gender = values.gender as Gender;
      if (values.title !== undefined) customer.title = values.title;
      vars['customer'] = customer;
    }
    const locale = localeOption('say', values.locale) ?? io.config?.locale ?? 'zh-CN';
    const channel = channelOption('say', values.channel);
    const book = await phrasebookFor(values.pack, io);
    const scenario = book.getScenario(id);
    const text = book.say(id, vars, {
      locale,
      channel,
      phrase: values.phrase,
      toneMarks: values['keep-tone'] === true ? 'keep' : 'strip',
      unknownGender,
      noSurname,
      femaleTitle,
    });
    if (values.json === true) {
      const phrase = values.phrase ?? scenario.phrases.find((p) => channel === undefined || p.channels.includes(channel))?.id;
      io.stdout(JSON.stringify({ id, phrase, locale, channel: channel ?? null, text }, null, 2) + '\n');
    } else io.stdout(`${text}\n`);
    return 0;
  },
};

import { greet } from '../../greetings/index.js';
import { honorific } from '../../honorifics/index.js';
import type { GreetOptions } from '../../greetings/index.js';
import type { Customer } from '../../honorifics/index.js';
import { GENDERS, LOCALES, type Gender } from '../../vocab/index.js';
import { GREETING_REGIONS } from '../../vocab/index.js';
import { parse } from '../args.js';
import { CliUsageError, type Command } from '../io.js';
import { channelOption, localeOption } from '../options.js';
import { phrasebookFor } from '../packs.js';
import { loadScheduleFiles } from './calendar.js';


/** `huashu greet`: the greeting for an instant in a time zone. */
export const greetCommand: Command = {
  name: 'greet',
  summary: 'Greet a customer as the calendar calls for (birthday, festival, holiday, time of day)',
  help: `Usage: huashu greet [--at ISO] [--tz ZONE] [--locale ${LOCALES.join('|')}] [--channel phone|chat|letter|in-person]
                    [--surname 王 --gender female|male|unknown | --customer ADDRESS] [--birthday MM-DD]
                    [--region CN|HK|MO|TW|other] [--brand NAME] [--pack FILE…] [--schedule FILE…] [--json]

Prints the greeting for the instant --at (default now) in the customer's time zone --tz
(default Asia/Shanghai). --pack adds a pack's greeting occasions and wording (and its brand).
--schedule adds a published year's holiday schedule (YAML or JSON, the shape of
data/calendar/holidays/<year>.yaml), for a year huashu does not carry yet.
--json prints { text, salutation, body, wish, reason, at, timeZone }.`,
  async run(args, io) {
    const { values } = parse(
      'greet',
      args,
      {
        at: { type: 'string' },
        tz: { type: 'string' },
        locale: { type: 'string' },
        channel: { type: 'string' },
        surname: { type: 'string' },
        name: { type: 'string' },
        gender: { type: 'string' },
        customer: { type: 'string' },
        birthday: { type: 'string' },
        region: { type: 'string' },
        brand: { type: 'string' },
        schedule: { type: 'string', multiple: true },
      },
      false,
    );
    if (values.gender !== undefined && !(GENDERS as readonly string[]).includes(values.gender)) {
      throw new CliUsageError(`huashu greet: --gender must be one of ${GENDERS.join(', ')} (got "${values.gender}")`);
    }
    if (values.region !== undefined && !(GREETING_REGIONS as readonly string[]).includes(values.region)) {
      throw new CliUsageError(`huashu greet: --region must be one of ${GREETING_REGIONS.join(', ')} (got "${values.region}")`);
    }
    await loadScheduleFiles(values.schedule as string[] | undefined, io);
    const at = values.at ?? new Date(io.now()).toISOString();
    const timeZone = values.tz ?? 'Asia/Shanghai';
    const options: GreetOptions = {
      at,
      timeZone,
      locale: localeOption('greet', values.locale),
      channel: channelOption('greet', values.channel),
      birthday: values.birthday,
      region: values.region as GreetOptions['region'],
      brand: values.brand,
    };
    if (values.customer !== undefined) options.customer = values.customer;
    else if (values.surname !== undefined || values.name !== undefined || values.gender !== undefined) {
      const customer: Customer = {};
      if (values.surname !== undefined) customer.surname = values.surname;
      if (values.name !== undefined) customer.fullName = values.name;
      if (values.gender !== undefined) customer.gender = values.gender as Gender;
      // Address the record the way say and fill do, in the greeting's locale.
      options.customer = honorific(customer, { locale: options.locale });
      options.gender = customer.gender;
    }
    const greeting = values.pack === undefined ? greet(options) : (await phrasebookFor(values.pack, io)).greet(options);
    if (values.json === true) io.stdout(JSON.stringify({ ...greeting, at, timeZone }, null, 2) + '\n');
    else io.stdout(`${greeting.text}\n`);
    return 0;
  },
};

import { LOCALES } from '../../vocab/index.js';
import { parse } from '../args.js';
import type { Command } from '../io.js';
import { channelOption, localeOption } from '../options.js';
import { phrasebookFor } from '../packs.js';

/** `huashu scenarios`: lists scenario ids with their titles. */
export const scenariosCommand: Command = {
  name: 'scenarios',
  summary: 'List scenario ids (by category or channel)',
  help: `Usage: huashu scenarios [--category C] [--channel phone|chat|letter|in-person] [--locale ${LOCALES.join('|')}] [--pack FILE…] [--json]

Lists the scenarios of the core pack (and of --pack files): id, title (in the locale) and English title, channels.
--json prints [{ id, category, title, titleEn, when, channels, phrases: [{ id, text, gloss }] }].`,
  async run(args, io) {
    const { values } = parse('scenarios', args, { category: { type: 'string' }, channel: { type: 'string' }, locale: { type: 'string' } }, false);
    const locale = localeOption('scenarios', values.locale) ?? io.config?.locale ?? 'zh-CN';
    const book = await phrasebookFor(values.pack, io);
    const list = book.scenarios({ category: values.category, channel: channelOption('scenarios', values.channel) });
    const title = (s: (typeof list)[number]) => (locale === 'zh-CN' ? s.title.zh : s.title[locale]);
    if (values.json === true) {
      const out = list.map((s) => ({
        id: s.id,
        category: s.category,
        title: title(s),
        titleEn: s.title.en,
        when: s.when,
        channels: s.channels,
        phrases: s.phrases.map((p) => ({ id: p.id, text: p.texts[locale], gloss: p.gloss, channels: p.channels })),
      }));
      io.stdout(JSON.stringify(out, null, 2) + '\n');
      return 0;
    }
    const width = Math.max(0, ...list.map((s) => s.id.length));
    for (const s of list) io.stdout(`${s.id.padEnd(width)}  ${title(s)} — ${s.title.en} [${s.channels.join(', ')}]\n`);
    io.stdout(`${list.length} scenario${list.length === 1 ? '' : 's'}\n`);
    return 0;
  },
};

import { say } from '../../catalogue/say.js';
import { honorific } from '../../honorifics/honorific.js';
import { parseName } from '../../honorifics/names.js';
import { scenarios } from '../../catalogue/scenarios.js';
import { standards } from '../../catalogue/standards.js';
import { parse } from '../args.js';
import type { Command } from '../io.js';

/** One section of the demo: a feature and what it produced. */
interface Section {
  title: string;
  lines: string[];
}

/** The catalogue at work: counts, and a phrase said to a customer in two scripts. */
function catalogueSection(): Section {
  const all = scenarios();
  const phrases = all.reduce((n, s) => n + s.phrases.length, 0);
  const customer = { surname: '王', gender: 'female' } as const;
  return {
    title: 'Catalogue',
    lines: [
      `${all.length} scenarios, ${phrases} phrases, ${standards().length} service standards in the core pack`,
      `say('hold.explain', { customer: 王, female })          → ${say('hold.explain', { customer })}`,
      `say('hold.explain', …, { locale: 'zh-TW' })            → ${say('hold.explain', { customer }, { locale: 'zh-TW' })}`,
    ],
  };
}

/** Honorifics: names split and customers addressed by gender, title and region. */
function honorificsSection(): Section {
  const nana = { fullName: '欧阳娜娜', gender: 'female' } as const;
  const shan = parseName('单于飞');
  return {
    title: 'Honorifics',
    lines: [
      `parseName('单于飞')                                      → ${shan.surname} + ${shan.givenName} (${shan.confidence}; or ${shan.alternatives.map((a) => `${a.surname} + ${a.givenName}`).join(', ')})`,
      `honorific({ fullName: 欧阳娜娜, female })                → ${honorific(nana)}`,
      `honorific({ fullName: 欧阳娜娜, female }, zh-TW)         → ${honorific(nana, { locale: 'zh-TW' })}`,
      `honorific({ surname: 王, unknown })                      → ${honorific({ surname: '王', gender: 'unknown' })}`,
      `honorific({ surname: 王, title: 总 })                    → ${honorific({ surname: '王', title: '总' })}`,
      `say('hold.explain', { customer: 欧阳娜娜 }, zh-TW)       → ${say('hold.explain', { customer: nana }, { locale: 'zh-TW' })}`,
    ],
  };
}

/** `huashu demo`: shows the library at work on the built-in data. */
export const demo: Command = {
  name: 'demo',
  summary: 'Show huashu at work on the built-in data',
  help: `Usage: huashu demo [--json]

Prints what each feature does with the built-in core pack: the catalogue and say(), and each
feature as it lands. --json prints [{ title, lines }].`,
  run(args, io) {
    const { values } = parse('demo', args, {}, false);
    const sections: Section[] = [catalogueSection(), honorificsSection()];
    if (values.json === true) io.stdout(JSON.stringify(sections, null, 2) + '\n');
    else for (const s of sections) io.stdout(`── ${s.title}\n${s.lines.map((l) => `   ${l}`).join('\n')}\n\n`);
    return 0;
  },
};

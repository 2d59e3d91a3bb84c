import { say } from '../../catalogue/say.js';
import { scenarios } from '../../catalogue/scenarios.js';
import { standards } from '../../catalogue/standards.js';
import { lint } from '../../lint/linter.js';
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

/** The linter at work: a sentence an agent must not send, and what it finds. */
function lintSection(): Section {
  const text = '喂，這不是我們的事！你過兩天再來電話吧。';
  const findings = lint(text);
  return {
    title: 'Lint',
    lines: [
      `lint('${text}')`,
      ...findings.map((f) => `  ${f.start}-${f.end} ${f.severity.padEnd(7)} ${f.ruleId.padEnd(22)} ${f.text}  → ${f.suggestions.join(', ')}`),
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
    const sections: Section[] = [catalogueSection(), lintSection()];
    if (values.json === true) io.stdout(JSON.stringify(sections, null, 2) + '\n');
    else for (const s of sections) io.stdout(`── ${s.title}\n${s.lines.map((l) => `   ${l}`).join('\n')}\n\n`);
    return 0;
  },
};

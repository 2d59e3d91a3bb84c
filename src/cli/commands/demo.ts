import { say } from '../../catalogue/say.js';
import { scenarios } from '../../catalogue/scenarios.js';
import { standards } from '../../catalogue/standards.js';
import { getScenario } from '../../catalogue/scenarios.js';
import { domainPacks } from '../../generated/packs/index.js';
import type { StepInput } from '../../schema/step.js';
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

/** A one-line outline of a procedure: `say #default → wait 5s → …`. */
function outline(steps: readonly StepInput[]): string {
  return steps
    .map((step) => {
      if (step.kind === 'say') return `say ${step.phrase ?? '…'}`;
      if (step.kind === 'wait') return step.seconds === undefined ? 'wait for reply' : `wait ${step.seconds}s`;
      if (step.kind === 'action') return step.action;
      if (step.kind === 'ask') return `ask ${step.phrase ?? '…'} (${step.branches.length} branches)`;
      if (step.kind === 'branch') return `branch (${step.branches.length})`;
      return 'note';
    })
    .join(' → ');
}

/** The phrase catalogue's data: sources, per-phrase variables, a procedure, standards, domain packs. */
function catalogueDataSection(): Section {
  const speed = standards().find((s) => s.id === 'speaking-rate');
  return {
    title: 'Catalogue data (seeds 000–004)',
    lines: [
      `categories: ${[...new Set(scenarios().map((s) => s.category))].join(', ')}`,
      `say('call.wrong-number', { brand: '阳光物业' }, { phrase: 'check-number' }) → ${say('call.wrong-number', { brand: '阳光物业' }, { phrase: 'check-number' })}`,
      `say('transfer.complaint-desk', { hotline: '400-000-0000' }, { phrase: 'failed' })               → ${say('transfer.complaint-desk', { hotline: '400-000-0000' }, { phrase: 'failed' })}`,
      `call.silent steps (004 row 2): ${outline(getScenario('call.silent').steps ?? [])}`,
      `standards: speaking ${speed?.min ?? '?'}–${speed?.max ?? '?'} 字/分钟 (${speed?.sources.join(', ') ?? ''}), first chat reply ≤ ${standards().find((s) => s.id === 'chat-first-reply')?.max ?? '?'} s`,
      `domain packs: ${domainPacks.map((p) => `${p.id} (${p.scenarios.length} scenarios${p.patches === undefined ? '' : `, ${p.patches.length} patches`})`).join(', ')}`,
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
    const sections: Section[] = [catalogueSection(), catalogueDataSection()];
    if (values.json === true) io.stdout(JSON.stringify(sections, null, 2) + '\n');
    else for (const s of sections) io.stdout(`── ${s.title}\n${s.lines.map((l) => `   ${l}`).join('\n')}\n\n`);
    return 0;
  },
};

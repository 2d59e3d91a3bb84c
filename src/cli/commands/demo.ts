import { say } from '../../catalogue/index.js';
import { honorific } from '../../honorifics/index.js';
import { parseName } from '../../honorifics/index.js';
import { standards } from '../../catalogue/index.js';
import { getScenario, scenarios } from '../../catalogue/index.js';
import { domainPacks } from '../../generated/packs/index.js';
import type { BranchInput, StepInput } from '../../schema/index.js';
import { startFlow } from '../../steps/index.js';
import { parseScript } from '../../steps/index.js';
import { speakingTime, toSsml } from '../../steps/index.js';
import { stepsOf } from '../../steps/index.js';
import { literalSteps } from '../../steps/internal.js';
import type { FilledStep } from '../../steps/index.js';
import { holidayOn } from '../../calendar/index.js';
import { toLunar } from '../../calendar/index.js';
import { greet } from '../../greetings/index.js';
import type { GreetOptions } from '../../greetings/index.js';
import { lint } from '../../lint/index.js';
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
      const branches = (b: readonly BranchInput[]) => b.map((x) => `if ${Object.entries(x.when).map(([k, v]) => `${k} ${String(v)}`).join(', ')}: [${outline(x.steps)}]`).join('; ');
      if (step.kind === 'ask') return `ask ${step.phrase ?? '…'} → ${branches(step.branches)}`;
      if (step.kind === 'branch') return branches(step.branches);
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

/** The calendar: today's lunar date and holiday status in Beijing. */
function calendarSection(now: number): Section {
  const l = toLunar(now);
  const h = holidayOn(now);
  const status = h.statutory === null ? (h.workday ? '工作日' : '周末') : `${h.statutory.name}${h.statutory.off ? '假期' : '调休上班'}`;
  return {
    title: 'Calendar',
    lines: [
      `toLunar(now)   → 农历${l.year}年${l.monthName}${l.dayName} (${h.date}, Asia/Shanghai)`,
      `holidayOn(now) → ${status}${h.festivals.length > 0 ? ` · ${h.festivals.map((f) => f.name).join('、')}` : ''}${h.solarTerm ? ` · ${h.solarTerm.name}` : ''}`,
      `holidayOn('2026-02-14') → ${holidayOn('2026-02-14').workday ? '调休上班 (workday: true)' : ''}`,
    ],
  };
}

/** Steps: a script from the sources parsed into steps, run as a flow, rendered for a voice bot. */
function stepsSection(): Section {
  const script = '第一步：“您好！请问有什么可以帮助您？”稍停五秒；第二步：若客户无回应，说“对不起，您的电话没有声音，请您换一部电话再拨。再见！”后挂机。';
  const describe = (steps: readonly FilledStep[]): string =>
    steps
      .map((s) => {
        if (s.kind === 'say') return `say “${s.text}”`;
        if (s.kind === 'wait') return 'seconds' in s ? `wait ${s.seconds}s` : 'wait for reply';
        if (s.kind === 'action') return s.action;
        if (s.kind === 'branch' || s.kind === 'ask') return `${s.kind === 'ask' ? `ask “${s.text}” ` : ''}if ${s.branches.map((b) => `${JSON.stringify(b.when)}: ${describe(b.steps)}`).join(' | ')}`;
        if (s.kind === 'group') return `${s.label ?? 'group'} (${describe(s.steps)})`;
        return `note “${s.text}”`;
      })
      .join(' → ');
  const flow = startFlow('call.silent', { clock: () => 0 });
  const first = flow.current();
  flow.next({ type: 'done' });
  const farewell = '感谢您的来电，祝您生活愉快，再见！';
  return {
    title: 'Steps',
    lines: [
      `parseScript('${script}')`,
      `  → ${describe(literalSteps(parseScript(script)))}`,
      `startFlow('call.silent'): ${first?.kind === 'say' ? `say “${first.text}”` : first?.kind} → next({ type: 'done' }) → ${flow.current()?.kind ?? 'end'}`,
      `toSsml(stepsOf('call.silent'), { path: [{ reply: 'silent' }, { reply: 'silent' }] }) → ${toSsml(stepsOf('call.silent'), { path: [{ reply: 'silent' }, { reply: 'silent' }] }).slice(0, 110)}…`,
      `speakingTime('${farewell}') → ${JSON.stringify(speakingTime(farewell))} (180–200 字/分钟)`,
    ],
  };
}

/** Greetings at a few instants: the calendar decides, in the customer's time zone. */
function greetingsSection(now: number): Section {
  const line = (label: string, options: GreetOptions) => {
    const g = greet(options);
    const why = g.reason.holiday === undefined ? `${g.reason.kind} ${g.reason.slot ?? ''}`.trim() : `${g.reason.kind} ${g.reason.holiday.name}`;
    return `${label.padEnd(44)} → ${g.text}  (${why})`;
  };
  return {
    title: 'Greetings',
    lines: [
      line('now, Asia/Shanghai', { at: now }),
      line('2026-02-16T16:30Z (春节 in Beijing), 王女士', { at: '2026-02-16T16:30:00Z', customer: honorific({ surname: '王', gender: 'female' }) }),
      line('2026-09-25 10:00 (中秋), chat, zh-TW', { at: '2026-09-25T02:00:00Z', channel: 'chat', locale: 'zh-TW' }),
      line('2026-04-05 10:00 (清明: no festive wish)', { at: '2026-04-05T02:00:00Z' }),
      line('2026-02-14 10:00 (a 调休 Saturday)', { at: '2026-02-14T02:00:00Z' }),
      line('2026-03-09T23:30Z, server zone UTC', { at: '2026-03-09T23:30:00Z', timeZone: 'UTC' }),
      line('2026-03-09T23:30Z, customer in Beijing', { at: '2026-03-09T23:30:00Z' }),
      line('2026-10-01T04:00Z, customer in Los Angeles', { at: '2026-10-01T04:00:00Z', timeZone: 'America/Los_Angeles' }),
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

/** The linter at work: a sentence an agent must not send, and what it finds. */
function lintSection(): Section {
  const text = '喂，這不是我們的事！你過兩天再來電話吧。';
  const findings = lint(text);
  return {
    title: 'Lint',
    lines: [
      `lint('${text}')`,
      ...findings.map((f) => `  ${f.start}-${f.end} ${f.severity.padEnd(7)} ${f.ruleId.padEnd(22)} ${f.text}  → ${f.suggestions.map((s) => s.text ?? (s.phrase === undefined ? s.scenario : `${s.scenario}#${s.phrase}`)).join(' / ')}`),
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
    const now = io.now();
    const sections: Section[] = [greetingsSection(now), catalogueSection(), honorificsSection(), lintSection(), stepsSection(), catalogueDataSection(), calendarSection(now)];
    if (values.json === true) io.stdout(JSON.stringify(sections, null, 2) + '\n');
    else for (const s of sections) io.stdout(`── ${s.title}\n${s.lines.map((l) => `   ${l}`).join('\n')}\n\n`);
    return 0;
  },
};

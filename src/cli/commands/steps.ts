import { literalSteps } from '../../steps/internal.js';
import { parseScript, renderSteps, STEP_RENDERERS, toText } from '../../steps/index.js';
import type { Condition } from '../../schema/index.js';
import { CONDITION_FLAGS, LOCALES, REPLY_INTENTS, type ReplyIntent } from '../../vocab/index.js';
import { parse } from '../args.js';
import { CliUsageError, type Command } from '../io.js';
import { channelOption, localeOption, varsOption } from '../options.js';
import { phrasebookFor } from '../packs.js';

/** The old one-flag forms (--json, --markdown, --ssml, --chat), kept as shorthands for --format. */
const FORMAT_FLAGS = ['json', 'markdown', 'ssml', 'chat'] as const;
const FORMAT_LIST = STEP_RENDERERS.map((r) => `  ${r.name.padEnd(9)} ${r.description}`).join('\n');

/** `huashu steps`: a scenario's procedure, filled and rendered. */
export const stepsCommand: Command = {
  name: 'steps',
  summary: 'Show a scenario’s procedure as steps (text, Markdown checklist, SSML, chat messages)',
  help: `Usage: huashu steps <scenario-id> [--customer ADDRESS] [--var key=value …] [--locale ${LOCALES.join('|')}]
                    [--channel phone|chat|letter|in-person] [--pack FILE…] [--path COND,…]
                    [--format NAME | --json | --markdown | --ssml | --chat]

Prints the scenario's steps with phrases filled, in one of these formats (default text):
${FORMAT_LIST}
--json, --markdown, --ssml and --chat are short for --format json … . A scenario without a
procedure is one say step. The flow exports (xstate, mermaid, twilio, connect) show every branch.

--path prints one run instead of every branch: what happens at each decision, in order, as a
reply intent (silent, agree, decline…), flag:NAME (flag:customer-anxious) or over:SECONDS
(over:120). Example: huashu steps call.silent --ssml --path silent,silent`,
  async run(args, io) {
    const { values, positionals } = parse('steps', args, {
      customer: { type: 'string' },
      var: { type: 'string', multiple: true },
      locale: { type: 'string' },
      channel: { type: 'string' },
      markdown: { type: 'boolean' },
      ssml: { type: 'boolean' },
      chat: { type: 'boolean' },
      format: { type: 'string' },
      path: { type: 'string' },
    });
    const [id, ...extra] = positionals;
    if (id === undefined) throw new CliUsageError('huashu steps: give a scenario id (list them with `huashu scenarios`)');
    if (extra.length > 0) throw new CliUsageError(`huashu steps: unexpected argument "${extra[0]}"`);
    const chosen: string[] = FORMAT_FLAGS.filter((f) => values[f] === true);
    if (values.format !== undefined) chosen.push(values.format);
    if (chosen.length > 1) throw new CliUsageError(`huashu steps: choose one of --format NAME, --${FORMAT_FLAGS.join(', --')} (got ${chosen.join(' and ')})`);
    const format = chosen[0] ?? 'text';
    const renderer = STEP_RENDERERS.find((r) => r.name === format);
    if (renderer === undefined) throw new CliUsageError(`huashu steps: unknown format "${format}"; formats:\n${FORMAT_LIST}`);
    const book = await phrasebookFor(values.pack, io);
    const path = values.path === undefined ? undefined : pathOption(values.path);
    const filled = book.stepsOf(id, {
      customer: values.customer,
      vars: varsOption('steps', values.var),
      locale: localeOption('steps', values.locale),
      channel: channelOption('steps', values.channel),
    });
    if (path !== undefined && renderer.wholeFlow) throw new CliUsageError(`huashu steps: --format ${format} shows every branch; --path is for one run (text, markdown, ssml, chat, json)`);
    const out = renderer.render(filled, { path, standards: book.standards(), name: id });
    io.stdout(out === '' ? '' : `${out}\n`);
    return 0;
  },
};

/** `--path silent,flag:customer-anxious,over:120` as conditions. */
function pathOption(text: string): Condition[] {
  return text.split(',').map((entry): Condition => {
    const e = entry.trim();
    if ((REPLY_INTENTS as readonly string[]).includes(e)) return { reply: e as ReplyIntent };
    if (e.startsWith('flag:') && (CONDITION_FLAGS as readonly string[]).includes(e.slice(5))) return { flag: e.slice(5) as (typeof CONDITION_FLAGS)[number] };
    const seconds = /^over:(\d+)$/.exec(e);
    if (seconds !== null && Number(seconds[1]) > 0) return { elapsedOver: Number(seconds[1]) };
    throw new CliUsageError(
      `huashu steps: --path entry "${e}" is not a reply intent (${REPLY_INTENTS.join(', ')}), flag:NAME (${CONDITION_FLAGS.join(', ')}) or over:SECONDS`,
    );
  });
}

/** `huashu parse-steps`: free-text script → steps. */
export const parseStepsCommand: Command = {
  name: 'parse-steps',
  summary: 'Parse a free-text script (第一步…, “…”, 稍停五秒, 若…) into steps',
  help: `Usage: huashu parse-steps [FILE] [--json]

Reads the script from FILE, or from stdin when no file is given, and prints its steps as numbered
text (--json: the steps in the pack schema's shape, each with its original wording in "source").
Text the parser does not recognise becomes a note: nothing is dropped.`,
  async run(args, io) {
    const { values, positionals } = parse('parse-steps', args, {});
    const [file, ...extra] = positionals;
    if (extra.length > 0) throw new CliUsageError(`huashu parse-steps: unexpected argument "${extra[0]}"`);
    let text: string;
    if (file === undefined) text = await io.readStdin();
    else {
      try {
        text = await io.readFile(file);
      } catch (error) {
        throw new CliUsageError(`huashu parse-steps: cannot read "${file}": ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const steps = parseScript(text);
    if (values.json === true) io.stdout(JSON.stringify(steps, null, 2) + '\n');
    else io.stdout(toText(literalSteps(steps)) + '\n');
    return 0;
  },
};

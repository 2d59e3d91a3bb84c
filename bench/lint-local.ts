/**
 * Lint precision on a corpus of your own agent chats that you cannot commit (a licence that does
 * not allow it, customers' data): reads a local file, lints its agent turns with the core rules
 * and the bundled domain packs' rules, and prints the turns linted, the error findings per rule
 * and per 1,000 turns. Nothing is written and nothing of the file is kept in the repository.
 *
 * Usage: npx tsx bench/lint-local.ts FILE [--format jddc|ecd|lines|jsonl] [--split tune|heldout|all]
 *                                         [--seed S] [--list] [--core] [--model]
 *
 *   --format  how FILE is laid out (default: jsonl for *.jsonl, jddc for *.tsv and chat.txt, else lines)
 *     jddc   JDDC (JD.com customer service) TSV: session id, user id, is-agent (1 = the agent's turn),
 *            three more fields, then the text; `!@@@!` separates messages sent in one turn
 *     ecd    E-commerce Dialogue Corpus (Taobao) lines: label, context turns, response, tab-separated,
 *            word-segmented (spaces join tokens back, they are not clause ends); the agent's turns
 *            are the responses and every second context turn back from the last one; each distinct
 *            turn is linted once
 *     lines  one agent turn a line
 *     jsonl  one `{ "text": …, "session"?: …, "role"?: … }` a line; with a role, only agent roles
 *            (agent, 客服, seller… as `roleSide` reads them)
 *   --split   which half of the sessions (jddc: session id; jsonl: `session`; otherwise each turn on
 *             its own) to lint, by a seeded hash of its id: `tune` to review and fix on, `heldout`
 *             to measure once at the end, `all` (default). Choose the split before fixing anything.
 *   --seed    the hash seed (default `huashu`): the same file and seed always give the same halves
 *   --list    also prints every error finding: rule | the text around it | the match
 *   --core    the core rules only (default: core + the bundled domain packs' rules)
 *   --model   also the opt-in learned model (`createLinter({ model })`, warnings `model-<theme>`):
 *             its findings per 1,000 turns, apart (with --list, each one), to judge before turning it on
 *
 * Measured this way on JDDC and ECD (docs/lint.md, "Real e-commerce chats").
 */
import { readFileSync } from 'node:fs';
import { domainPacks } from '../src/generated/packs/index.js';
import { createLinter, roleSide } from '../src/lint/index.js';
import { learnedModel } from '../src/lint-model/index.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const FORMATS = ['jddc', 'ecd', 'lines', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];
const SPLITS = ['tune', 'heldout', 'all'] as const;
type Split = (typeof SPLITS)[number];

const args = process.argv.slice(2);
function option(name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
}
const valued = new Set(['--format', '--split', '--seed']);
const file = args.find((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''));
if (file === undefined) {
  console.error('usage: npx tsx bench/lint-local.ts FILE [--format jddc|ecd|lines|jsonl] [--split tune|heldout|all] [--seed S] [--list] [--core] [--model]');
  process.exit(2);
}
const format = (option('--format') ?? (file.endsWith('.jsonl') ? 'jsonl' : /\.tsv$|chat\.txt$/.test(file) ? 'jddc' : 'lines')) as Format;
if (!FORMATS.includes(format)) throw new Error(`--format: one of ${FORMATS.join(', ')}`);
const split = (option('--split') ?? 'all') as Split;
if (!SPLITS.includes(split)) throw new Error(`--split: one of ${SPLITS.join(', ')}`);
const seed = option('--seed') ?? 'huashu';
const list = args.includes('--list');
const coreOnly = args.includes('--core');
const withModel = args.includes('--model');

/** FNV-1a (32 bits) of the seed and an id: which half of the corpus a session falls in. */
function half(id: string): Exclude<Split, 'all'> {
  let h = 0x811c9dc5;
  for (const ch of `${seed}\u0000${id}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h & 1) === 0 ? 'tune' : 'heldout';
}

/** A turn to lint and the unit it is split by. */
interface LocalTurn {
  session: string;
  text: string;
}

/** Rejoins word-segmented text: a space stays only between two Latin letters or digits. */
function unsegment(text: string): string {
  return text
    .trim()
    .split(/ +/)
    .reduce((joined, word) => (joined && /[A-Za-z0-9]$/.test(joined) && /^[A-Za-z0-9]/.test(word) ? `${joined} ${word}` : joined + word), '');
}

function read(): LocalTurn[] {
  const lines = readFileSync(file!, 'utf8').split(/\r?\n/);
  switch (format) {
    case 'jddc':
      return lines
        .map((line) => line.split('\t'))
        .filter((f) => f[2] === '1' && f.length > 6)
        .map((f) => ({ session: f[0]!, text: f.slice(6).join('\t').replace(/!@@@!/g, '\n').trim() }))
        .filter((t) => t.text.length > 0);
    case 'ecd': {
      const seen = new Set<string>();
      for (const line of lines) {
        if (!line.trim()) continue;
        const turns = line.split('\t').slice(1);
        const last = turns.length - 1; // the response: the agent's
        turns.forEach((t, i) => {
          if ((last - i) % 2 === 0) seen.add(unsegment(t));
        });
      }
      return [...seen].filter((t) => t.length > 0).map((text) => ({ session: text, text }));
    }
    case 'lines':
      return lines.map((l) => l.trim()).filter((l) => l.length > 0).map((text) => ({ session: text, text }));
    case 'jsonl':
      return lines
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { text?: unknown; session?: unknown; role?: unknown })
        .filter((r) => typeof r.text === 'string' && r.text.trim() && (typeof r.role !== 'string' || roleSide(r.role) === 'agent'))
        .map((r) => ({ session: r.session === undefined ? (r.text as string) : String(r.session), text: (r.text as string).trim() }));
  }
}

const all = read();
const turns = split === 'all' ? all : all.filter((t) => half(t.session) === split);
const linter = createLinter({
  ...(coreOnly ? {} : { extend: domainPacks.flatMap((p) => [...(p.rules ?? [])]) }),
  ...(withModel ? { model: learnedModel() } : {}),
});

let errors = 0;
let turnsWithError = 0;
const byRule = new Map<string, number>();
const byModel = new Map<string, number>();
let modelFindings = 0;
for (const { text } of turns) {
  let found = false;
  for (const f of linter.lint(text)) {
    if (f.ruleId.startsWith('model-')) {
      modelFindings++;
      byModel.set(f.ruleId, (byModel.get(f.ruleId) ?? 0) + 1);
      if (list) console.log(`${f.ruleId} (model) | ${text.slice(0, 80).replace(/\n/g, '⏎')}`);
      continue;
    }
    if (f.severity !== 'error') continue;
    errors++;
    found = true;
    byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    if (list) {
      const context = text.slice(Math.max(0, f.start - 25), f.end + 25).replace(/\n/g, '⏎');
      console.log(`${f.ruleId} | ${context} | ${text.slice(f.start, f.end)}`);
    }
  }
  if (found) turnsWithError++;
}
const per1k = (n: number) => (turns.length === 0 ? '0.0' : ((1000 * n) / turns.length).toFixed(1));
const sessions = new Set(turns.map((t) => t.session)).size;
console.log(
  `${file} (${format}, split ${split}${split === 'all' ? '' : `, seed ${seed}`}): ${turns.length} agent turns` +
    `${format === 'jddc' || format === 'jsonl' ? ` in ${sessions} sessions` : ''}; ${coreOnly ? 'core rules' : 'core + domain packs'}`,
);
console.log(`error findings: ${errors} = ${per1k(errors)} per 1,000 turns; turns with an error finding: ${turnsWithError}`);
for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${rule.padEnd(32)} ${String(n).padStart(5)}  ${per1k(n).padStart(6)} / 1k`);
if (withModel) {
  console.log(`learned model (opt-in, warnings): ${modelFindings} findings = ${per1k(modelFindings)} per 1,000 turns`);
  for (const [rule, n] of [...byModel].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${rule.padEnd(32)} ${String(n).padStart(5)}  ${per1k(n).padStart(6)} / 1k`);
}

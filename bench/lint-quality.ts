/**
 * Lint quality on text nobody here wrote:
 *
 * - precision: the 4,238 agent turns of CrossWOZ's test split (bench/data, Apache-2.0): error
 *   findings per rule, and false alarms (error findings a reviewer did not label as real
 *   violations in bench/data/crosswoz-labels.yaml) per 1,000 turns;
 * - the same on CrossWOZ's validation split (dialogues never tuned on) and on the system turns of
 *   MultiWOZ-zh's human-translated validation dialogues (ConvLab-2, Apache-2.0; hotel, train,
 *   restaurant, police and hospital desks), each with its reviewed labels
 *   (crosswoz-val-labels.yaml, multiwoz-zh-labels.yaml). No openly licensed corpus of Chinese
 *   e-commerce agent turns was found (see bench/data/ATTRIBUTION.md);
 * - the same on doctors' turns of online medical consultations (MIT): the 833 doctor turns of
 *   ReMeDi's dev split and 2,000 doctors' answers of Toyhom's Chinese medical dialogue data, with
 *   their labels (remedi-labels.yaml, toyhom-labels.yaml); labels for rules this build does not
 *   have are ignored and counted;
 * - the same on a second corpus, every utterance of KdConv's test split (Apache-2.0), where no
 *   finding is labelled, so every error finding is a false alarm;
 * - the online-shop register (issue 17): replies an online-shop agent sends, quoted from public pages of
 *   shop customer-service scripts (bench/data/ecom-replies.jsonl), split by page: ecom-tune (tuned on,
 *   labels in ecom-labels.yaml) and ecom-heldout (counts only, never listed), error findings of the core
 *   rules and the domain packs per 1,000 replies;
 * - recall: banned sentences quoted from public service standards of other industries
 *   (bench/data/banned-sentences.yaml), by theme: a sentence counts as caught when a rule of its
 *   theme flags it (error or warning), not merely 你→您. Reported for the dev part (rules were
 *   tuned on it), the held-out part (whole standards nobody tuned on, though read before the
 *   rules were written) and held-out 2 (collected after the rules were frozen); then a second
 *   batch from industries not covered before, split by source before the rules were read: dev2
 *   (tuned on), held-out 3 (never tuned on) and held-out 4 (collected after those rules were
 *   frozen, labelled before the linter ran). Then dev3: a third batch from 13 sources not in the
 *   file before (hospital volunteers, service-trade lists, nurses, a government window, teachers'
 *   and parents' insults quoted by news and essays), collected for tuning the slot classes and
 *   the structural theme patterns. Round 3: held-out 5 (12 sources, collected and labelled before
 *   the linter ran on them, measured before and after the round's rule changes) and dev4 (tuned on).
 *   Round 4: held-out 6 (14 sources, committed before the linter ran on it; measured for counts only
 *   in round 4, listed and tuned on from round 5) and dev5 (14 sources, tuned on). Round 5: dev6
 *   (15 sources, labelled before the linter ran on them, tuned on) and held-out 7 (27 sources from
 *   power and water supply, public transport, post, insurance, social security, a complaints hotline,
 *   tourism and libraries; committed before the linter ran on it; measured for counts only). Round 6:
 *   held-out 8 (27 sources from courts and a procuratorate, a consulate's passport and notary window,
 *   customs, marriage registration, a funeral home, vehicle-administration windows, pharmacies, car
 *   dealers and repairers, property sales, hair, beauty and nail salons, a gym and a cinema; committed
 *   before the linter ran on it; measured for counts only, like held-out 7) and train8 (98 sources
 *   from property management, retail, kindergartens and training centres, elder care, housekeeping
 *   and food delivery; gathered as training data for the learned model, listable and tunable).
 *   Round 6 (recall6a): r6adev (20 sources from banks, hospitals, hotels and restaurants; tuned on)
 *   and r6aprobe (6 other sources of the same trades; counts only, never listed, never tuned on).
 *   Round 6 (crossclause): ccdev (4 sources from police windows, a school and a train; tuned on) and
 *   ccprobe (3 other sources; counts only, never listed, never tuned on).
 *   Round 6 (recall6b): r6bdev (7 sources: government halls, telecom, e-commerce, a courier; tuned on) and
 *   r6bprobe (7 other sources of the same industries; labelled before the linter ran, counts only).
 *   Round 6 (recall6c): r6cdev and r6cprobe (36 sources from city management, parking, a health-check
 *   desk, repair shops, a laundry, photo studios, a museum; split by source; probe counts only).
 *   Round 7: train9 (76 sources from gas and toll stations, metro, an airport, ride-hailing, vets, dental
 *   and eye clinics, moving, KTV, bars, internet cafés, residents' committees, canteens, car washes,
 *   ferries, bookshops, pawnshops and lottery shops; labelled and committed before the linter ran on
 *   it): training data for the learned model, and for the rules counts only, the unseen measure for
 *   round 7's rule writers. Round 8: train9 is a tuning split for the rules too (listed and tuned on).
 * - heldout10 (round 8, helper gather10): a fresh clean held-out split, 155 sentences from 79 pages
 *   of 33 trades not in the file before (banks, hospitals, telecom, utilities, railway, hotels,
 *   government, police and immigration windows, courts, schools' offices, car dealers, estate
 *   agents, property management, training and driving schools, tourism, libraries, salons, shops,
 *   funeral homes…), labelled and committed before the linter ran on it; counts only, never tuned on.
 * - heldout11 (round 9, helper gather11): a clean held-out split shaped like issue 17 (banks, hospitals,
 *   government windows, hotlines, couriers, online customer service, telecom, shops…), 90 sentences from
 *   39 pages not in the file before (banned-phrase lists where new ones were found, else counter lines
 *   quoted in news, essays, complaints and novels), labelled and committed before the linter ran on it;
 *   counts only, never tuned on.
 *
 * Usage: npm run bench:lint-quality   (tsx bench/lint-quality.ts [--list] [--only dev,dev3])
 *   --list   also prints every error finding on the agent turns (REAL/FALSE, corpus, dialog/turn,
 *            rule, [match], text) and every missed sentence, except those of the counts-only
 *            held-out splits and probes (heldout7, heldout8, heldout10, heldout11, r6aprobe, ccprobe, r6bprobe,
 *            r6cprobe),
 *            whose misses are never printed
 *   --ecom-heldout  also measures the online-shop held-out split (counts only): once, at the end of a round
 *   --only   measures recall on these splits only (comma-separated), e.g. to list the misses of
 *            the tuning splits without printing the held-out ones
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { domainPacks } from '../src/generated/packs/index.js';
import { createLinter, type Finding, type Rule } from '../src/lint/index.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const DATA = join(import.meta.dirname, 'data');
const list = process.argv.includes('--list');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? new Set((process.argv[onlyAt + 1] ?? '').split(',')) : undefined;

interface AgentTurn {
  dialog: string;
  turn: number;
  text: string;
}
interface Label {
  dialog: string;
  turn: number;
  rule: string;
  why?: string;
}
/**
 * The splits of bench/data/banned-sentences.yaml, in the order their recall is printed (each with the
 * core rules, then core + domain packs): tuning, contaminated and clean held-out splits, round 6's
 * model training batch, the round-6 helpers' tuning batches and probes, and round 7's train9 (the file's
 * header says which is which).
 */
const SPLITS = ['dev', 'heldout', 'heldout2', 'dev2', 'heldout3', 'heldout4', 'dev3', 'heldout5', 'dev4', 'heldout6', 'dev5', 'heldout7', 'dev6', 'heldout8', 'train8', 'r6adev', 'r6aprobe', 'ccprobe', 'ccdev', 'r6bdev', 'r6bprobe', 'r6cdev', 'r6cprobe', 'train9', 'heldout10', 'heldout11', 'train12'] as const;
type Split = (typeof SPLITS)[number];

interface Banned {
  text: string;
  theme: string;
  source: string;
  split: Split;
}

function readJsonLines(file: string): AgentTurn[] {
  return readFileSync(join(DATA, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as AgentTurn);
}
const turns: AgentTurn[] = readJsonLines('crosswoz-test-sys.jsonl');
const labels = (parse(readFileSync(join(DATA, 'crosswoz-labels.yaml'), 'utf8')) as { violations?: Label[] } | null)?.violations ?? [];
const banned = (parse(readFileSync(join(DATA, 'banned-sentences.yaml'), 'utf8')) as { sentences: Banned[] }).sentences;
// A sentence of a split not in SPLITS would never be measured: say so rather than drop it.
const unknownSplits = [...new Set(banned.map((b) => b.split))].filter((s) => !(SPLITS as readonly string[]).includes(s));
if (unknownSplits.length > 0) throw new Error(`banned-sentences.yaml: splits not in bench/lint-quality.ts's SPLITS: ${unknownSplits.join(', ')}`);

const packRules: Rule[] = domainPacks.flatMap((p) => [...(p.rules ?? [])]);
const core = createLinter();
const withPacks = createLinter({ extend: packRules });
const themeOf = new Map<string, string | undefined>(withPacks.rules.map((r) => [r.id, r.theme]));

const pad = (s: string | number, n: number) => String(s).padStart(n);
const padEnd = (s: string, n: number) => s.padEnd(n);

// ── Precision on real agent turns ──
/**
 * Error findings of the core rules on one corpus of agent turns, per rule, against the reviewed
 * labels (every error finding not labelled as a real violation is a false alarm).
 */
function precision(title: string, corpus: AgentTurn[], allLabels: Label[], tag: string): void {
  // A labels file may name rules this build does not have (labels reviewed on a branch with more
  // rules): those labels are set aside, not counted, and their number is reported.
  const known = new Set(core.rules.map((r) => r.id));
  const labelled = allLabels.filter((l) => known.has(l.rule));
  const unknown = allLabels.length - labelled.length;
  const real = new Set(labelled.map((l) => `${l.dialog}/${l.turn}/${l.rule}`));
  console.log(
    `Agent turns: ${corpus.length} (${title}), ${labelled.length} labelled real violations${
      unknown > 0 ? ` (+${unknown} labels for rules not in this build, ignored)` : ''
    }`,
  );
  type Row = { findings: number; errors: number; falseAlarms: number };
  const perRule = new Map<string, Row>();
  const listed: string[] = [];
  let errorFindings = 0;
  let falseAlarms = 0;
  let turnsWithFalseAlarm = 0;
  for (const t of corpus) {
    const findings: Finding[] = core.lint(t.text);
    let alarmed = false;
    for (const f of findings) {
      const row = perRule.get(f.ruleId) ?? { findings: 0, errors: 0, falseAlarms: 0 };
      row.findings++;
      if (f.severity === 'error') {
        row.errors++;
        errorFindings++;
        const isReal = real.has(`${t.dialog}/${t.turn}/${f.ruleId}`);
        if (!isReal) {
          row.falseAlarms++;
          falseAlarms++;
          alarmed = true;
        }
        if (list) listed.push(`  ${isReal ? 'REAL ' : 'FALSE'} ${tag} ${t.dialog}/${t.turn} ${f.ruleId} [${f.text}] ${t.text}`);
      }
      perRule.set(f.ruleId, row);
    }
    if (alarmed) turnsWithFalseAlarm++;
  }
  const per1k = (n: number) => ((n * 1000) / corpus.length).toFixed(2);
  console.log('');
  console.log(`${padEnd('rule', 34)} ${pad('findings', 8)} ${pad('errors', 7)} ${pad('false', 6)} ${pad('false/1k', 9)}`);
  for (const [id, row] of [...perRule].sort((a, b) => b[1].falseAlarms - a[1].falseAlarms || b[1].findings - a[1].findings)) {
    console.log(`${padEnd(id, 34)} ${pad(row.findings, 8)} ${pad(row.errors, 7)} ${pad(row.falseAlarms, 6)} ${pad(per1k(row.falseAlarms), 9)}`);
  }
  console.log('');
  console.log(
    `error findings: ${errorFindings}; false alarms: ${falseAlarms} = ${per1k(falseAlarms)} per 1,000 agent turns (target ≤ 5); turns with a false alarm: ${turnsWithFalseAlarm}`,
  );
  if (list) console.log(listed.join('\n'));
}
const per1000 = (n: number) => ((n * 1000) / turns.length).toFixed(2);
precision('CrossWOZ test split, system side', turns, labels, 'crosswoz');

// The domain packs' own rules on the same turns: none of their findings is labelled, so every
// error one is a false alarm (these turns are travel-booking chat, not a bank, hospital, hall or courier).
{
  const packIds = new Set(packRules.map((r) => r.id));
  const perPack = new Map<string, number>();
  let packErrors = 0;
  for (const t of turns) {
    for (const f of withPacks.lint(t.text)) {
      if (!packIds.has(f.ruleId) || f.severity !== 'error') continue;
      packErrors++;
      perPack.set(f.ruleId, (perPack.get(f.ruleId) ?? 0) + 1);
      if (list) console.log(`  PACK  ${t.dialog}/${t.turn} ${f.ruleId} [${f.text}] ${t.text}`);
    }
  }
  console.log(
    `domain packs' rules (${packIds.size}): ${packErrors} error findings on the same turns = ${per1000(packErrors)} false alarms per 1,000 agent turns${
      perPack.size > 0 ? ` (${[...perPack].map(([id, n]) => `${id} ${n}`).join(', ')})` : ''
    }`,
  );
}

// The same register, dialogues nobody tuned on: the 4,229 system turns of CrossWOZ's validation
// split (ConvLab-2's copy, Apache-2.0). The rules were tuned on the test split above.
{
  const val: AgentTurn[] = readJsonLines('crosswoz-val-sys.jsonl');
  const valLabels = (parse(readFileSync(join(DATA, 'crosswoz-val-labels.yaml'), 'utf8')) as { violations?: Label[] } | null)?.violations ?? [];
  console.log('');
  precision('CrossWOZ validation split, system side, not tuned on', val, valLabels, 'crosswoz-val');
}

// A third corpus of agent turns in another register: the 1,823 system turns of MultiWOZ-zh's
// human-translated validation dialogues (ConvLab-2, Apache-2.0): hotel, restaurant, train, taxi,
// attraction, police and hospital desks, written in Chinese by professional translators.
{
  const mwz: AgentTurn[] = readJsonLines('multiwoz-zh-human-val-sys.jsonl');
  const mwzLabels = (parse(readFileSync(join(DATA, 'multiwoz-zh-labels.yaml'), 'utf8')) as { violations?: Label[] } | null)?.violations ?? [];
  console.log('');
  precision('MultiWOZ-zh human-translated validation dialogues, system side', mwz, mwzLabels, 'multiwoz-zh');
}

// Service professionals writing to members of the public, in another trade: doctors answering
// patients online (both MIT-licensed, see bench/data/ATTRIBUTION.md). ReMeDi: the 833 doctor turns
// of the 100 dialogues of its human-annotated dev split (multi-turn chat); Toyhom's Chinese medical
// dialogue data: the doctors' answers of the first 2,000 rows of its internal-medicine sample file.
for (const [file, labelsFile, title, tag] of [
  ['remedi-dev-sys.jsonl', 'remedi-labels.yaml', 'ReMeDi dev split, doctor side (online consultations)', 'remedi'],
  ['toyhom-im-sys.jsonl', 'toyhom-labels.yaml', 'Chinese medical dialogue data, internal medicine, doctors\' answers', 'toyhom'],
] as const) {
  const corpus: AgentTurn[] = readJsonLines(file);
  const corpusLabels = (parse(readFileSync(join(DATA, labelsFile), 'utf8')) as { violations?: Label[] } | null)?.violations ?? [];
  console.log('');
  precision(title, corpus, corpusLabels, tag);
}

// A second real-text corpus: every utterance of KdConv's test split (film, music, travel;
// bench/data, Apache-2.0), open-domain chat between crowd workers, both speakers. No finding on it
// is labelled, so every error finding counts as a false alarm (core rules, then the packs' rules).
{
  const kd: AgentTurn[] = readFileSync(join(DATA, 'kdconv-test.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as AgentTurn);
  const perRuleKd = new Map<string, number>();
  let coreErrors = 0;
  let packErrorsKd = 0;
  const packIds = new Set(packRules.map((r) => r.id));
  for (const t of kd) {
    for (const f of withPacks.lint(t.text)) {
      if (f.severity !== 'error') continue;
      if (packIds.has(f.ruleId)) packErrorsKd++;
      else coreErrors++;
      perRuleKd.set(f.ruleId, (perRuleKd.get(f.ruleId) ?? 0) + 1);
      if (list) console.log(`  KDCONV ${t.dialog}/${t.turn} ${f.ruleId} [${f.text}] ${t.text}`);
    }
  }
  const k1000 = (n: number) => ((n * 1000) / kd.length).toFixed(2);
  console.log('');
  console.log(
    `KdConv test split (${kd.length} utterances, open-domain chat): core error findings ${coreErrors} = ${k1000(coreErrors)} per 1,000; domain packs' ${packErrorsKd} = ${k1000(packErrorsKd)} per 1,000${
      perRuleKd.size > 0 ? ` (${[...perRuleKd].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(', ')})` : ''
    }`,
  );
}

// The online-shop register (issue 17): replies an online-shop agent sends (亲, 哦/呢/哈/啦, ~), quoted
// from public pages of shop customer-service scripts (bench/data/ecom-replies.jsonl; no openly licensed
// e-commerce dialogue corpus exists). Split by page before any linting: ecom-tune is listed and tuned
// on (labels in ecom-labels.yaml, keyed by the reply's text and the rule); ecom-heldout is counts
// only: its findings are never listed, and every error finding on it counts as a false alarm.
{
  interface EcomReply {
    text: string;
    source: string;
    split: 'ecom-tune' | 'ecom-heldout';
  }
  interface EcomLabel {
    text: string;
    rule: string;
    why?: string;
  }
  const replies = readFileSync(join(DATA, 'ecom-replies.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as EcomReply);
  const ecomLabels = (parse(readFileSync(join(DATA, 'ecom-labels.yaml'), 'utf8')) as { violations?: EcomLabel[] } | null)?.violations ?? [];
  const knownRules = new Set(withPacks.rules.map((r) => r.id));
  const real = new Set(ecomLabels.filter((l) => knownRules.has(l.rule)).map((l) => `${l.text}\u0000${l.rule}`));
  const packIds = new Set(packRules.map((r) => r.id));
  // ecom-heldout is measured once, at the end of a round, and only when asked (--ecom-heldout).
  for (const split of process.argv.includes('--ecom-heldout') ? (['ecom-tune', 'ecom-heldout'] as const) : (['ecom-tune'] as const)) {
    const part = replies.filter((r) => r.split === split);
    const pages = new Set(part.map((r) => r.source)).size;
    const heldOut = split === 'ecom-heldout';
    const perRule = new Map<string, { errors: number; falseAlarms: number }>();
    const listed: string[] = [];
    let coreFalse = 0;
    let packFalse = 0;
    let errors = 0;
    for (const r of part) {
      for (const f of withPacks.lint(r.text)) {
        if (f.severity !== 'error') continue;
        errors++;
        // Held-out findings are not read, so none is labelled: each counts as a false alarm.
        const isReal = !heldOut && real.has(`${r.text}\u0000${f.ruleId}`);
        const row = perRule.get(f.ruleId) ?? { errors: 0, falseAlarms: 0 };
        row.errors++;
        if (!isReal) {
          row.falseAlarms++;
          if (packIds.has(f.ruleId)) packFalse++;
          else coreFalse++;
        }
        perRule.set(f.ruleId, row);
        if (list && !heldOut) listed.push(`  ${isReal ? 'REAL ' : 'FALSE'} ${split} ${f.ruleId} [${f.text}] ${r.text}  (${r.source})`);
      }
    }
    const e1000 = (n: number) => ((n * 1000) / Math.max(1, part.length)).toFixed(1);
    console.log('');
    console.log(
      `Online-shop replies, ${split} (${part.length} replies from ${pages} pages${heldOut ? '; counts only, never listed' : ''}), core + domain packs: ` +
        `error findings ${errors}; false alarms: core ${coreFalse} = ${e1000(coreFalse)} per 1,000, packs ${packFalse} = ${e1000(packFalse)} per 1,000, ` +
        `together ${coreFalse + packFalse} = ${e1000(coreFalse + packFalse)} per 1,000 replies`,
    );
    if (!heldOut && perRule.size > 0) {
      console.log(`  ${[...perRule].sort((a, b) => b[1].falseAlarms - a[1].falseAlarms || a[0].localeCompare(b[0])).map(([id, row]) => `${id} ${row.falseAlarms}/${row.errors}`).join(', ')} (false/errors)`);
    }
    if (list && listed.length > 0) console.log(listed.join('\n'));
  }
}

// ── Recall on banned sentences of other standards ──
// Splits measured for counts only (their misses are never printed): the clean held-out splits, the
// round-6 helpers' probes, round 8's heldout10 and round 9's heldout11 (clean held-out: never tuned on,
// measured once at the end of a round). Held-out 6 was counts-only in round 4; its misses were listed and tuned on from
// round 5; round 7's train9 was counts-only in round 7 and is listed and tuned on from round 8 (the
// yaml's CONTAMINATION block).
const COUNTS_ONLY: ReadonlySet<Split> = new Set<Split>(['heldout7', 'heldout8', 'r6aprobe', 'ccprobe', 'r6bprobe', 'r6cprobe', 'heldout10', 'heldout11', 'train12']);
function recall(split: Split, linter: ReturnType<typeof createLinter>, label: string) {
  if (only !== undefined && !only.has(split)) return;
  const part = banned.filter((b) => b.split === split);
  const themes = new Map<string, { n: number; theme: number; any: number }>();
  let caught = 0;
  let caughtAny = 0;
  let caughtError = 0;
  const missed: string[] = [];
  for (const b of part) {
    const findings = linter.lint(b.text).filter((f) => f.severity !== 'info');
    const byTheme = findings.some((f) => themeOf.get(f.ruleId) === b.theme);
    const byAny = findings.some((f) => f.ruleId !== 'prefer-nin');
    if (byTheme) caught++;
    if (byAny) caughtAny++;
    if (findings.some((f) => f.severity === 'error' && themeOf.get(f.ruleId) === b.theme)) caughtError++;
    if (!byTheme) missed.push(`  ${b.theme}: ${b.text} → ${findings.map((f) => `${f.ruleId}(${themeOf.get(f.ruleId) ?? '-'})`).join(' ') || 'nothing'}`);
    const row = themes.get(b.theme) ?? { n: 0, theme: 0, any: 0 };
    row.n++;
    if (byTheme) row.theme++;
    if (byAny) row.any++;
    themes.set(b.theme, row);
  }
  const pct = (a: number, n: number) => `${((100 * a) / Math.max(1, n)).toFixed(0)}%`;
  console.log('');
  console.log(`Recall, ${split} (${part.length} sentences from ${new Set(part.map((b) => b.source)).size} standards), ${label}:`);
  console.log(`  caught by a rule of the right theme: ${caught}/${part.length} = ${pct(caught, part.length)} (as an error: ${pct(caughtError, part.length)}); by any rule but prefer-nin: ${pct(caughtAny, part.length)}`);
  for (const [theme, row] of [...themes].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`  ${padEnd(theme, 18)} ${pad(`${row.theme}/${row.n}`, 6)} ${pad(pct(row.theme, row.n), 5)}   (any rule ${pct(row.any, row.n)})`);
  }
  // The counts-only splits' misses are never printed, so nobody tunes on them.
  if (list && missed.length > 0 && !COUNTS_ONLY.has(split)) console.log(`  missed:\n${missed.join('\n')}`);
}
for (const split of SPLITS) {
  recall(split, core, 'core rules');
  recall(split, withPacks, 'core + domain packs');
}

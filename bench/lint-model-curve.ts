/**
 * A learning curve for the learned lint model (issue 17): would more labelled data of the kind we
 * have bring clean held-out recall to 90%?
 *
 * The shipped model's training positives (the {@link TRAIN_SPLITS} sentences of
 * bench/data/banned-sentences.yaml) are subsampled BY SOURCE: for a fraction f and a seed, the
 * sources are shuffled (mulberry32, the seed) and taken whole, in that order, until their sentences
 * reach f of all positives (the last source taken whole, so a run has ≥ f). Fractions 1/8, 1/4, 1/2
 * and 3/4 are run with three seeds each, fraction 1 once (it is the shipped model). The negatives
 * are always the shipped model's full set, the classes always all the themes, and the training
 * options the shipped ones ({@link TRAIN_DEFAULTS}, seed 17 for SGD): only the positives vary.
 * Each model is measured in its shipped form (int8, {@link SHIPPED_PRUNE}, margin
 * {@link SHIPPED_THRESHOLD}) on the clean held-out splits ({@link CLEAN_SPLITS}; counts only, no
 * sentence is ever printed): the model alone and rules ∪ model (rules = core + domain packs, a rule
 * of the sentence's theme, as bench/lint-model.ts counts), and its false alarms per 1,000 CrossWOZ
 * validation agent turns (a turn with any model finding).
 *
 * Then a least-squares line of rules ∪ model recall (% of the clean sentences) against
 * log2(positives) over every run, its slope (points per doubling) and the positives at which the
 * line reaches 90%: an extrapolation of a fitted line, not a measurement. For judging that line: its
 * mean residual per fraction, the slope of the last doubling alone (1/2 → 1) and, for sensitivity, the
 * same extrapolation from a line in the positives themselves.
 *
 * Deterministic: the same data give the same output. Takes a few minutes (13 trainings).
 *
 * Usage: npm run bench:lint-model-curve  (tsx bench/lint-model-curve.ts)
 */
import { join } from 'node:path';
import { modelScores, unpackModel, type LintModel } from '../src/lint-model/model.js';
import {
  CLEAN_SPLITS,
  loadBanned,
  loadTurns,
  modelCatches,
  packModel,
  rulesCatch,
  SHIPPED_PRUNE,
  SHIPPED_THRESHOLD,
  shippedExamples,
  TRAIN_DEFAULTS,
  TRAIN_SPLITS,
  trainModel,
  type BannedSentence,
} from '../scripts/data/lint-model.js';
import { mulberry32 } from '../scripts/lib/prng.js';

const ROOT = join(import.meta.dirname, '..');
const DATA = join(ROOT, 'bench', 'data');
const FRACTIONS: ReadonlyArray<readonly [string, number]> = [
  ['1/8', 1 / 8],
  ['1/4', 1 / 4],
  ['1/2', 1 / 2],
  ['3/4', 3 / 4],
  ['1', 1],
];
const SEEDS = [1, 2, 3];
const TARGET = 90;

const banned = loadBanned(join(DATA, 'banned-sentences.yaml'));
const train = banned.filter((b) => TRAIN_SPLITS.has(b.split));
const clean = banned.filter((b) => CLEAN_SPLITS.includes(b.split));
const { examples, themes } = await shippedExamples(ROOT);
const negatives = examples.filter((e) => e.label === 'none');
if (examples.length - negatives.length !== train.length) throw new Error('the shipped positives are not the TRAIN_SPLITS sentences');
const byRules = await rulesCatch();
const rulesCaught = clean.map(byRules);
const crossVal = loadTurns(join(DATA, 'crosswoz-val-sys.jsonl')).map((t) => t.text);
const sources = [...new Set(train.map((b) => b.source))].sort();

/** Whole sources, in a seeded order, until their sentences reach `fraction` of the positives (file order kept). */
function subsample(fraction: number, seed: number): { part: BannedSentence[]; sources: number } {
  if (fraction >= 1) return { part: train, sources: sources.length };
  const order = [...sources];
  const random = mulberry32(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const count = new Map<string, number>();
  for (const b of train) count.set(b.source, (count.get(b.source) ?? 0) + 1);
  const chosen = new Set<string>();
  let n = 0;
  for (const s of order) {
    if (n >= fraction * train.length) break;
    chosen.add(s);
    n += count.get(s)!;
  }
  return { part: train.filter((b) => chosen.has(b.source)), sources: chosen.size };
}

interface Run {
  readonly fraction: string;
  readonly seed: number;
  readonly positives: number;
  readonly sources: number;
  readonly model: number;
  readonly union: number;
  readonly falseAlarms: number;
}

console.log(
  `Learning curve of the lint model: ${train.length} training positives from ${sources.length} sources, ${negatives.length} negatives (always all), ` +
    `${themes.length} themes; shipped form (margin ≥ ${SHIPPED_THRESHOLD}, prune ${SHIPPED_PRUNE}, options ${JSON.stringify(TRAIN_DEFAULTS)}).`,
);
console.log(`Clean held-out splits ${CLEAN_SPLITS.join(', ')}: ${clean.length} sentences (counts only); rules (core + domain packs) alone ${rulesCaught.filter(Boolean).length}/${clean.length}.`);
console.log(`False alarms: CrossWOZ validation agent turns (${crossVal.length}), turns with a model finding per 1,000.\n`);

const runs: Run[] = [];
const started = performance.now();
for (const [fraction, f] of FRACTIONS) {
  for (const seed of f >= 1 ? [0] : SEEDS) {
    const { part, sources: used } = subsample(f, seed);
    const model: LintModel = unpackModel(packModel(trainModel([...part.map((b) => ({ text: b.text, label: b.theme })), ...negatives], themes, TRAIN_DEFAULTS), SHIPPED_THRESHOLD, SHIPPED_PRUNE));
    const byModel = clean.map((b) => modelCatches(model, b, SHIPPED_THRESHOLD));
    const run: Run = {
      fraction,
      seed,
      positives: part.length,
      sources: used,
      model: byModel.filter(Boolean).length,
      union: byModel.filter((m, i) => m || rulesCaught[i]).length,
      falseAlarms: (1000 * crossVal.filter((t) => modelScores(model, t, SHIPPED_THRESHOLD).length > 0).length) / crossVal.length,
    };
    runs.push(run);
    console.log(
      `  run ${fraction.padEnd(3)} seed ${seed}: ${run.positives} positives from ${run.sources} sources; clean caught model ${run.model}, rules ∪ model ${run.union} of ${clean.length}; ` +
        `CrossWOZ val ${run.falseAlarms.toFixed(2)} per 1,000`,
    );
  }
}
console.log(`  (${runs.length} trainings)\n`);

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const span = (xs: readonly number[]) => (xs.length === 1 ? '' : ` (${Math.min(...xs)}–${Math.max(...xs)})`);
const pct = (n: number) => ((100 * n) / clean.length).toFixed(1);
console.log(`fraction  seeds  positives (mean, range)   sources  model alone of ${clean.length}        rules ∪ model of ${clean.length}      CrossWOZ val FA/1,000`);
for (const [fraction] of FRACTIONS) {
  const rs = runs.filter((r) => r.fraction === fraction);
  const pos = rs.map((r) => r.positives);
  const m = rs.map((r) => r.model);
  const u = rs.map((r) => r.union);
  const fa = rs.map((r) => r.falseAlarms);
  console.log(
    `${fraction.padEnd(10)}${String(rs.length).padEnd(7)}${`${mean(pos).toFixed(0)}${span(pos)}`.padEnd(26)}${mean(rs.map((r) => r.sources)).toFixed(0).padEnd(9)}` +
      `${`${mean(m).toFixed(1)}${span(m)} = ${pct(mean(m))}%`.padEnd(27)}${`${mean(u).toFixed(1)}${span(u)} = ${pct(mean(u))}%`.padEnd(27)}` +
      `${mean(fa).toFixed(2)}${rs.length === 1 ? '' : ` (${Math.min(...fa).toFixed(2)}–${Math.max(...fa).toFixed(2)})`}`,
  );
}

// Least squares over every run: recall (%) = a + b · log2(positives).
const xs = runs.map((r) => Math.log2(r.positives));
const ys = runs.map((r) => (100 * r.union) / clean.length);
const mx = mean(xs);
const my = mean(ys);
const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
const slope = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / sxx;
const intercept = my - slope * mx;
const ssRes = ys.reduce((s, y, i) => s + (y - intercept - slope * xs[i]!) ** 2, 0);
const ssTot = ys.reduce((s, y) => s + (y - my) ** 2, 0);
const ymSlope = (() => {
  // The same fit for the model alone, for comparison.
  const ym = runs.map((r) => (100 * r.model) / clean.length);
  const mym = mean(ym);
  return xs.reduce((s, x, i) => s + (x - mx) * (ym[i]! - mym), 0) / sxx;
})();
console.log(`\nLeast-squares fit over the ${runs.length} runs: rules ∪ model recall (% of ${clean.length}) = ${intercept.toFixed(2)} + ${slope.toFixed(2)} · log2(positives), R² ${(1 - ssRes / ssTot).toFixed(2)}`);
console.log(`  slope: ${slope.toFixed(2)} points per doubling of the positives (model alone: ${ymSlope.toFixed(2)})`);
if (slope > 0) {
  const need = 2 ** ((TARGET - intercept) / slope);
  console.log(
    `  EXTRAPOLATION of the fitted line, not a measurement: ${TARGET}% would need about ${need.toExponential(2)} positives ` +
      `(${(need / train.length).toExponential(2)} × the ${train.length} we have, ${((TARGET - (intercept + slope * Math.log2(train.length))) / slope).toFixed(1)} more doublings)`,
  );
} else {
  console.log(`  the fitted line does not rise: no amount of data of this kind reaches ${TARGET}% along it`);
}
// How well a line in log2 fits: the mean residual per fraction (a run of signs means the curve bends).
const residuals = FRACTIONS.map(([fraction]) => {
  const at = runs.map((r, i) => [r, i] as const).filter(([r]) => r.fraction === fraction);
  return `${fraction} ${mean(at.map(([, i]) => ys[i]! - intercept - slope * xs[i]!)).toFixed(2)}`;
});
console.log(`  mean residual per fraction (points): ${residuals.join(', ')}`);
{
  // The last doubling alone (fraction 1/2 → 1, means), and, for sensitivity, a line in the positives themselves.
  const at = (fraction: string) => runs.filter((r) => r.fraction === fraction);
  const half = at('1/2');
  const all = at('1');
  const dx = Math.log2(mean(all.map((r) => r.positives)) / mean(half.map((r) => r.positives)));
  const du = (100 * (mean(all.map((r) => r.union)) - mean(half.map((r) => r.union)))) / clean.length;
  const dm = (100 * (mean(all.map((r) => r.model)) - mean(half.map((r) => r.model)))) / clean.length;
  console.log(`  last doubling alone (1/2 → 1): rules ∪ model +${(du / dx).toFixed(2)} points per doubling (model alone +${(dm / dx).toFixed(2)})`);
  const ps = runs.map((r) => r.positives);
  const mp = mean(ps);
  const linSlope = ps.reduce((s, p, i) => s + (p - mp) * (ys[i]! - my), 0) / ps.reduce((s, p) => s + (p - mp) ** 2, 0);
  const linIntercept = my - linSlope * mp;
  const linRes = ys.reduce((s, y, i) => s + (y - linIntercept - linSlope * ps[i]!) ** 2, 0);
  console.log(
    `  sensitivity, a line in the positives themselves: ${linIntercept.toFixed(2)} + ${(100 * linSlope).toFixed(2)} points per 100 positives, R² ${(1 - linRes / ssTot).toFixed(2)}; ` +
      `EXTRAPOLATED, ${TARGET}% at about ${Math.round((TARGET - linIntercept) / linSlope)} positives (no sign it stays straight: recall is bounded)`,
  );
}
console.log(`(${Math.round((performance.now() - started) / 1000)} s)`);

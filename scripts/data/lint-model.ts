/**
 * Trains the lint model (src/lint-model/model.ts): multinomial logistic regression over hashed folded
 * character 1–3-grams and stance markers, plain SGD in a fixed, seeded order (same data → same weights, bit for bit),
 * then quantised to int8 and emitted as src/generated/lint-model.ts.
 *
 * Training data (nothing else):
 * - positives: the banned sentences of the TUNING splits of bench/data/banned-sentences.yaml
 *   ({@link TRAIN_SPLITS}), labelled by theme; the clean held-out splits heldout7, heldout8, heldout10 and heldout11 are never read
 *   here (heldout5 and heldout6 are tuning data since round 5: their misses were listed and the
 *   rules tuned on them);
 * - negatives (`none`): every phrase the bundled phrasebook says (zh-CN and zh-TW), every
 *   sentence of CrossWOZ's test-split agent turns (bench/data/crosswoz-test-sys.jsonl), the
 *   rules' `pass` examples that no rule flags (polite sentences sharing a banned one's words:
 *   {@link rulePassExamples}), and mined hard negatives: sentences of MultiWOZ-zh's machine-translated
 *   test-split agent turns that the model flagged at the shipped margin and no rule flags
 *   ({@link HARD_NEGATIVES}; the training splits of CrossWOZ and MultiWOZ-zh are not in their
 *   repositories' git, and MultiWOZ-zh's human-translated validation split stays for measuring).
 * CrossWOZ's validation split, MultiWOZ-zh and KdConv are kept for measuring (bench/lint-model.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checksum, forEachSentence, lastBuckets, modelScores, sentenceFeatures, toBase64, type LintModel, type PackedLintModel } from '../../src/lint-model/model.js';
import { mulberry32 } from '../lib/prng.js';

/**
 * The splits the model may learn from: the tuning ones (heldout..heldout4 are documented as
 * contaminated; heldout6 became tuning data in round 5; dev6 is round 5's tuning split; train8
 * is round 6's training batch for this model; r6adev, ccdev, r6bdev and r6cdev are round 6's
 * rule-tuning splits, joined in round 7, train9 is round 7's training batch, which the rules
 * measure for counts only, and train12 round 10's (379 sentences from 182 new sources, gathered for the model) — round 6's probes r6aprobe, ccprobe, r6bprobe and r6cprobe
 * stay out, as do the clean held-out splits).
 */
export const TRAIN_SPLITS: ReadonlySet<string> = new Set(['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'train8', 'r6adev', 'ccdev', 'r6bdev', 'r6cdev', 'train9', 'train12']);

/**
 * The clean held-out splits: never trained or tuned on, measured for counts only (bench/lint-model.ts
 * `--heldout`, bench/lint-model-curve.ts); heldout5 and heldout6 are tuning data since round 5.
 */
export const CLEAN_SPLITS: readonly string[] = ['heldout7', 'heldout8', 'heldout10', 'heldout11'];

/**
 * Mined hard negatives (round 6): the 134 distinct sentences the model trained with train8 flagged
 * at margin 1 in the agent turns of MultiWOZ-zh's machine-translated test split (343 of 7372 turns;
 * polite travel-desk questions rendered with 你: 你想预定吗？ 你要去哪里？), less the turns a rule
 * other than prefer-nin flags and three a reader judged banned-like (不知道 / 我不能 / 欢迎下次再来).
 * One JSON line each: the dialogue and turn it came from, and the sentence.
 */
export const HARD_NEGATIVES = 'bench/data/multiwoz-zh-test-hard-negatives.jsonl';

/** A banned sentence as bench/data/banned-sentences.yaml lists it. */
export interface BannedSentence {
  readonly text: string;
  readonly theme: string;
  readonly source: string;
  readonly split: string;
}

/** One training example: a text (scored as one sentence) and its class (`none` or a theme). */
export interface Example {
  readonly text: string;
  readonly label: string;
}

/** Training settings. */
export interface TrainOptions {
  readonly bits: number;
  readonly epochs: number;
  readonly rate: number;
  /** Total weight of the positives relative to the negatives'. */
  readonly positiveShare: number;
  readonly seed: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { bits: 12, epochs: 12, rate: 0.5, positiveShare: 0.6, seed: 17 };

/** The banned sentences of a banned-sentences file. */
export function loadBanned(file: string): BannedSentence[] {
  return (parse(readFileSync(file, 'utf8')) as { sentences: BannedSentence[] }).sentences;
}

/** The texts of a JSON-lines turn file (`{ text }` per line). */
export function loadTurns(file: string): Array<{ dialog: string; turn: number; text: string }> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { dialog: string; turn: number; text: string });
}

/** Every sentence of the texts, as `none` examples. */
export function negativeSentences(texts: readonly string[]): Example[] {
  const out: Example[] = [];
  for (const t of texts) forEachSentence(t, (s, e) => out.push({ text: t.slice(s, e), label: 'none' }));
  return out;
}

/** The linter the model is measured beside: the core rules and every bundled domain pack's. */
async function rulesLinter() {
  const { domainPacks } = await import('../../src/generated/packs/index.js');
  const { createLinter } = await import('../../src/lint/index.js');
  const packRules = domainPacks.flatMap((p) => [...(p.rules ?? [])]);
  return { linter: createLinter({ extend: packRules }), packRules };
}

/**
 * Whether the rules (core + domain packs) catch a banned sentence: a finding at warning or error of a
 * rule of the sentence's theme (as bench/lint-quality.ts counts a rule of the right theme).
 */
export async function rulesCatch(): Promise<(b: BannedSentence) => boolean> {
  const { linter } = await rulesLinter();
  const themeOf = new Map(linter.rules.map((r) => [r.id, r.theme as string | undefined]));
  return (b) => linter.lint(b.text).some((f) => f.severity !== 'info' && themeOf.get(f.ruleId) === b.theme);
}

/** Whether the model reports one of the sentence's sentences with its theme, at margin ≥ `threshold`. */
export function modelCatches(model: LintModel, b: BannedSentence, threshold: number): boolean {
  return modelScores(model, b.text, threshold).some((s) => s.theme === b.theme);
}

/**
 * Hard negatives: the `pass` examples of the core and domain-pack rules (polite sentences written
 * beside a banned one, sharing its words) that no rule flags at warning or error.
 */
export async function rulePassExamples(): Promise<string[]> {
  const { coreRuleReference: coreRules } = await import('../../src/generated/rules-reference.js');
  const { linter, packRules } = await rulesLinter();
  return [...coreRules, ...packRules].flatMap((r) => [...(r.examples?.pass ?? [])]).filter((t) => !linter.lint(t).some((f) => f.severity !== 'info'));
}

const rng = mulberry32;

/**
 * Trains a model on the examples: classes are `none` then the themes in `themes` order.
 * Deterministic: the same examples, themes and options give the same weights.
 */
export function trainModel(examples: readonly Example[], themes: readonly string[], options: TrainOptions = TRAIN_DEFAULTS): LintModel {
  const classes = ['none', ...themes];
  const index = new Map(classes.map((c, i) => [c, i]));
  const size = 1 << options.bits;
  const K = classes.length;
  const feats: Int32Array[] = [];
  const labels: number[] = [];
  let positives = 0;
  for (const ex of examples) {
    const y = index.get(ex.label);
    if (y === undefined) continue;
    const k = sentenceFeatures(ex.text, 0, ex.text.length, options.bits);
    feats.push(lastBuckets().slice(0, k));
    labels.push(y);
    if (y !== 0) positives++;
  }
  const negatives = labels.length - positives;
  const posWeight = positives === 0 ? 0 : (options.positiveShare * negatives) / positives;
  const w = new Float64Array(K * size);
  const b = new Float64Array(K);
  const order = Array.from({ length: feats.length }, (_, i) => i);
  const random = rng(options.seed);
  const p = new Float64Array(K);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = options.rate / (1 + epoch);
    for (const x of order) {
      const f = feats[x]!;
      const y = labels[x]!;
      const norm = f.length === 0 ? 0 : 1 / Math.sqrt(f.length);
      let max = -Infinity;
      for (let c = 0; c < K; c++) {
        let s = b[c]!;
        for (let i = 0; i < f.length; i++) s += w[c * size + f[i]!]! * norm;
        p[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < K; c++) sum += p[c] = Math.exp(p[c]! - max);
      const weight = (y === 0 ? 1 : posWeight) * rate;
      for (let c = 0; c < K; c++) {
        const g = (p[c]! / sum - (c === y ? 1 : 0)) * weight;
        if (g === 0) continue;
        b[c] = b[c]! - g * 0.1;
        const gn = g * norm;
        for (let i = 0; i < f.length; i++) w[c * size + f[i]!] = w[c * size + f[i]!]! - gn;
      }
    }
  }
  return { bits: options.bits, classes, weights: Float32Array.from(w), bias: Float32Array.from(b), threshold: 0 };
}

/** Quantises a model to int8 weights (one scale), with its threshold; weights of at most `prune` steps become 0. */
export function packModel(model: LintModel, threshold: number, prune = 0): PackedLintModel {
  let max = 0;
  for (const v of model.weights) max = Math.max(max, Math.abs(v));
  const scale = max === 0 ? 1 : max / 127;
  const q = new Int8Array(model.weights.length);
  for (let i = 0; i < q.length; i++) {
    const v = Math.round(model.weights[i]! / scale);
    q[i] = Math.abs(v) <= prune ? 0 : v;
  }
  const bytes = new Uint8Array(q.buffer);
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    bits: model.bits,
    classes: model.classes,
    weights: toBase64(bytes),
    scale: round(scale),
    bias: [...model.bias].map(round),
    threshold,
    checksum: checksum(bytes),
  };
}

/**
 * The margin from which the shipped model reports: the lowest with ≤ 1 false alarm per 1,000 CrossWOZ and
 * MultiWOZ-zh validation agent turns (bench/lint-model.ts; docs/lint.md). 1 until round 10; 1.5 with train12.
 */
export const SHIPPED_THRESHOLD = 1.5;
/** Int8 weights of at most this many steps are zeroed: 9.5 kB brotli instead of 30.8 kB, recall and false alarms within noise (docs/lint.md). */
export const SHIPPED_PRUNE = 8;

/** The training examples of the shipped model, from the repository's files. */
export async function shippedExamples(root: string): Promise<{ examples: Example[]; themes: string[] }> {
  const banned = loadBanned(join(root, 'bench/data/banned-sentences.yaml')).filter((b) => TRAIN_SPLITS.has(b.split));
  const themes = [...new Set(banned.map((b) => b.theme))].sort();
  const { domainPacks } = await import('../../src/generated/packs/index.js');
  const { createPhrasebook } = await import('../../src/phrasebook/index.js');
  const own = (['zh-CN', 'zh-TW'] as const).flatMap((locale) =>
    createPhrasebook({ packs: domainPacks, locale })
      .scenarios()
      .flatMap((s) => s.phrases.map((p) => p.texts[locale])),
  );
  const agent = loadTurns(join(root, 'bench/data/crosswoz-test-sys.jsonl')).map((t) => t.text);
  const hard = await rulePassExamples();
  const mined = loadTurns(join(root, HARD_NEGATIVES)).map((t) => t.text);
  return { examples: [...banned.map((b) => ({ text: b.text, label: b.theme })), ...negativeSentences([...own, ...agent, ...hard, ...mined])], themes };
}

/** The generated module of a packed model. */
export function modelModule(packed: PackedLintModel, trainedOn: number): string {
  return [
    "// This file is generated from bench/data (banned-sentences.yaml, crosswoz-test-sys.jsonl, multiwoz-zh-test-hard-negatives.jsonl), the bundled",
    "// phrases and the rules' pass examples by scripts/build-data.ts (scripts/data/lint-model.ts). Do not edit it by hand: run `npm run data`.",
    '/* eslint-disable */',
    "import type { PackedLintModel } from '../lint-model/index.js';",
    '',
    `/** The learned lint model: ${packed.classes.length} classes × ${1 << packed.bits} hashed n-gram weights (int8), trained on ${trainedOn} examples. */`,
    `export const packedLintModel: PackedLintModel = ${JSON.stringify(packed)};`,
    '',
  ].join('\n');
}

/** Runs the lint-model task: trains the shipped model and writes src/generated/lint-model.ts. */
export async function buildLintModel(): Promise<void> {
  const { ROOT } = await import('./load.js');
  const { writeGenerated } = await import('./emit.js');
  const { examples, themes } = await shippedExamples(ROOT);
  writeGenerated('lint-model.ts', modelModule(packModel(trainModel(examples, themes), SHIPPED_THRESHOLD, SHIPPED_PRUNE), examples.length));
}

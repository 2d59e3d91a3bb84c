/**
 * The learned lint model, opt-in: a small linear scorer of agent sentences by theme, trained on
 * banned sentences quoted from public service standards. Pass it to `createLinter({ model })`:
 * its findings (`model-<theme>`, warnings) follow the rules' findings. Its weights live in this
 * entry only: bundles that never import it do not carry them. Measured recall and false alarms:
 * docs/lint.md ("The learned model").
 *
 * @packageDocumentation
 */
import { packedLintModel } from '../generated/lint-model.js';
import type { LinterModel } from '../lint/index.js';
import { modelScores, sentenceScanner, unpackModel, type LintModel } from './model.js';

export type { LinterModel, ModelSentence } from '../lint/index.js';
export type { LintModel, PackedLintModel } from './model.js';

let decoded: LintModel | undefined;

/**
 * The built-in learned model, for `createLinter({ model: learnedModel() })`. Decoded once.
 *
 * @param threshold - the margin (best theme's logit over `none`'s) from which a sentence is
 *   reported; default the shipped one (1.5), the lowest with ≤ 1 false alarm per 1,000 agent turns of two
 *   task-dialogue corpora (docs/lint.md)
 * @returns a {@link LinterModel}
 * @example
 * ```ts
 * const linter = createLinter({ model: learnedModel() });
 * linter.lint('您好，请问有什么可以帮您？'); //=> []
 * linter.lint('这个我管不了，你去找别人').at(-1)?.ruleId; //=> 'model-deflection'
 * ```
 */
export function learnedModel(threshold?: number): LinterModel {
  const model = (decoded ??= unpackModel(packedLintModel));
  const t = threshold ?? model.threshold;
  return {
    scan: (text) => modelScores(model, text, t),
    scanner: (report) => sentenceScanner(model, t, report),
  };
}

import { HuashuError } from '../errors/index.js';
import type { CompiledScenario, CompiledStep } from '../catalogue/index.js';
import type { MatcherRef, MatcherTable } from './matchers.js';
import { stripTone } from '../vocab/index.js';

/** Looks a scenario up by id (the catalogue's, or a phrasebook's merged one). */
export type ScenarioLookup = (id: string) => CompiledScenario | undefined;

/** The spoken text of a step (`say`/`ask`), placeholders removed; `undefined` for other steps. */
function spoken(step: CompiledStep, scenario: CompiledScenario, lookup: ScenarioLookup): string | undefined {
  if (step.kind !== 'say' && step.kind !== 'ask') return undefined;
  let text: string | undefined = step.text;
  if (text === undefined && step.phrase !== undefined) {
    const hash = step.phrase.indexOf('#');
    const owner = hash <= 0 ? scenario : lookup(step.phrase.slice(0, hash));
    const id = hash < 0 ? 'default' : step.phrase.slice(hash + 1);
    text = owner?.phrases.find((p) => p.id === id)?.text;
  }
  return text === undefined ? undefined : stripTone(text.replace(/\{[^{}]*\}/g, ''));
}

/**
 * The order in which a scenario's procedure reaches each stage: its steps are read in order
 * (numbered groups and branches depth first), each spoken line is matched against the stages' phrase sets, and the
 * stages are sorted by where they first appear (step, then position in the line). So the script
 * and its audit share one source: reorder the steps and the audited order follows.
 *
 * @param scenario - the scenario whose `steps` define the procedure
 * @param stages - the stages' phrase lists, registered in `table`
 * @param table - the matcher table the stages were registered in
 * @param lookup - finds scenarios that steps refer to (`hold.reassure#default`)
 * @returns indices into `stages`, in procedure order (stages the procedure never reaches are left out)
 * @throws {@link HuashuError} `INVALID_RULE` when the scenario has no steps or reaches fewer than two stages
 */
export function procedureOrder(scenario: CompiledScenario, stages: readonly MatcherRef[], table: MatcherTable, lookup: ScenarioLookup): number[] {
  if (scenario.steps === undefined || scenario.steps.length === 0) {
    throw new HuashuError('INVALID_RULE', `audit: scenario "${scenario.id}" has no steps to derive a procedure from`);
  }
  const first = new Map<number, [number, number]>();
  let n = 0;
  // Depth-first over steps and branches, iteratively (nesting comes from pack data).
  const stack: Array<{ steps: readonly CompiledStep[]; i: number }> = [{ steps: scenario.steps, i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.steps.length) {
      stack.pop();
      continue;
    }
    const step = top.steps[top.i++]!;
    const text = spoken(step, scenario, lookup);
    if (text !== undefined) {
      const hits = table.scan(text);
      stages.forEach((stage, s) => {
        const found = hits.get(stage.id)?.[0];
        if (found !== undefined && !first.has(s)) first.set(s, [n, found.start]);
      });
    }
    n++;
    if (step.kind === 'ask' || step.kind === 'branch') {
      for (let b = step.branches.length - 1; b >= 0; b--) stack.push({ steps: step.branches[b]!.steps, i: 0 });
    } else if (step.kind === 'group') stack.push({ steps: step.steps, i: 0 });
  }
  const order = [...first.entries()].sort((a, b) => a[1][0] - b[1][0] || a[1][1] - b[1][1]).map(([s]) => s);
  if (order.length < 2) {
    throw new HuashuError(
      'INVALID_RULE',
      `audit: the steps of "${scenario.id}" reach ${order.length === 0 ? 'none' : `only ${stages[order[0]!]!.label}`} of the stages ${stages.map((s) => s.label).join(', ')}; an order needs two`,
    );
  }
  return order;
}

import { HuashuError } from '../errors/index.js';
import type { Condition } from '../schema/index.js';
import { isOpenCondition } from './machine.js';
import type { FilledBranch, FilledStep } from './types.js';

function matches(when: Condition, event: Condition): boolean {
  if ('reply' in when) return 'reply' in event && event.reply === when.reply;
  if ('flag' in when) return 'flag' in event && event.flag === when.flag;
  if ('elapsedOver' in when) return 'elapsedOver' in event && event.elapsedOver === when.elapsedOver;
  if ('otherwise' in when) return false; // { otherwise: true } in a path: none of the named conditions, so the otherwise branch
  return isOpenCondition(event) && event.text === when.text;
}

/**
 * The steps one run of a procedure goes through, in order, when what happens at its decisions is
 * `path`: at each `ask` or `branch` step the next condition of the path (the customer's reply,
 * a flag, a time limit passed) picks the branch whose steps come next in place. When no branch
 * matches, the `otherwise` branch is taken if there is one; once the path is used up, no branch
 * is (the customer did nothing the procedure answers). `ask` steps stay (they are said); `branch`
 * steps are replaced by what they lead to; a numbered group's steps come in its place. An open
 * condition (`{ text: '客户需要开发票' }`) is taken only when the path names it. This is what a voice bot or chat sends for that run:
 * `toSsml` and `toChat` take it as their `path` option.
 *
 * @param steps - filled steps (`stepsOf`, `literalSteps`)
 * @param path - the conditions met at each decision, in order
 * @returns the steps of that run, without branch steps
 * @throws HuashuError `INVALID_ARGUMENT` for a path entry that is not a condition
 * @example
 * ```ts
 * followPath(stepsOf('call.silent'), [{ reply: 'silent' }, { reply: 'silent' }]).map((s) => s.kind).join(' ');
 * //=> 'say wait say wait say wait action'
 * followPath(stepsOf('call.silent'), []).map((s) => s.kind).join(' '); //=> 'say wait'
 * ```
 */
export function followPath(steps: readonly FilledStep[], path: readonly Condition[]): FilledStep[] {
  path.forEach((event, i) => {
    if (typeof event !== 'object' || event === null || !('reply' in event || 'flag' in event || 'elapsedOver' in event || 'otherwise' in event || typeof (event as { text?: unknown }).text === 'string')) {
      throw new HuashuError('INVALID_ARGUMENT', `followPath: path[${i}] must be a condition such as { reply: 'silent' }, { flag: 'customer-anxious' }, { elapsedOver: 120 } or { text: '客户需要开发票' } (got ${JSON.stringify(event)})`);
    }
  });
  const out: FilledStep[] = [];
  let next = 0;
  // Iterative walk: a stack of lists still to go through, each with the index reached.
  const stack: Array<{ list: readonly FilledStep[]; i: number }> = [{ list: steps, i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { list: readonly FilledStep[]; i: number };
    const step = top.list[top.i++];
    if (step === undefined) {
      stack.pop();
      continue;
    }
    if (step.kind === 'group') {
      stack.push({ list: step.steps, i: 0 });
      continue;
    }
    if (step.kind !== 'ask' && step.kind !== 'branch') {
      out.push(step);
      continue;
    }
    if (step.kind === 'ask') out.push(step);
    const event = path[next];
    let chosen: FilledBranch | undefined;
    if (event !== undefined) {
      next++;
      chosen = step.branches.find((b) => matches(b.when, event)) ?? step.branches.find((b) => 'otherwise' in b.when);
    }
    if (chosen !== undefined) stack.push({ list: chosen.steps, i: 0 });
  }
  return out;
}

import type { ScenarioId } from '../generated/catalogue.js';
import { createCatalogue } from './catalogue.js';
import type { SayOptions } from './say-in.js';
import type { PhraseId, PhraseVariables, SayArgs, SayPhraseOptions } from './say.js';
import type { ScenarioGroup } from './types.js';

/** A `say` limited to some scenarios, with the same types as the core `say`. */
export interface SayFunction<Ids extends ScenarioId> {
  /** Says a named phrase of a scenario. */
  <I extends Ids, P extends PhraseId<I>>(id: I, vars: NoInfer<PhraseVariables<I, P>>, options: SayPhraseOptions<I, P>): string;
  /** Says a scenario's default phrase (or the first suited to `options.channel`). */
  <I extends Ids>(id: I, ...args: SayArgs<I>): string;
}

/** The scenario ids of some groups. */
export type GroupIds<G extends readonly ScenarioGroup[]> = G[number] extends ScenarioGroup<infer I> ? I & ScenarioId : never;

/**
 * Makes a `say` over only the categories given (`holdScenarios`, `closingScenarios`… from
 * huashu/catalogue), so that an app's bundle carries those phrases and not the whole catalogue.
 * It works as the core `say` does, with the same per-phrase variable types; an id from another
 * category is a type error (and an `UnknownScenarioError` at run time).
 *
 * @param groups - the categories to say, as exported by huashu/catalogue
 * @returns a `say` function over them
 * @example
 * ```ts
 * const sayHere = createSay(holdScenarios, closingScenarios);
 * sayHere('hold.explain', { minutes: 3 }, { phrase: 'ask-minutes' }); //=> '请问您方便稍等3分钟吗？我为您查询相关信息。'
 * sayHere('closing.summary', { business: '业务修改', duration: 2 });
 * //=> '刚才为您办理了业务修改，预计2个工作日内生效，结果会通过短信通知您。请问这样的处理您还满意吗？'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function createSay<const G extends readonly ScenarioGroup[]>(...groups: G): SayFunction<GroupIds<G>> {
  const catalogue = createCatalogue(groups.map((g) => ({ scenarios: g.scenarios })));
  return ((id: string, vars?: Readonly<Record<string, unknown>>, options?: SayOptions) => catalogue.say(id, vars, options)) as SayFunction<GroupIds<G>>;
}

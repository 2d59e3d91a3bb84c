import { createCatalogue, MissingTranslationError, type CompiledPack, type CompiledScenario, type CompiledStandard, type LocalizedPhrase, type LocalizedText, type PhraseOptions, type SayOptions, type ScenarioFilter, type SuggestionTextOptions } from '../catalogue/index.js';
import { resolveSuggestion, suggestionTextIn } from '../catalogue/internal.js';
import { HuashuError, isHuashuError } from '../errors/index.js';
import { localeOf, localizeText, type ConvertText } from '../locales/index.js';
import { DERIVED_LOCALES } from '../vocab/index.js';
import { corePack, type ScenarioId } from '../generated/catalogue.js';
import { domainPacks } from '../generated/packs/index.js';
import type { Channel, Locale } from '../vocab/index.js';
import { PackValidationError, type PackIssue } from '../schema/index.js';
import type { HolidayYear, PackInput } from '../schema/index.js';
import { addHolidaySchedule } from '../calendar/index.js';
import { scheduleDays } from '../calendar/internal.js';
import type { Phrase } from '../schema/index.js';
import { compilePack } from './compile.js';
import { createGreeter } from '../greetings/index.js';
import type { Greeter, GreeterOptions, Greeting, GreetOptions } from '../greetings/index.js';
import { honorific } from '../honorifics/index.js';
import type { CustomerValue, HonorificOptions } from '../honorifics/index.js';
import { createLinter } from '../lint/index.js';
import { roleSide } from '../lint/index.js';
import type { Finding, LintOptions, Linter, LinterModel, Suggestion, Turn } from '../lint/index.js';
import { coreRules } from '../generated/rules.js';
import { createAuditor } from '../audit/index.js';
import type { Auditor, AuditorOptions } from '../audit/index.js';
import type { Transcript, TranscriptTurn } from '../audit/index.js';
import type { Scorecard } from '../audit/index.js';
import type { Rule } from '../schema/index.js';
import type { ScenarioIdsOf } from './define-pack.js';
import type { PackLimits } from '../schema/index.js';
import { resolveLimits } from '../schema/internal.js';
import { loadPack } from './load-pack.js';
import { mergePacks } from './merge.js';
import type { StepsOptions } from '../steps/index.js';
import { fillScenarioSteps } from '../steps/internal.js';
import { startFlow as runSteps, type Flow, type FlowOptions } from '../steps/index.js';
import type { FilledStep } from '../steps/index.js';

/** A pack a phrasebook accepts: a built-in compiled pack, or a pack object (validated at creation). */
export type PackSource = CompiledPack | PackInput;

/** Converts zh-CN text to traditional script for users' packs (e.g. opencc-js), when they give no variants. */
export type { ConvertText } from '../locales/index.js';
export { MissingTranslationError } from '../catalogue/index.js';

/** Options of {@link createPhrasebook}. */
export interface PhrasebookOptions<Packs extends readonly PackSource[] = readonly PackSource[]> {
  /** Packs applied in order after the core pack; built-in packs named in `extends` are added first. */
  packs?: Packs | undefined;
  /** Start from the core pack (default `true`). */
  core?: boolean | undefined;
  /** Default output locale. Default `zh-CN`. */
  locale?: Locale | undefined;
  /** Default channel. */
  channel?: Channel | undefined;
  /** Variables bound to every phrase (brand, hotline…), below the call's own. */
  vars?: Readonly<Record<string, unknown>> | undefined;
  /** Traditional locales users' packs must provide (default: `locale` if traditional). */
  locales?: readonly Locale[] | undefined;
  /** Derives traditional text for users' packs' phrases without `variants`. */
  convert?: ConvertText | undefined;
  /** Limits on untrusted pack input. */
  limits?: Partial<PackLimits> | undefined;
  /** Default IANA time zone for calendar-aware features. Default `Asia/Shanghai`. */
  timeZone?: string | undefined;
  /**
   * Ids of lint rules to leave out, as `createLinter({ disable })` does: before matching, so a
   * disabled rule never hides another rule's finding. An id that no rule has is an error.
   */
  disable?: readonly string[] | undefined;
  /**
   * A learned scorer for `lint` and `audit` (`learnedModel()` from `huashu/lint-model`), as
   * `createLinter({ model })` takes it: sentences it scores as banned are reported as
   * `model-<theme>` warnings after the rules' findings. Default: none (rules only).
   */
  model?: LinterModel | undefined;
}

/** Merged packs with the catalogue functions bound to them. */
export interface Phrasebook<Id extends string = ScenarioId> {
  /** Ids of the packs applied, in order. */
  readonly packs: readonly string[];
  /** Merged variable defaults (pack defaults, then `vars`). */
  readonly defaults: Readonly<Record<string, unknown>>;
  readonly locale: Locale;
  readonly channel: Channel | undefined;
  readonly timeZone: string;
  /** The merged scenarios, optionally by category or channel. */
  scenarios(filter?: ScenarioFilter): readonly CompiledScenario[];
  /** One merged scenario. @throws UnknownScenarioError */
  getScenario(id: Id): CompiledScenario;
  /** A scenario's phrases in a locale (default: the phrasebook's). */
  phrasesOf(id: Id, options?: PhraseOptions): LocalizedPhrase[];
  /** Says a scenario's phrase with the phrasebook's defaults. */
  say(id: Id, vars?: Readonly<Record<string, unknown>>, options?: SayOptions): string;
  /** The merged service standards. */
  standards(): readonly CompiledStandard[];
  /** A merged scenario's procedure with its phrases filled (locale/channel default to the phrasebook's). */
  stepsOf(id: Id, options?: StepsOptions): FilledStep[];
  /** Starts a flow over a merged scenario's procedure (or over filled steps). */
  startFlow(source: Id | readonly FilledStep[], options?: FlowOptions): Flow;
  /**
   * Greets with the packs' greeting occasions and wording (later packs win), the phrasebook's
   * locale, channel, time zone and `brand` (from `vars` or a pack's defaults) as defaults. Unlike
   * the standalone `greet`, `customer` may be a customer object, addressed with `honorific()`.
   */
  greet(options?: PhrasebookGreetOptions): Greeting;
  /**
   * Lints a text or transcript with the merged packs' rules (core rules, then each pack's, by
   * id). In a transcript, common role names count as the agent (`Agent`, `客服`, `坐席`,
   * `seller`…) or the customer (`Customer`, `客户`, `买家`…), in the turns and in `roles`.
   */
  lint(input: string | readonly Turn[], options?: LintOptions): Finding[];
  /**
   * Audits a call or chat with the built-in checks and the packs' audit sections (in pack order),
   * measured against the merged standards, procedures from the merged scenarios, the merged lint
   * rules, the phrasebook's variables (`brand`) and channel. Options add to these.
   */
  audit(transcript: Transcript | readonly TranscriptTurn[], options?: AuditorOptions): Scorecard;
  /** The auditor `audit` uses (compiled once), or a new one with extra options, for live calls (`stream()`). */
  auditor(options?: AuditorOptions): Auditor;
  /** The lint rules in force: core rules, then each pack's (by id), less `disable`. */
  rules(): readonly Rule[];
  /**
   * The text of a lint finding's suggestion, said with this phrasebook's scenarios and variables
   * to a customer with the values the suggestion `needs`.
   * @throws {@link MissingVariableError} naming a variable in `needs` that was not given
   */
  suggestionText(suggestion: Suggestion, options?: SuggestionTextOptions): string;
}

/**
 * Options of a phrasebook's `greet`: those of `greet`, with `customer` also a customer object
 * (`{ surname: '王', gender: 'female' }`, `{ fullName: '欧阳娜娜' }`) addressed with `honorific()`
 * in the greeting's locale, and that function's options.
 */
export interface PhrasebookGreetOptions extends Omit<GreetOptions, 'customer'> {
  /** The address (`'王女士'`) or a customer object to address. */
  customer?: CustomerValue | undefined;
  /** How `honorific()` addresses a customer object (女士 or 小姐, unknown gender, no surname). */
  honorific?: Omit<HonorificOptions, 'locale'> | undefined;
}

const BUILT_IN: ReadonlyMap<string, CompiledPack> = new Map([corePack, ...domainPacks].map((p) => [p.id, p]));

function isBuiltIn(pack: PackSource): pack is CompiledPack {
  return typeof pack === 'object' && pack !== null && BUILT_IN.get(pack.id) === pack;
}

/**
 * Creates a phrasebook: the core pack, the bundled domain packs a pack extends, and your packs,
 * merged in order (add, override by id, patch, remove — see docs/packs.md), validated with the
 * same schema as the built-in data and cross-checked across packs. Inputs are never modified.
 *
 * @param options - packs, default locale/channel/variables, converter for traditional text
 * @returns the phrasebook
 * @throws {@link PackValidationError} listing every problem with its pack and path
 * @example
 * ```ts
 * const book = createPhrasebook({ packs: [{ id: 'acme', defaults: { brand: '阿克米' } }] });
 * book.packs; //=> ['core', 'acme']
 * book.say('hold.explain', { customer: '王女士' });
 * //=> '很抱歉，王女士，我帮您查询一下，请您稍等片刻，谢谢！'
 * ```
 */
export function createPhrasebook<const Packs extends readonly PackSource[] = []>(
  options: PhrasebookOptions<Packs> = {},
): Phrasebook<ScenarioId | ScenarioIdsOf<Packs[number]>> {
  const locale = localeOf(options.locale);
  const limits = resolveLimits(options.limits, 'createPhrasebook: limits');
  const locales = new Set<Locale>(options.locales === undefined ? (locale === 'zh-CN' ? [] : [locale]) : options.locales.map((l) => localeOf(l)));
  const issues: PackIssue[] = [];
  const ordered: CompiledPack[] = [];
  const applied = new Set<string>();
  const packRules: Rule[] = [];
  const schedules: HolidayYear[] = [];

  const add = (pack: CompiledPack) => {
    ordered.push(pack);
    applied.add(pack.id);
    packRules.push(...(pack.rules ?? []));
  };
  if (options.core !== false) add(corePack);

  (options.packs ?? []).forEach((source, index) => {
    let compiled: CompiledPack;
    if (isBuiltIn(source)) compiled = source;
    else {
      try {
        const pack = loadPack(source, { limits });
        compiled = compilePack(pack, runtimeDerive(options.convert));
      } catch (error) {
        if (error instanceof PackValidationError) {
          issues.push(...error.issues.map((i) => ({ ...i, path: i.path, pack: i.pack ?? `packs[${index}]` })));
          return;
        }
        throw error;
      }
      const phraseLists: Array<[string, Array<string | number>, ReadonlyArray<{ id: string; texts: LocalizedText }>]> = [
        ...compiled.scenarios.map((s, si) => [s.id, ['scenarios', si], s.phrases] as [string, Array<string | number>, CompiledScenario['phrases']]),
        ...(compiled.patches ?? []).map((p, pi) => [p.id, ['patches', pi], p.phrases ?? []] as [string, Array<string | number>, CompiledScenario['phrases']]),
      ];
      for (const [scenarioId, path, phrases] of phraseLists) {
        phrases.forEach((p, pi) => {
          for (const l of DERIVED_LOCALES) {
            if (p.texts[l] === '' && locales.has(l)) {
              issues.push({ pack: compiled.id, path: [...path, 'phrases', pi, 'variants', l], message: `no ${l} text: add variants.${l} or pass convert to createPhrasebook` });
            }
          }
        });
      }
    }
    for (const base of compiled.extends) {
      if (applied.has(base)) continue;
      const builtIn = BUILT_IN.get(base);
      if (builtIn === undefined) {
        issues.push({ pack: compiled.id, path: ['extends'], message: `extends "${base}", which is neither built in (${[...BUILT_IN.keys()].join(', ')}) nor among the packs before it` });
      } else add(builtIn);
    }
    if (applied.has(compiled.id)) issues.push({ pack: compiled.id, path: ['id'], message: `pack id "${compiled.id}" is used twice` });
    (compiled.holidays ?? []).forEach((schedule, si) => {
      // the pack's schema has checked its shape (loadPack); the days are checked here
      const checked = scheduleDays(schedule.year, schedule);
      if (Array.isArray(checked)) issues.push(...checked.map((i) => ({ pack: compiled.id, path: ['holidays', si, ...i.path], message: i.message })));
      else schedules.push(schedule);
    });
    add(compiled);
  });
  if (issues.length > 0) throw new PackValidationError(issues);
  for (const schedule of schedules) addHolidaySchedule(schedule.year, schedule);

  const merged = mergePacks(ordered, { rules: options.core === false ? [] : coreRules });
  const ruleIds = new Set([...(options.core === false ? [] : coreRules), ...packRules].map((r) => r.id));
  const unknownRules = (options.disable ?? []).filter((id) => !ruleIds.has(id));
  if (unknownRules.length > 0) {
    throw new HuashuError('INVALID_ARGUMENT', `createPhrasebook: disable names no rule: ${unknownRules.map((id) => `"${id}"`).join(', ')} (rules: ${[...ruleIds].sort().join(', ')})`);
  }
  let linter: Linter | undefined;
  // Rules' suggestions are resolved through this phrasebook's catalogue (its scenarios and vars).
  const suggestionTable = (rules: readonly Rule[]): Record<string, Suggestion> => {
    const table: Record<string, Suggestion> = {};
    for (const rule of rules) for (const ref of rule.suggestions ?? []) if (!Object.hasOwn(table, ref)) table[ref] = resolveSuggestion(catalogue, ref);
    return table;
  };
  const compiledLinter = () => {
    if (linter === undefined) {
      const rules = [...(options.core === false ? [] : coreRules), ...packRules];
      linter = createLinter({ rules: options.core === false ? [] : coreRules, extend: packRules, disable: options.disable, suggestions: suggestionTable(rules), model: options.model });
    }
    return linter;
  };
  let greeter: Greeter | undefined;
  // Users' rules and greetings are compiled now, not at the first lint or greet: whatever would
  // make those calls throw (a pattern that is only punctuation, an unknown greeting slot) is a
  // problem of the packs, reported here with the pack that brought it.
  const userPacks = ordered.filter((p) => !BUILT_IN.has(p.id) || BUILT_IN.get(p.id) !== p);
  const compileIssues: PackIssue[] = [];
  const compileCheck = (pack: string, path: Array<string | number>, run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (!isHuashuError(error)) throw error;
      compileIssues.push({ pack, path, message: error.message });
    }
  };
  for (const pack of userPacks) {
    if ((pack.rules ?? []).length > 0) compileCheck(pack.id, ['rules'], () => createLinter({ rules: pack.rules ?? [] }).lint(''));
    if (pack.greetings !== undefined) compileCheck(pack.id, ['greetings'], () => packGreeter([...ordered.filter((p) => BUILT_IN.get(p.id) === p), pack], options.convert));
  }
  if (compileIssues.length > 0) throw new PackValidationError(compileIssues);
  const catalogue = createCatalogue<string>(merged, { vars: options.vars, locale, channel: options.channel });
  const { defaults } = catalogue;
  const get = catalogue.getScenario;

  let bookAuditor: Auditor | undefined;
  let scenarioById: ReadonlyMap<string, CompiledScenario> | undefined;
  const auditorFor = (extra: AuditorOptions | undefined): Auditor => {
    const stringVars = Object.fromEntries(Object.entries(defaults).filter((e): e is [string, string] => typeof e[1] === 'string'));
    const lookup = (id: string) => (scenarioById ??= new Map(merged.scenarios.map((s) => [s.id, s]))).get(id);
    const rules = compiledLinter().rules;
    const base: AuditorOptions = {
      core: options.core !== false,
      sections: ordered.flatMap((p) => (p.audit === undefined ? [] : [p.audit])),
      standards: merged.standards,
      scenarios: lookup,
      rules,
      vars: stringVars,
      channel: options.channel,
      model: options.model,
    };
    if (extra === undefined) return (bookAuditor ??= createAuditor(base));
    return createAuditor({
      ...base,
      ...extra,
      sections: [...(base.sections ?? []), ...(extra.sections ?? [])],
      vars: { ...stringVars, ...extra.vars },
    });
  };

  // Users' audit checks are compiled now too: an unknown phrase set, standard or scenario, or a
  // procedure whose scenario's steps reach too few stages, is reported with the pack and check.
  if (userPacks.some((p) => p.audit !== undefined)) {
    try {
      auditorFor(undefined);
    } catch (error) {
      if (!isHuashuError(error)) throw error;
      const id = /^check "([^"]+)"/.exec(error.message)?.[1];
      const owner = [...userPacks].reverse().find((p) => p.audit?.checks?.some((c) => c.id === id)) ?? userPacks.find((p) => p.audit !== undefined)!;
      const index = owner.audit?.checks?.findIndex((c) => c.id === id) ?? -1;
      throw new PackValidationError([{ pack: owner.id, path: index >= 0 ? ['audit', 'checks', index] : ['audit'], message: error.message }]);
    }
  }

  const stepsOf = (id: string, stepOptions: StepsOptions = {}): FilledStep[] =>
    fillScenarioSteps(
      get(id),
      { ...stepOptions, locale: localeOf(stepOptions.locale, locale), channel: stepOptions.channel ?? options.channel },
      { lookup: get, defaults },
    );

  return {
    packs: merged.packs,
    defaults,
    locale,
    channel: options.channel,
    timeZone: options.timeZone ?? 'Asia/Shanghai',
    scenarios: catalogue.scenarios,
    getScenario: get,
    phrasesOf: catalogue.phrasesOf,
    say: catalogue.say,
    standards: catalogue.standards,
    stepsOf,
    startFlow: (source, flowOptions = {}) => runSteps(typeof source === 'string' ? stepsOf(source, flowOptions) : source, flowOptions),
    greet(greetOptions = {}) {
      greeter ??= packGreeter(ordered, options.convert);
      const brand = options.vars?.['brand'] ?? [...ordered].reverse().find((p) => p !== corePack && p.defaults['brand'] !== undefined)?.defaults['brand'];
      const { customer, honorific: honorificOptions, ...rest } = greetOptions;
      const given: GreetOptions = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
      if (customer !== undefined && typeof customer === 'object' && customer !== null) {
        given.customer = honorific(customer, { ...honorificOptions, locale: localeOf(given.locale, locale) });
        if (given.gender === undefined && customer.gender !== undefined) given.gender = customer.gender;
      } else if (customer !== undefined) given.customer = customer;
      return greeter({ locale, channel: options.channel, timeZone: options.timeZone, ...(typeof brand === 'string' ? { brand } : {}), ...given });
    },
    lint(input, lintOptions) {
      if (typeof input === 'string') return compiledLinter().lint(input, lintOptions);
      // Role names apps use for the two sides (Agent, 客服, 坐席, seller…; Customer, 客户…) count
      // as `agent` and `customer`, in the turns and in `roles` alike.
      const side = (role: string) => (typeof role === 'string' ? (roleSide(role) ?? role) : role);
      const turns = Array.isArray(input) ? input.map((t: Turn) => (typeof t === 'object' && t !== null ? { ...t, role: side(t.role) } : t)) : input;
      const roles = lintOptions?.roles?.map(side);
      return compiledLinter().lint(turns as readonly Turn[], roles === undefined ? lintOptions : { ...lintOptions, roles });
    },
    audit(transcript, auditOptions) {
      return auditorFor(auditOptions).audit(transcript);
    },
    auditor: (auditOptions) => auditorFor(auditOptions),
    rules: () => compiledLinter().rules,
    suggestionText: (suggestion, textOptions) => suggestionTextIn(catalogue, suggestion, textOptions),
  };
}

const MAPS = new Set(['slots', 'festivals', 'holidays', 'breaks', 'channels']);

/** A greeter with the packs' greetings sections merged in order (occasions by id, wording by key). */
function packGreeter(packs: readonly CompiledPack[], convert: ConvertText | undefined): Greeter {
  const occasions = new Map<string, NonNullable<NonNullable<CompiledPack['greetings']>['occasions']>[number]>();
  const wording: Record<string, unknown> = {};
  for (const pack of packs) {
    for (const o of pack.greetings?.occasions ?? []) occasions.set(o.id, o);
    for (const [key, value] of Object.entries(pack.greetings?.wording ?? {})) {
      const old = wording[key];
      wording[key] = MAPS.has(key) && typeof old === 'object' ? { ...(old as object), ...(value as object) } : value;
    }
  }
  return createGreeter({ occasions: [...occasions.values()], wording: wording as GreeterOptions['wording'], convert });
}

function runtimeDerive(convert: ConvertText | undefined) {
  return (text: string, variants: Phrase['variants']): LocalizedText => localizeText(text, variants, convert);
}


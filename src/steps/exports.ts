import { conditionWords, REPLY_WORDS, ACTION_WORDS } from './words.js';
import { toXStateConfig, type XStateStateConfig } from './xstate.js';
import { isOpenCondition } from './machine.js';
import type { FilledStep } from './types.js';
import type { ReplyIntent } from '../schema/step.js';

/** One state of the step machine, with its transitions by event name (see `toXStateConfig`). */
interface Node {
  readonly key: string;
  readonly step: FilledStep;
  readonly on: Readonly<Record<string, string>>;
  readonly after?: { readonly ms: number; readonly to: string } | undefined;
}

/** The step machine's states in document order: every export below reads the same transitions. */
function nodesOf(steps: readonly FilledStep[]): { initial: string; nodes: Node[] } {
  const config = toXStateConfig(steps);
  const nodes: Node[] = [];
  for (const [key, state] of Object.entries(config.states)) {
    if (!('meta' in state)) continue;
    const s = state as XStateStateConfig;
    const after = s.after === undefined ? undefined : Object.entries(s.after)[0];
    nodes.push({ key, step: s.meta.step, on: s.on ?? {}, after: after === undefined ? undefined : { ms: Number(after[0]), to: after[1] } });
  }
  return { initial: config.initial, nodes };
}

/** What a transition's event means, in words (zh), for edge labels. */
function eventWords(event: string): string {
  if (event === 'DONE') return '';
  if (event === 'REPLY.*') return '其他回答';
  if (event.startsWith('REPLY.')) return REPLY_WORDS[event.slice(6) as ReplyIntent] ?? event.slice(6);
  if (event.startsWith('FLAG.')) return conditionWords({ flag: event.slice(5) as never });
  if (event.startsWith('ELAPSED.')) return conditionWords({ elapsedOver: Number(event.slice(8)) });
  if (event.startsWith('COND.')) return event.slice(5);
  if (event.startsWith('NOT.')) return `否：${event.slice(4)}`;
  return event;
}

/** A step as one short line (zh): what is said, waited for or done. */
function stepWords(step: FilledStep): string {
  switch (step.kind) {
    case 'say':
      return `说：${step.text}`;
    case 'ask':
      return `问：${step.text}`;
    case 'wait':
      return 'seconds' in step ? `停顿${step.seconds}秒` : '等客户回答';
    case 'branch':
      return `视情况：${step.branches.map((b) => conditionWords(b.when)).join(' / ')}`;
    case 'action':
      return ACTION_WORDS[step.action] + (step.target === undefined ? '' : `（${step.target}）`);
    case 'note':
      return `（${step.text}）`;
    case 'group':
      return step.label ?? '';
  }
}

/** Mermaid label text: quotes and markup characters as entity codes, line breaks folded. */
function mermaidText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[#"<>&|`{}[\]()]/g, (c) => `#${c.codePointAt(0)};`);
}

/**
 * Renders steps as a Mermaid flowchart (`flowchart TD`): a node a step (said lines as
 * rectangles, waits as rounded, branches as decisions, actions as subroutines, notes as
 * parallelograms), edges labelled with the reply, flag, time limit or open condition that takes
 * them, read from the same step machine as `startFlow`. Labels are escaped (`#quot;`…), so no
 * text can break the chart.
 *
 * @param steps - filled steps
 * @returns the Mermaid source
 * @example
 * ```ts
 * toMermaid([{ kind: 'say', text: '您好', toned: '您好' }]);
 * //=> 'flowchart TD\n  start(((开始))) --> s0\n  s0["说：您好"]\n  s0 --> done\n  done(((结束)))'
 * ```
 */
export function toMermaid(steps: readonly FilledStep[]): string {
  const { initial, nodes } = nodesOf(steps);
  const lines = ['flowchart TD', `  start(((开始))) --> ${initial}`];
  for (const node of nodes) {
    const label = `"${mermaidText(stepWords(node.step))}"`;
    const kind = node.step.kind;
    const shape =
      kind === 'branch' || kind === 'ask' ? `{${label}}` : kind === 'wait' ? `(${label})` : kind === 'action' ? `[[${label}]]` : kind === 'note' ? `[/${label}/]` : `[${label}]`;
    lines.push(`  ${node.key}${shape}`);
    // One edge per target, its labels joined (several replies often lead the same way).
    const byTarget = new Map<string, string[]>();
    for (const [event, to] of Object.entries(node.on)) byTarget.set(to, [...(byTarget.get(to) ?? []), eventWords(event)]);
    if (node.after !== undefined) byTarget.set(node.after.to, [...(byTarget.get(node.after.to) ?? []), `${node.after.ms / 1000}秒后`]);
    for (const [to, labels] of byTarget) {
      const words = labels.filter((l) => l !== '');
      lines.push(words.length === 0 ? `  ${node.key} --> ${to}` : `  ${node.key} -->|"${mermaidText(words.join(' / '))}"| ${to}`);
    }
  }
  lines.push('  done(((结束)))');
  return lines.join('\n');
}

/** Options of the contact-centre exports. */
export interface FlowExportOptions {
  /** Description (Twilio) or flow name. Default `huashu script`. */
  name?: string | undefined;
  /** Language of speech and recognition. Default `zh-CN`. */
  language?: string | undefined;
  /** Twilio voice. Default `Polly.Zhiyu` (Mandarin). */
  voice?: string | undefined;
}

/** Words a caller may say for each reply intent, for speech matching (Twilio split conditions). */
const REPLY_SPEECH: Partial<Record<ReplyIntent, string>> = {
  agree: '可以,好的,好,行,同意,没问题',
  decline: '不用,不要,算了,不行,不同意',
  thanks: '谢谢,感谢',
  'no-more': '没有了,不需要,没事了',
  more: '还有,另外',
};

/** A Twilio Studio widget (state) of a flow definition. */
export interface TwilioState {
  readonly name: string;
  readonly type: string;
  readonly transitions: ReadonlyArray<{ readonly event: string; readonly next?: string | undefined; readonly conditions?: readonly unknown[] }>;
  readonly properties: Readonly<Record<string, unknown>>;
}

/** A Twilio Studio flow definition (schema `https://schemas.twilio.com/studio/draft/2019-09/flow-definition`). */
export interface TwilioFlowDefinition {
  readonly description: string;
  readonly states: readonly TwilioState[];
  readonly initial_state: string;
  readonly flags: { readonly allow_concurrent_calls: boolean };
}

/**
 * Exports steps as a Twilio Studio flow definition (JSON for the Flows REST API or the
 * console's import): said lines become `say-play` widgets (Chinese text, a Polly voice), timed
 * waits `say-play` widgets whose SSML is one `<break>`, waits for the reply and asks
 * `gather-input-on-call` (speech) followed by a `split-based-on` over the recognised words,
 * silence taking the gather's `timeout`; flags and open conditions `split-based-on` a flow
 * variable of that name that your app sets (`equal_to "true"`); a hang-up ends the flow. The
 * transitions are the step machine's (see `toXStateConfig`), so the flow takes the same
 * branches as `startFlow`.
 *
 * @param steps - filled steps
 * @param options - description, language, voice
 * @returns the flow definition
 * @example
 * ```ts
 * toTwilioStudio([{ kind: 'say', text: '您好', toned: '您好' }]).states.map((s) => s.type); //=> ['trigger', 'say-play']
 * ```
 */
export function toTwilioStudio(steps: readonly FilledStep[], options: FlowExportOptions = {}): TwilioFlowDefinition {
  const { initial, nodes } = nodesOf(steps);
  const language = options.language ?? 'zh-CN';
  const voice = options.voice ?? 'Polly.Zhiyu';
  const next = (to: string | undefined) => (to === undefined || to === 'done' ? undefined : to);
  const states: TwilioState[] = [
    {
      name: 'Trigger',
      type: 'trigger',
      transitions: [{ event: 'incomingMessage' }, { event: 'incomingCall', ...(next(initial) === undefined ? {} : { next: initial }) }, { event: 'incomingRequest' }],
      properties: { offset: { x: 0, y: 0 } },
    },
  ];
  const offset = (i: number) => ({ x: 0, y: 200 * (i + 1) });
  nodes.forEach((node, i) => {
    const step = node.step;
    const on = node.on;
    const replies = Object.keys(on).some((e) => e.startsWith('REPLY.'));
    const link = (event: string, to: string | undefined) => ({ event, ...(next(to) === undefined ? {} : { next: next(to) }) });
    if ((step.kind === 'wait' && !('seconds' in step)) || step.kind === 'ask' || (replies && step.kind === 'branch')) {
      // Gather speech, then split on what was said.
      const split = `${node.key}_split`;
      const input = `{{widgets.${node.key}.SpeechResult}}`;
      const conditions = Object.entries(on)
        .filter(([e]) => e.startsWith('REPLY.') && e !== 'REPLY.*' && e !== 'REPLY.silent' && REPLY_SPEECH[e.slice(6) as ReplyIntent] !== undefined)
        .map(([e, to]) => ({
          ...link('match', to),
          conditions: [{ friendly_name: e, arguments: [input], type: 'matches_any_of', value: REPLY_SPEECH[e.slice(6) as ReplyIntent] as string }],
        }));
      states.push({
        name: node.key,
        type: 'gather-input-on-call',
        transitions: [link('keypress', split), link('speech', split), link('timeout', on['REPLY.silent'] ?? on['REPLY.*'])],
        properties: { ...(step.kind === 'ask' ? { say: step.text, voice, language } : {}), input: 'speech', speech_timeout: 'auto', timeout: 5, speech_language: language, offset: offset(i) },
      });
      states.push({ name: split, type: 'split-based-on', transitions: [link('noMatch', on['REPLY.*']), ...conditions], properties: { input, offset: { x: 300, y: 200 * (i + 1) } } });
      return;
    }
    if (step.kind === 'branch') {
      const conditions: Array<TwilioState['transitions'][number]> = [];
      let noMatch = on['DONE'];
      for (const b of step.branches) {
        const c = b.when;
        const variable = 'flag' in c ? c.flag : isOpenCondition(c) ? c.text : 'elapsedOver' in c ? `elapsed_over_${c.elapsedOver}` : undefined;
        const event = 'flag' in c ? `FLAG.${c.flag}` : isOpenCondition(c) ? `COND.${c.text}` : 'elapsedOver' in c ? `ELAPSED.${c.elapsedOver}` : undefined;
        if (isOpenCondition(c)) noMatch = on[`NOT.${c.text}`];
        if (variable === undefined || event === undefined) continue;
        conditions.push({
          ...link('match', on[event]),
          conditions: [{ friendly_name: variable, arguments: [`{{flow.variables.${variable}}}`], type: 'equal_to', value: 'true' }],
        });
      }
      states.push({ name: node.key, type: 'split-based-on', transitions: [link('noMatch', noMatch), ...conditions], properties: { input: '{{flow.variables}}', offset: offset(i) } });
      return;
    }
    const done = on['DONE'];
    if (step.kind === 'say') {
      states.push({ name: node.key, type: 'say-play', transitions: [link('audioComplete', done)], properties: { say: step.text, voice, language, loop: 1, offset: offset(i) } });
    } else if (step.kind === 'wait' && 'seconds' in step) {
      states.push({
        name: node.key,
        type: 'say-play',
        transitions: [link('audioComplete', done)],
        properties: { say: `<speak><break time="${step.seconds}s"/></speak>`, voice, language, loop: 1, offset: offset(i) },
      });
    } else if (step.kind === 'action' && step.action === 'hang-up') {
      // A transition without `next` ends the execution (and the call): a hang-up is the end.
      states.push({ name: node.key, type: 'set-variables', transitions: [{ event: 'next' }], properties: { variables: [{ key: 'huashu_action', value: step.action }], offset: offset(i) } });
    } else {
      // Actions and notes are for the agent: kept as a variable the app can read, then on.
      const value = step.kind === 'action' ? step.action : step.kind === 'note' ? step.text : '';
      states.push({ name: node.key, type: 'set-variables', transitions: [link('next', done)], properties: { variables: [{ key: `huashu_${step.kind}`, value }], offset: offset(i) } });
    }
  });
  return { description: options.name ?? 'huashu script', states, initial_state: 'Trigger', flags: { allow_concurrent_calls: true } };
}

/** An action of an Amazon Connect flow (Flow language, version 2019-10-30). */
export interface ConnectAction {
  readonly Identifier: string;
  readonly Type: string;
  readonly Parameters: Readonly<Record<string, unknown>>;
  readonly Transitions: {
    readonly NextAction?: string | undefined;
    readonly Conditions?: ReadonlyArray<{ readonly NextAction: string; readonly Condition: { readonly Operator: string; readonly Operands: readonly string[] } }>;
    readonly Errors?: ReadonlyArray<{ readonly NextAction: string; readonly ErrorType: string }>;
  };
}

/** An Amazon Connect contact flow in the Flow language. */
export interface ConnectFlow {
  readonly Version: '2019-10-30';
  readonly StartAction: string;
  readonly Metadata: Readonly<Record<string, unknown>>;
  readonly Actions: readonly ConnectAction[];
}

/**
 * Exports steps as an Amazon Connect contact flow in the Flow language (version 2019-10-30, for
 * `CreateContactFlow`): said lines become `MessageParticipant` (Text), timed waits
 * `MessageParticipant` with SSML `<break>`, waits for the reply and asks `GetParticipantInput`
 * (silence: `InputTimeLimitExceeded`; reply intents: DTMF choices 1, 2… in branch order;
 * anything else: `NoMatchingCondition`), flags and open conditions `Compare` on a contact
 * attribute your app sets (`$.Attributes.<name>` equal to `true`), a hang-up
 * `DisconnectParticipant`. Transitions are the step machine's, as in `startFlow`.
 *
 * @param steps - filled steps
 * @param options - flow name, language
 * @returns the flow
 * @example
 * ```ts
 * toAmazonConnect([{ kind: 'say', text: '您好', toned: '您好' }]).Actions.map((a) => a.Type); //=> ['MessageParticipant', 'DisconnectParticipant']
 * ```
 */
export function toAmazonConnect(steps: readonly FilledStep[], options: FlowExportOptions = {}): ConnectFlow {
  const { initial, nodes } = nodesOf(steps);
  const END = 'done';
  // Identifiers are at most 50 characters: deep keys (s0_b1_s2_b0_…) become short ones.
  const ids = new Map<string, string>();
  nodes.forEach((n, i) => ids.set(n.key, n.key.length <= 40 ? n.key : `n${i}`));
  const idOf = (key: string) => ids.get(key) ?? key;
  const actions: ConnectAction[] = [];
  const attributes: Record<string, string> = {};
  const attributeOf = (text: string) => {
    const key = `huashu_c${Object.keys(attributes).length}`;
    attributes[key] = text;
    return key;
  };
  for (const node of nodes) {
    const step = node.step;
    const on = node.on;
    const to = (t: string | undefined) => (t === undefined ? END : idOf(t));
    const self = idOf(node.key);
    const errors = (fallback: string) => [{ NextAction: fallback, ErrorType: 'NoMatchingError' }];
    const replies = Object.keys(on).some((e) => e.startsWith('REPLY.'));
    if ((step.kind === 'wait' && !('seconds' in step)) || step.kind === 'ask' || (replies && step.kind === 'branch')) {
      const choices = Object.entries(on).filter(([e]) => e.startsWith('REPLY.') && e !== 'REPLY.*' && e !== 'REPLY.silent');
      const prompt = step.kind === 'ask' ? step.text : choices.map(([e], i) => `${REPLY_WORDS[e.slice(6) as ReplyIntent] ?? e}请按${i + 1}`).join('，') || '请按任意键继续';
      const other = to(on['REPLY.*']);
      actions.push({
        Identifier: self,
        Type: 'GetParticipantInput',
        Parameters: { Text: prompt, StoreInput: 'False', InputTimeLimitSeconds: '5' },
        Transitions: {
          NextAction: other,
          Conditions: choices.map(([, t], i) => ({ NextAction: to(t), Condition: { Operator: 'Equals', Operands: [String(i + 1)] } })),
          Errors: [
            { NextAction: to(on['REPLY.silent'] ?? on['REPLY.*']), ErrorType: 'InputTimeLimitExceeded' },
            { NextAction: other, ErrorType: 'NoMatchingCondition' },
            { NextAction: other, ErrorType: 'NoMatchingError' },
          ],
        },
      });
      continue;
    }
    if (step.kind === 'branch') {
      // One Compare per condition, chained: the first that holds takes its branch.
      let fallback = to(on['DONE']);
      const tests: Array<{ attribute: string; target: string }> = [];
      for (const b of step.branches) {
        const c = b.when;
        if (isOpenCondition(c)) {
          tests.push({ attribute: attributeOf(c.text), target: to(on[`COND.${c.text}`]) });
          fallback = to(on[`NOT.${c.text}`]);
        } else if ('flag' in c) tests.push({ attribute: attributeOf(c.flag), target: to(on[`FLAG.${c.flag}`]) });
        else if ('elapsedOver' in c) tests.push({ attribute: attributeOf(`elapsed over ${c.elapsedOver}s`), target: to(on[`ELAPSED.${c.elapsedOver}`]) });
      }
      if (tests.length === 0) {
        actions.push({ Identifier: self, Type: 'Compare', Parameters: { ComparisonValue: 'true' }, Transitions: { NextAction: fallback, Conditions: [], Errors: [{ NextAction: fallback, ErrorType: 'NoMatchingCondition' }] } });
        continue;
      }
      tests.forEach((test, i) => {
        const id = i === 0 ? self : `${self}_${i}`;
        const onFalse = i + 1 < tests.length ? `${self}_${i + 1}` : fallback;
        actions.push({
          Identifier: id,
          Type: 'Compare',
          Parameters: { ComparisonValue: `$.Attributes.${test.attribute}` },
          Transitions: {
            NextAction: onFalse,
            Conditions: [{ NextAction: test.target, Condition: { Operator: 'Equals', Operands: ['true'] } }],
            Errors: [{ NextAction: onFalse, ErrorType: 'NoMatchingCondition' }],
          },
        });
      });
      continue;
    }
    const done = to(on['DONE']);
    if (step.kind === 'say') actions.push({ Identifier: self, Type: 'MessageParticipant', Parameters: { Text: step.text }, Transitions: { NextAction: done, Errors: errors(done) } });
    else if (step.kind === 'wait' && 'seconds' in step) {
      actions.push({ Identifier: self, Type: 'MessageParticipant', Parameters: { SSML: `<speak><break time="${step.seconds}s"/></speak>` }, Transitions: { NextAction: done, Errors: errors(done) } });
    } else if (step.kind === 'action' && step.action === 'hang-up') actions.push({ Identifier: self, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
    else {
      const value = step.kind === 'action' ? step.action : step.kind === 'note' ? step.text : '';
      actions.push({ Identifier: self, Type: 'UpdateContactAttributes', Parameters: { Attributes: { [`huashu_${step.kind}`]: value } }, Transitions: { NextAction: done, Errors: errors(done) } });
    }
  }
  actions.push({ Identifier: END, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
  return {
    Version: '2019-10-30',
    StartAction: initial === 'done' ? END : idOf(initial),
    Metadata: { name: options.name ?? 'huashu script', huashu: { language: options.language ?? 'zh-CN', conditionAttributes: attributes } },
    Actions: actions,
  };
}

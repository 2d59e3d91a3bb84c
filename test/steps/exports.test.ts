import { SEEDS, seed } from '../seeds.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarios } from '../../src/catalogue/index.js';
import {
  parseScript,
  renderSteps,
  STEP_RENDERERS,
  stepsOf,
  toAmazonConnect,
  toMermaid,
  toTwilioStudio,
  type ConnectFlow,
  type FilledStep,
  type TwilioFlowDefinition,
} from '../../src/steps/index.js';
import { literalSteps } from '../../src/steps/steps-of.js';
import type { StepInput } from '../../src/schema/index.js';
import { cli } from '../cli/run.js';


/**
 * The Twilio Studio flow definition as documented (schema
 * https://schemas.twilio.com/studio/draft/2019-09/flow-definition and the widget library): the
 * required top-level fields, at most 1,000 states with unique names, every transition's `next`
 * naming a state, and for each widget type used here its documented transition events and
 * required properties. Returns the problems found.
 */
function twilioProblems(flow: TwilioFlowDefinition): string[] {
  const problems: string[] = [];
  const f = flow as unknown as Record<string, unknown>;
  for (const key of Object.keys(f)) if (!['description', 'states', 'initial_state', 'flags', '$schema'].includes(key)) problems.push(`unknown top-level field ${key}`);
  if (typeof flow.description !== 'string') problems.push('description must be a string');
  if (typeof flow.flags?.allow_concurrent_calls !== 'boolean') problems.push('flags.allow_concurrent_calls is required');
  if (!Array.isArray(flow.states) || flow.states.length < 1 || flow.states.length > 1000) problems.push('states: 1 to 1000 widgets');
  const names = new Set(flow.states.map((s) => s.name));
  if (names.size !== flow.states.length) problems.push('state names must be unique');
  if (!names.has(flow.initial_state)) problems.push('initial_state must name a state');
  const events: Record<string, string[]> = {
    trigger: ['incomingMessage', 'incomingCall', 'incomingRequest', 'incomingConversationMessage', 'incomingParent'],
    'say-play': ['audioComplete'],
    'gather-input-on-call': ['keypress', 'speech', 'timeout'],
    'split-based-on': ['noMatch', 'match'],
    'set-variables': ['next'],
  };
  for (const state of flow.states) {
    if (!/^[A-Za-z0-9_]+$/.test(state.name)) problems.push(`${state.name}: widget names are letters, digits and _`);
    const allowed = events[state.type];
    if (allowed === undefined) {
      problems.push(`${state.name}: widget type ${state.type} not used by this export`);
      continue;
    }
    if (typeof state.properties !== 'object' || state.properties === null) problems.push(`${state.name}: properties required`);
    for (const t of state.transitions) {
      if (!allowed.includes(t.event)) problems.push(`${state.name}: event ${t.event} is not one of ${allowed.join(', ')}`);
      if (t.next !== undefined && !names.has(t.next)) problems.push(`${state.name}: next ${t.next} names no state`);
      if (t.event === 'match') {
        for (const c of (t.conditions ?? []) as Array<Record<string, unknown>>) {
          if (typeof c['friendly_name'] !== 'string' || !Array.isArray(c['arguments']) || typeof c['type'] !== 'string' || typeof c['value'] !== 'string') {
            problems.push(`${state.name}: a match condition needs friendly_name, arguments, type and value`);
          }
        }
      }
    }
    if (state.type === 'say-play' && typeof state.properties['say'] !== 'string' && typeof state.properties['play'] !== 'string') problems.push(`${state.name}: say-play needs say or play`);
    if (state.type === 'split-based-on' && typeof state.properties['input'] !== 'string') problems.push(`${state.name}: split-based-on needs input`);
    if (state.type === 'set-variables' && !Array.isArray(state.properties['variables'])) problems.push(`${state.name}: set-variables needs variables`);
  }
  return problems;
}

/**
 * The Amazon Connect Flow language as documented (version 2019-10-30): StartAction naming an
 * action, at most 250 actions, Identifiers unique, at most 50 characters, without % : ( \ / ) =
 * $ , ; [ ] { } and not a reserved name, Types from the action lists, every NextAction naming an
 * action, MessageParticipant with exactly one of Text, SSML, PromptId, DisconnectParticipant
 * with no parameters and no transitions, and the documented error types.
 */
function connectProblems(flow: ConnectFlow): string[] {
  const problems: string[] = [];
  if (flow.Version !== '2019-10-30') problems.push('Version must be 2019-10-30');
  if (flow.Actions.length > 250) problems.push('at most 250 actions');
  const ids = new Set(flow.Actions.map((a) => a.Identifier));
  if (ids.size !== flow.Actions.length) problems.push('Identifiers must be unique');
  if (!ids.has(flow.StartAction)) problems.push('StartAction must name an action');
  const reserved = ['__proto__', 'constructor', '__defineGetter__', '__defineSetter__', 'toString', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'valueOf'];
  const errorTypes: Record<string, string[]> = {
    MessageParticipant: ['NoMatchingError'],
    GetParticipantInput: ['InputTimeLimitExceeded', 'NoMatchingCondition', 'NoMatchingError'],
    Compare: ['NoMatchingCondition'],
    UpdateContactAttributes: ['NoMatchingError'],
    DisconnectParticipant: [],
  };
  for (const a of flow.Actions) {
    if (a.Identifier.length > 50 || /[%:(\\/)=$,;[\]{}]/.test(a.Identifier) || reserved.includes(a.Identifier)) problems.push(`${a.Identifier}: not a valid Identifier`);
    const errors = errorTypes[a.Type];
    if (errors === undefined) {
      problems.push(`${a.Identifier}: Type ${a.Type} not used by this export`);
      continue;
    }
    const targets = [a.Transitions.NextAction, ...(a.Transitions.Conditions ?? []).map((c) => c.NextAction), ...(a.Transitions.Errors ?? []).map((e) => e.NextAction)];
    for (const t of targets) if (t !== undefined && !ids.has(t)) problems.push(`${a.Identifier}: NextAction ${t} names no action`);
    for (const e of a.Transitions.Errors ?? []) if (!errors.includes(e.ErrorType)) problems.push(`${a.Identifier}: ErrorType ${e.ErrorType} not documented for ${a.Type}`);
    for (const c of a.Transitions.Conditions ?? []) if (!['Equals', 'NumberGreaterThan', 'NumberLessThan', 'NumberGreaterOrEqualTo', 'NumberLessOrEqualTo', 'TextContains', 'TextStartsWith', 'TextEndsWith'].includes(c.Condition.Operator) || c.Condition.Operands.length < 1) problems.push(`${a.Identifier}: bad condition`);
    if (a.Type === 'MessageParticipant' || a.Type === 'GetParticipantInput') {
      const given = ['Text', 'SSML', 'PromptId'].filter((k) => a.Parameters[k] !== undefined);
      if (given.length !== 1) problems.push(`${a.Identifier}: exactly one of Text, SSML, PromptId`);
    }
    if (a.Type === 'DisconnectParticipant' && (Object.keys(a.Parameters).length > 0 || Object.keys(a.Transitions).length > 0)) problems.push(`${a.Identifier}: DisconnectParticipant takes no parameters and no transitions`);
    if (a.Type === 'Compare' && typeof a.Parameters['ComparisonValue'] !== 'string') problems.push(`${a.Identifier}: Compare needs ComparisonValue`);
  }
  return problems;
}

/** Mermaid flowchart structure: a header, node ids of letters/digits/_, every edge's ends declared, labels quoted with no raw quote inside. */
function mermaidProblems(chart: string): string[] {
  const problems: string[] = [];
  const lines = chart.split('\n');
  if (lines[0] !== 'flowchart TD') problems.push('first line must be flowchart TD');
  const declared = new Set(['start', 'done']);
  const edges: Array<[string, string]> = [];
  for (const line of lines.slice(1)) {
    const node = /^ {2}([A-Za-z0-9_]+)(\[\[|\[\/|\[|\{|\(\(\(|\()"([^"]*)"(\]\]|\/\]|\]|\}|\)\)\)|\))$/.exec(line);
    const edge = /^ {2}([A-Za-z0-9_]+)(?:\(\(\(开始\)\)\))? -->(?:\|"([^"]*)"\|)? ([A-Za-z0-9_]+)$/.exec(line);
    if (node !== null) declared.add(node[1] as string);
    else if (edge !== null) edges.push([edge[1] as string, edge[3] as string]);
    else if (line !== '  done(((结束)))') problems.push(`unparsed line: ${line}`);
  }
  for (const [from, to] of edges) if (!declared.has(from) || !declared.has(to)) problems.push(`edge ${from} --> ${to} to an undeclared node`);
  return problems;
}

const withSteps = scenarios().filter((s) => (s.steps ?? []).length > 0);
const seedFlows: Array<[string, FilledStep[]]> = SEEDS === undefined ? [] : [
  ['seed 000', literalSteps(parseScript(seed('000_f622cd23febf7b9c.txt')))],
  ['seed 003', literalSteps(parseScript(seed('003_8f1cca5ce0a36db3.txt')))],
  ['seed 004', literalSteps(parseScript(seed('004_671910b98ed89475.txt')))],
];
// Scenario procedures as written (placeholders kept), every one the core catalogue has.
const flows: Array<[string, FilledStep[]]> = [...withSteps.map((s): [string, FilledStep[]] => [s.id, literalSteps((s.steps ?? []) as StepInput[])]), ...seedFlows];

describe('exports people run, checked against the vendors’ documented formats', () => {
  it('there are procedures to export', () => {
    expect(withSteps.length).toBeGreaterThan(3);
  });

  it.each(flows)('%s: Twilio Studio, Amazon Connect and Mermaid exports validate', (_, steps) => {
    expect(twilioProblems(toTwilioStudio(steps))).toEqual([]);
    expect(connectProblems(toAmazonConnect(steps))).toEqual([]);
    expect(mermaidProblems(toMermaid(steps))).toEqual([]);
  });

  it('the validators catch broken flows', () => {
    const twilio = toTwilioStudio(stepsOf('call.silent'));
    expect(twilioProblems({ ...twilio, initial_state: 'nowhere' })).toContain('initial_state must name a state');
    expect(twilioProblems({ ...twilio, states: [...twilio.states, { name: 'x y', type: 'say-play', transitions: [{ event: 'audioComplete', next: 'gone' }], properties: {} }] })).toEqual([
      'x y: widget names are letters, digits and _',
      'x y: next gone names no state',
      'x y: say-play needs say or play',
    ]);
    const connect = toAmazonConnect(stepsOf('call.silent'));
    expect(connectProblems({ ...connect, StartAction: 'a:b' })).toContain('StartAction must name an action');
    expect(mermaidProblems('flowchart TD\n  s0 --> s9')).toEqual(['edge s0 --> s9 to an undeclared node']);
  });

  it('the silent call: say → Say/Play, 5 s waits → SSML breaks, silence → the gather’s timeout into the nested branch', () => {
    const silent = stepsOf('call.silent');
    const twilio = toTwilioStudio(silent);
    expect(twilio.states.map((s) => `${s.name}:${s.type}`).slice(0, 4)).toEqual(['Trigger:trigger', 's0:say-play', 's1:say-play', 's2:gather-input-on-call']);
    expect(twilio.states[1]?.properties).toMatchObject({ say: '您好！请问有什么可以帮助您？', language: 'zh-CN' });
    expect(twilio.states[2]?.properties['say']).toBe('<speak><break time="5s"/></speak>');
    const connect = toAmazonConnect(silent);
    expect(connect.Actions[0]).toEqual({
      Identifier: 's0',
      Type: 'MessageParticipant',
      Parameters: { Text: '您好！请问有什么可以帮助您？' },
      Transitions: { NextAction: 's1', Errors: [{ NextAction: 's1', ErrorType: 'NoMatchingError' }] },
    });
    expect(connect.Actions[1]?.Parameters).toEqual({ SSML: '<speak><break time="5s"/></speak>' });
    expect(toMermaid(silent).split('\n').slice(0, 4)).toEqual(['flowchart TD', '  start(((开始))) --> s0', '  s0["说：您好！请问有什么可以帮助您？"]', '  s0 --> s1']);
  });

  it('an open condition: Twilio splits on a flow variable, Connect compares a contact attribute, Mermaid labels the edge with the condition', () => {
    const steps = literalSteps(parseScript('如果客户需要开发票，应说：“我马上为您开具发票。”否则说：“好的。”'));
    const split = toTwilioStudio(steps).states[1];
    expect(split).toMatchObject({
      name: 's0',
      type: 'split-based-on',
      transitions: [
        { event: 'noMatch', next: 's0_b1_s0' },
        { event: 'match', next: 's0_b0_s0', conditions: [{ friendly_name: '客户需要开发票', arguments: ['{{flow.variables.客户需要开发票}}'], type: 'equal_to', value: 'true' }] },
      ],
    });
    const connect = toAmazonConnect(steps);
    expect(connect.Actions[0]).toMatchObject({ Type: 'Compare', Parameters: { ComparisonValue: '$.Attributes.huashu_c0' } });
    expect(connect.Metadata).toMatchObject({ huashu: { conditionAttributes: { huashu_c0: '客户需要开发票' } } });
    expect(toMermaid(steps)).toContain('  s0 -->|"客户需要开发票"| s0_b0_s0\n  s0 -->|"否：客户需要开发票"| s0_b1_s0');
  });

  it('Mermaid escapes quotes and markup so no text breaks the chart', () => {
    expect(toMermaid([{ kind: 'say', text: '他说"好"<br>[x]\n|', toned: '' }]).split('\n')[2]).toBe('  s0["说：他说#34;好#34;#60;br#62;#91;x#93; #124;"]');
  });
});

describe('one renderer registry for the library, the CLI and the playground', () => {
  it('lists every format once', () => {
    expect(STEP_RENDERERS.map((r) => r.name)).toEqual(['text', 'markdown', 'ssml', 'chat', 'json', 'xstate', 'mermaid', 'twilio', 'connect']);
    expect(() => renderSteps([], 'pdf')).toThrow('unknown format "pdf" (formats: text, markdown, ssml, chat, json, xstate, mermaid, twilio, connect)');
  });

  it('huashu steps --format reads the registry; an unknown format lists them', async () => {
    const mermaid = await cli(['steps', 'call.silent', '--format', 'mermaid']);
    expect(mermaid.code).toBe(0);
    expect(mermaid.stdout).toBe(`${toMermaid(stepsOf('call.silent'))}\n`);
    expect(JSON.parse((await cli(['steps', 'call.silent', '--format', 'connect'])).stdout)).toEqual(JSON.parse(JSON.stringify(toAmazonConnect(stepsOf('call.silent'), { name: 'call.silent' }))));
    expect(twilioProblems(JSON.parse((await cli(['steps', 'call.silent', '--format', 'twilio'])).stdout) as TwilioFlowDefinition)).toEqual([]);
    const bad = await cli(['steps', 'call.silent', '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown format "pdf"');
    expect(bad.stderr).toContain('twilio    Twilio Studio flow definition (JSON)');
  });
});

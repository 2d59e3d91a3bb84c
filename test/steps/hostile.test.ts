import { describe, expect, it } from 'vitest';
import { isHuashuError } from '../../src/errors/index.js';
import { loadPack } from '../../src/phrasebook/index.js';
import { MAX_STEP_DEPTH, stepListSchema, stepSchema, validatePack, type StepInput } from '../../src/schema/index.js';
import {
  fillStepsOf,
  parseScript,
  resumeFlow,
  startFlow,
  toMarkdown,
  toSsml,
  toXStateConfig,
  type FilledStep,
} from '../../src/steps/index.js';
import { cli } from '../cli/run.js';

/** The error a call throws (or `undefined`). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}
const codeOf = (fn: () => unknown) => {
  const error = thrown(fn);
  return isHuashuError(error) ? error.code : error === undefined ? 'no error' : `untyped ${String(error)}`;
};

/** 还是无声 nested `depth` times: each pause followed by a branch on silence inside the one before. */
const stillSilent = (depth: number) => '“您好！”稍停五秒，' + '还是无声“您好！”稍停五秒，'.repeat(depth);

/** A pack with one scenario whose steps nest `depth` branches deep. */
function deepPack(depth: number): unknown {
  let steps: StepInput[] = [{ kind: 'action', action: 'hang-up' }];
  for (let i = 0; i < depth; i++) steps = [{ kind: 'branch', branches: [{ when: { reply: 'silent' }, steps }] }];
  return {
    id: 'deep',
    scenarios: [
      {
        id: 'deep.call',
        category: 'deep',
        title: { zh: '深', en: 'Deep' },
        when: { zh: '深', en: 'Deep' },
        channels: ['phone'],
        phrases: [{ id: 'default', text: '您好', gloss: 'Hello' }],
        steps,
        sources: ['004:13'],
      },
    ],
  };
}

describe('depth from input: a typed error over MAX_STEP_DEPTH, the same for parseScript, validatePack, loadPack and the CLI', () => {
  it(`parseScript nests 还是无声 up to ${MAX_STEP_DEPTH} levels and refuses 2,000 with STEPS_TOO_DEEP (no RangeError)`, () => {
    expect(codeOf(() => parseScript(stillSilent(MAX_STEP_DEPTH - 1)))).toBe('no error');
    expect(codeOf(() => parseScript(stillSilent(2000)))).toBe('STEPS_TOO_DEEP');
    // What it parses at the limit fills, runs, exports and serialises.
    const steps = fillStepsOf(parseScript(stillSilent(MAX_STEP_DEPTH - 1)));
    expect(JSON.parse(JSON.stringify(steps))).toEqual(steps);
    expect(Object.keys(toXStateConfig(steps).states)).toHaveLength(3 * MAX_STEP_DEPTH - 1 + 1);
  });

  it('validatePack reports steps nested 2,000 deep as a pack issue (it overflowed the stack), as loadPack does', () => {
    const error = thrown(() => validatePack(deepPack(2000)));
    expect(isHuashuError(error) && error.code).toBe('PACK_INVALID');
    expect(codeOf(() => loadPack(deepPack(2000)))).toBe('PACK_INVALID');
    expect(codeOf(() => validatePack(deepPack(5)))).toBe('no error');
    // The step schema itself checks depth before recursing (for packs validated without the guard).
    const steps = (deepPack(2000) as { scenarios: Array<{ steps: unknown }> }).scenarios[0]?.steps;
    const result = stepListSchema.safeParse(steps);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(`steps nest deeper than ${MAX_STEP_DEPTH} levels (MAX_STEP_DEPTH)`);
  });

  it('fillStepsOf, startFlow and toXStateConfig refuse steps deeper than the limit with a typed error', () => {
    let raw: StepInput[] = [{ kind: 'note', text: '记录' }];
    for (let i = 0; i < 2000; i++) raw = [{ kind: 'group', steps: raw }];
    expect(codeOf(() => fillStepsOf(raw))).toBe('STEPS_TOO_DEEP');
    let filled: FilledStep[] = [{ kind: 'note', text: '记录' }];
    for (let i = 0; i < 2000; i++) filled = [{ kind: 'group', steps: filled }];
    expect(codeOf(() => toXStateConfig(filled))).toBe('STEPS_TOO_DEEP');
    expect(codeOf(() => startFlow(filled))).toBe('INVALID_FLOW_STATE');
    // Renderers walk iteratively: any depth renders.
    expect(toMarkdown(filled).split('\n')).toHaveLength(2001);
  });

  it('huashu parse-steps exits 2 (input error), never 70, on 2,000 levels', async () => {
    const result = await cli(['parse-steps', '--json'], { stdin: stillSilent(2000) });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nest deeper than 64 levels');
  });
});

describe('numbers: long digit runs are never Infinity seconds', () => {
  it('a pause whose number cannot be read exactly stays a note; the schema caps seconds at one day', () => {
    expect(parseScript(`稍停${'9'.repeat(400)}秒`)).toEqual([{ kind: 'note', text: `稍停${'9'.repeat(400)}秒`, source: `稍停${'9'.repeat(400)}秒` }]);
    expect(parseScript('稍停86401秒')[0]?.kind).toBe('note');
    expect(parseScript('稍停86400秒')[0]).toMatchObject({ kind: 'wait', seconds: 86400 });
    expect(stepSchema.safeParse({ kind: 'wait', seconds: Infinity }).success).toBe(false);
    expect(stepSchema.safeParse({ kind: 'wait', seconds: 86401 }).success).toBe(false);
    expect(parseScript('如果超过一二秒，挂机。')[0]).toMatchObject({ branches: [{ when: { elapsedOver: 12 } }] });
  });
});

describe('renderers escape for their format', () => {
  it('toMarkdown: a newline in a value cannot forge a checked item or a list', () => {
    const md = toMarkdown([{ kind: 'say', text: '您好\n- [x] 已退款\n# 标题', toned: '您好' }, { kind: 'note', text: 'a\r\n1. b\u2028- c' }]);
    expect(md).toBe('- [ ] 说:“您好 - \\[x\\] 已退款 \\# 标题”\n- [ ] (a 1. b - c)');
    expect(md.split('\n').every((line) => line.startsWith('- [ ] '))).toBe(true);
  });

  it('toSsml: only XML 1.0 characters, and seconds checked before they reach an attribute', () => {
    const ssml = toSsml([{ kind: 'say', text: 'a', toned: 'a\u0000b\u0008c\uFFFEd\uD800e𠀀' }]);
    expect(ssml).toBe('<speak xml:lang="zh-CN"><s>abcde𠀀</s></speak>');
    expect(codeOf(() => toSsml([{ kind: 'wait', seconds: '5"/><audio src="x' as unknown as number }]))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => toSsml([{ kind: 'wait', seconds: Infinity }]))).toBe('INVALID_ARGUMENT');
    expect(toSsml([{ kind: 'wait', seconds: 0.5 }])).toBe('<speak xml:lang="zh-CN"><break time="500ms"/></speak>');
  });
});

describe('flow events and saved states: typed errors, never TypeError, never a stuck flow', () => {
  const branchOnReply: FilledStep[] = [
    { kind: 'wait', for: 'reply' },
    { kind: 'branch', branches: [{ when: { reply: 'agree' }, steps: [{ kind: 'note', text: '同意' }] }] },
    { kind: 'action', action: 'hang-up' },
  ];

  it('an unknown event type (XState’s DONE) at a branch is INVALID_EVENT, not done', () => {
    const flow = startFlow([{ kind: 'branch', branches: [{ when: { flag: 'customer-anxious' }, steps: [] }] }], { clock: () => 0 });
    expect(codeOf(() => flow.next({ type: 'DONE' } as never))).toBe('INVALID_EVENT');
    expect(codeOf(() => flow.next(null as never))).toBe('INVALID_EVENT');
    expect(codeOf(() => flow.next({ type: 'reply' } as never))).toBe('INVALID_EVENT');
    expect(flow.current()?.kind).toBe('branch');
  });

  it('a reply no branch takes goes on past the branch, in startFlow and in the exported machine alike', () => {
    const flow = startFlow(branchOnReply, { clock: () => 0 });
    expect(flow.next({ type: 'reply', intent: 'decline' })).toEqual({ kind: 'action', action: 'hang-up' });
    const machine = toXStateConfig(branchOnReply);
    expect(machine.states['s0']).toMatchObject({ on: { 'REPLY.agree': 's1_b0_s0', 'REPLY.*': 's2' } });
    expect(machine.states['s1']).toMatchObject({ on: { 'REPLY.agree': 's1_b0_s0', 'REPLY.*': 's2', DONE: 's2' } });
  });

  it('a tampered state is INVALID_FLOW_STATE', () => {
    const saved = JSON.parse(JSON.stringify(startFlow(branchOnReply, { clock: () => 0 }).state())) as Record<string, unknown>;
    for (const tamper of [
      { steps: [{ kind: 'bogus' }] },
      { steps: [{ kind: 'branch' }] },
      { steps: [{ kind: 'branch', branches: [null] }] },
      { at: [0, 0] },
      { at: [99] },
      { at: [1.5] },
      { elapsed: -1 },
      { startedAt: Number.NaN },
      { version: 2 },
    ]) {
      expect(codeOf(() => resumeFlow({ ...saved, ...tamper }))).toBe('INVALID_FLOW_STATE');
    }
  });

  it('a clock that goes backwards is INVALID_FLOW_STATE, and the flow stays where it was', () => {
    let now = 10_000;
    const flow = startFlow([{ kind: 'wait', seconds: 5 }, { kind: 'action', action: 'hang-up' }], { clock: () => now });
    now = 5_000;
    expect(codeOf(() => flow.next({ type: 'elapsed', seconds: 1 }))).toBe('INVALID_FLOW_STATE');
    expect(codeOf(() => flow.elapsed())).toBe('INVALID_FLOW_STATE');
    now = 16_000;
    expect(flow.next({ type: 'elapsed', seconds: 0 })).toEqual({ kind: 'action', action: 'hang-up' });
  });
});

import { describe, expect, it } from 'vitest';
import { createPhrasebook } from '../../src/phrasebook/index.js';
import { fillStepsOf, stepsOf } from '../../src/steps/index.js';
import { proceduresPack } from '../fixtures/steps/procedures.js';

const book = () => createPhrasebook({ packs: [proceduresPack()] });

describe('stepsOf on the core catalogue', () => {
  it('says hold.explain for the customer (with or without a procedure in the data)', () => {
    expect(stepsOf('hold.explain', { customer: '王女士' })[0]).toMatchObject({
      kind: 'say',
      text: '很抱歉，王女士，我帮您查询一下，请您稍等片刻，谢谢！',
      toned: '很抱歉，王女士，我帮您查询一下，请您稍等片刻，谢谢！',
      ref: 'hold.explain#default',
    });
  });

  it('fills in zh-TW and with a customer object', () => {
    const [step] = stepsOf('hold.explain', { customer: { surname: '陈', gender: 'male' }, locale: 'zh-TW' });
    expect(step).toMatchObject({ kind: 'say', ref: 'hold.explain#default' });
    expect(step?.kind === 'say' && step.text).toContain('請您稍等片刻');
    expect(step?.kind === 'say' && step.text).toContain('陳先生');
  });

  it('fills inline text and phrase references in steps you write', () => {
    expect(
      fillStepsOf(
        [
          { kind: 'say', text: '{customer|您}好↑!', label: '开场' },
          { kind: 'action', action: 'schedule-callback', withinHours: 24 },
          { kind: 'branch', branches: [{ when: { otherwise: true }, steps: [{ kind: 'say', phrase: 'hold.explain' }] }] },
        ],
        { customer: '李先生' },
      ),
    ).toEqual([
      { kind: 'say', label: '开场', text: '李先生好!', toned: '李先生好↑!' },
      { kind: 'action', action: 'schedule-callback', withinHours: 24 },
      {
        kind: 'branch',
        branches: [
          { when: { otherwise: true }, steps: [{ kind: 'say', text: '很抱歉，李先生，我帮您查询一下，请您稍等片刻，谢谢！', toned: '很抱歉，李先生，我帮您查询一下，请您稍等片刻，谢谢！', ref: 'hold.explain#default' }] },
        ],
      },
    ]);
  });

  it('throws UnknownScenarioError for a step naming an unknown scenario', () => {
    expect(() => fillStepsOf([{ kind: 'say', phrase: 'no.such#x' }])).toThrow(expect.objectContaining({ code: 'UNKNOWN_SCENARIO' }));
  });
});

describe('stepsOf on a phrasebook (pack scenarios)', () => {
  it('a scenario without a procedure is one say step of its phrase for the channel', () => {
    expect(book().stepsOf('fx.no-procedure', { customer: '王女士' })).toEqual([{ kind: 'say', text: '王女士好,请讲。', toned: '王女士好↑,请讲。', ref: 'fx.no-procedure#phone' }]);
    expect(book().stepsOf('fx.no-procedure', { channel: 'chat' })).toEqual([
      { kind: 'say', text: '您好,请问有什么可以帮您?', toned: '您好,请问有什么可以帮您?', ref: 'fx.no-procedure#chat' },
    ]);
  });

  it('lays out the silent call: greet, 5 s, greet, 5 s, goodbye, 5 s, hang up', () => {
    const steps = book().stepsOf('fx.silent-call');
    expect(steps.map((s) => (s.kind === 'say' ? `say ${s.ref}` : s.kind === 'wait' ? `wait ${'seconds' in s ? s.seconds : 'reply'}` : s.kind === 'action' ? s.action : s.kind))).toEqual([
      'say fx.silent-call#greet',
      'wait 5',
      'say fx.silent-call#greet',
      'wait 5',
      'say fx.silent-call#goodbye',
      'wait 5',
      'hang-up',
    ]);
    expect(steps[0]).toEqual({ kind: 'say', text: '您好!请问有什么可以帮助您?', toned: '您好↑!请问有什么可以帮助您?', ref: 'fx.silent-call#greet' });
  });

  it('fills the hold procedure, its branches and a core phrase it borrows', () => {
    const steps = book().stepsOf('fx.hold', { customer: '王女士' });
    expect(steps[0]).toMatchObject({ kind: 'say', label: '第一步', ref: 'hold.explain#default', text: '很抱歉，王女士，我帮您查询一下，请您稍等片刻，谢谢！' });
    expect(steps[1]).toEqual({
      kind: 'branch',
      label: '第二步',
      branches: [
        {
          when: { elapsedOver: 120 },
          steps: [
            { kind: 'say', text: '请您留下您的联系方式,我们查询后,尽快跟您联系。', toned: '请您留下您的联系方式,我们查询后,尽快跟您联系。', ref: 'fx.hold#callback' },
            { kind: 'action', action: 'schedule-callback' },
          ],
        },
      ],
    });
    expect(steps[3]).toMatchObject({ kind: 'say', text: '很抱歉,王女士,让您久等了!' });
  });

  it('uses the phrasebook locale by default', () => {
    const tw = createPhrasebook({ packs: [proceduresPack()], locale: 'zh-TW', convert: (t) => t.replace('请', '請') });
    expect(tw.stepsOf('fx.hold')[0]).toMatchObject({ text: expect.stringContaining('請您稍等片刻') });
  });
});

import { describe, expect, it } from 'vitest';
import { audit, prepareTranscript, readNdjsonLine, readTranscript, readTranscripts, resolveRole, TranscriptError } from '../../src/audit/index.js';
import { isHuashuError } from '../../src/errors/index.js';

function errorOf(fn: () => unknown): TranscriptError {
  try {
    fn();
  } catch (error) {
    if (error instanceof TranscriptError) return error;
    throw error;
  }
  throw new Error('expected a TranscriptError');
}

describe('readTranscript: plain text', () => {
  it('reads 客服：/客户： lines, with and without timestamps', () => {
    expect(readTranscript('客服：您好！\n客户：你好，我想咨询一下。').turns).toEqual([
      { role: '客服', text: '您好！' },
      { role: '客户', text: '你好，我想咨询一下。' },
    ]);
    expect(readTranscript('[00:01:02] 坐席：您好\n[00:01:09.5] 客户: 在吗').turns).toEqual([
      { role: '坐席', text: '您好', start: 62 },
      { role: '客户', text: '在吗', start: 69.5 },
    ]);
  });
  it('reads time ranges, bare clocks, dates and times after the role', () => {
    expect(readTranscript('[00:00:01-00:00:04] 客服：您好\n00:05 客户：在\n客服 [2024-03-01 10:00:07]：请讲').turns).toEqual([
      { role: '客服', text: '您好', start: 1, end: 4 },
      { role: '客户', text: '在', start: 5 },
      { role: '客服', text: '请讲', start: Date.UTC(2024, 2, 1, 10, 0, 7) / 1000 },
    ]);
  });
  it('continues a turn on lines without a role, skips blank lines, keeps full-width colons and spaces', () => {
    expect(readTranscript('\r\n客服：您好，\r\n　请问有什么可以帮您？\n\n客户：订单号：12345').turns).toEqual([
      { role: '客服', text: '您好，\n请问有什么可以帮您？' },
      { role: '客户', text: '订单号：12345' },
    ]);
  });
  it('keeps unknown role labels as written (the auditor reports them)', () => {
    const t = readTranscript('店长：您好\n客户：你好');
    expect(t.turns.map((x) => x.role)).toEqual(['店长', '客户']);
    expect(audit(t).unknownRoles).toEqual([{ role: '店长', turns: [0] }]);
  });
  it('names the line of bad input', () => {
    expect(errorOf(() => readTranscript('您好，没有角色的第一行')).message).toBe('line 1:1: expected "role：text" (客服：您好 / 客户：…) on the first line');
    expect(errorOf(() => readTranscript('客服：您好\n[00:00:05] 没有角色')).message).toBe('line 2:12: a timestamped line needs a role: "[00:01:02] 客服：…"');
    const e = errorOf(() => readTranscript('客服：a\n\n[00:00:09-00:00:02] 客户：b'));
    expect([e.code, e.line, e.message]).toEqual(['INVALID_TRANSCRIPT', 3, 'line 3:1: the end time is before the start time']);
    expect(isHuashuError(e)).toBe(true);
  });
});

describe('readTranscript: JSON', () => {
  it('reads an array of turns or an object with metadata', () => {
    expect(readTranscript('[{"role":"agent","text":"您好","start":"2024-03-01T10:00:00Z"}]').turns[0]).toEqual({ role: 'agent', text: '您好', start: '2024-03-01T10:00:00Z' });
    expect(readTranscript('{"id":7,"channel":"phone","rings":2,"turns":[]}', { channel: 'chat' })).toEqual({ id: '7', channel: 'phone', rings: 2, turns: [] });
    expect(readTranscript('[]', { channel: 'chat' })).toEqual({ channel: 'chat', turns: [] });
  });
  it('reports JSON syntax errors with line and column', () => {
    const e = errorOf(() => readTranscript('[\n  {"role": "客服",\n   "text": }\n]'));
    expect([e.line, e.column]).toEqual([3, 12]);
    expect(errorOf(() => readTranscript('{"turns": 3}')).message).toBe('expected an array of turns or an object { turns: [...] }');
    expect(errorOf(() => readTranscript('{"turns": [], "channel": "fax"}')).message).toBe('"channel" must be phone, chat, letter or in-person (got "fax")');
    expect(errorOf(() => readTranscript('{"turns": [], "rings": -1}')).message).toBe('"rings" must be a non-negative number');
  });
});

describe('readTranscripts: NDJSON', () => {
  it('reads one call per line, skipping blank lines', () => {
    const calls = readTranscripts('{"id":"a","turns":[]}\n\n[{"role":"客户","text":"在吗"}]\n', { channel: 'chat' });
    expect(calls).toEqual([
      { id: 'a', channel: 'chat', turns: [] },
      { channel: 'chat', turns: [{ role: '客户', text: '在吗' }] },
    ]);
  });
  it('names the line of a bad call', () => {
    const e = errorOf(() => readTranscripts('{"turns":[]}\n{"turns":[}\n'));
    expect([e.line, e.column, e.message.startsWith('line 2:11: invalid JSON: ')]).toEqual([2, 11, true]);
    expect(readNdjsonLine('', 9)).toBeUndefined();
  });
  it('refuses many calls where one is expected', () => {
    expect(errorOf(() => readTranscript('[]\n[]', { format: 'ndjson' })).message).toBe('expected one transcript, found 2 NDJSON lines (read them with readTranscripts)');
  });
});

describe('roles and turns', () => {
  it.each([
    ['客服', 'agent'],
    ['坐席', 'agent'],
    ['Agent', 'agent'],
    ['客服人员', 'agent'],
    ['seller', 'agent'],
    ['客服小王', 'agent'],
    ['客服-007', 'agent'],
    ['客戶', 'customer'],
    ['顧客', 'customer'],
    ['用户', 'customer'],
    ['customer', 'customer'],
    ['買家', 'customer'],
    ['系统', 'system'],
    ['店长', 'unknown'],
    ['客服客服客服客服客服客服客服客服', 'unknown'],
  ] as const)('%s is %s', (label, role) => {
    expect(resolveRole(label)).toBe(role);
  });
  it('takes your own role names', () => {
    expect(resolveRole('店长', { 店长: 'agent' })).toBe('agent');
    expect(audit([{ role: '店长', text: '您好' }], { roles: { 店长: 'agent' } }).unknownRoles).toEqual([]);
  });
  it('converts ISO instants and clocks to seconds and rejects bad turns by index', () => {
    const { turns } = prepareTranscript([{ role: '客服', text: 'a', start: '2024-03-01T10:00:00Z', end: '2024-03-01T10:00:03.5Z' }]);
    expect(turns[0]!.end! - turns[0]!.start!).toBe(3.5);
    expect(errorOf(() => prepareTranscript([{ role: '客服', text: 'a' }, { role: '', text: 'b' }])).message).toBe('turn 1: "role" must be a non-empty string');
    expect(errorOf(() => prepareTranscript([{ role: 'agent', text: 'a', start: 'soon' }])).message).toBe('turn 0: "start" "soon" is neither seconds, hh:mm:ss nor an ISO 8601 instant');
    expect(errorOf(() => prepareTranscript([{ role: 'agent', text: 'a', start: 5, end: 2 }])).message).toBe('turn 0: "end" (2) is before "start" (5)');
    expect(errorOf(() => prepareTranscript({ turns: [null] } as never)).message).toBe('turn 0: a turn must be an object { role, text }');
  });
});

describe('hostile input', () => {
  it('reads long lines of brackets, colons and clocks in linear time (completes)', () => {
    const n = 200_000;
    expect(() => readTranscript('客服：' + '['.repeat(n))).not.toThrow();
    expect(readTranscript('客服：' + ':'.repeat(n)).turns[0]!.text.length).toBe(n);
    expect(readTranscript(`客服：${'0:'.repeat(n)}`).turns.length).toBe(1);
    expect(readTranscript('客服：a\n'.repeat(50_000)).turns.length).toBe(50_000);
  });
});

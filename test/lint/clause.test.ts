import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';
import { BOUNDARY, foldTable, isSoftBoundary, NOISE } from '../../src/text/fold.js';

describe('clause edges', () => {
  it('soft clause boundaries fold to noise or a clause mark (the lint reads them only there)', () => {
    const fold = foldTable();
    const other: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSoftBoundary(c) && fold[c] !== NOISE && fold[c] !== BOUNDARY) other.push(c.toString(16));
    expect(other).toEqual([]);
  });

  it('a space, an ideographic space or an emoji ends the clause of a whole-clause rule', () => {
    expect(lint('好的 嗯 谢谢').map((f) => f.text)).toEqual(['嗯']);
    expect(lint('好的\u3000嗯\u3000谢谢').map((f) => f.text)).toEqual(['嗯']);
    expect(lint('好的😀嗯😀谢谢').map((f) => f.text)).toEqual(['嗯']);
    expect(lint('好的嗯谢谢')).toEqual([]);
  });
});

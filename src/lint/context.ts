/**
 * What a rule's context checks read around a match: the folded units before and after it in
 * its clause. Two implementations give the same answers: one walks the original text (lint),
 * one reads the stream's window of recent units (stream).
 */
import { BOUNDARY, NOISE } from '../text/internal.js';

/** The folded surroundings of one match, within its clause. */
export interface Around {
  /** The `k`-th folded unit before the match (`k` ≥ 1), or -1 past the clause's start. */
  before(k: number): number;
  /** The `k`-th folded unit after the match (`k` ≥ 1), or -1 past the clause's end. */
  after(k: number): number;
}

/** {@link Around} over a whole text: walks it from the match, skipping noise, up to clause punctuation. */
export class TextAround implements Around {
  private text = '';
  private fold: Uint16Array;
  private readonly back: number[] = [];
  private readonly ahead: number[] = [];
  private backAt = 0;
  private aheadAt = 0;
  private backDone = false;
  private aheadDone = false;

  constructor(fold: Uint16Array) {
    this.fold = fold;
  }

  /** Points at the match `[start, end)` of `text`. */
  reset(text: string, start: number, end: number): this {
    this.text = text;
    this.back.length = 0;
    this.ahead.length = 0;
    this.backAt = start;
    this.aheadAt = end;
    this.backDone = false;
    this.aheadDone = false;
    return this;
  }

  before(k: number): number {
    while (this.back.length < k && !this.backDone) {
      if (this.backAt === 0) this.backDone = true;
      else {
        const f = this.fold[this.text.charCodeAt(--this.backAt)]!;
        if (f === BOUNDARY) this.backDone = true;
        else if (f !== NOISE) this.back.push(f);
      }
    }
    return k <= this.back.length ? this.back[k - 1]! : -1;
  }

  after(k: number): number {
    while (this.ahead.length < k && !this.aheadDone) {
      if (this.aheadAt >= this.text.length) this.aheadDone = true;
      else {
        const f = this.fold[this.text.charCodeAt(this.aheadAt++)]!;
        if (f === BOUNDARY) this.aheadDone = true;
        else if (f !== NOISE) this.ahead.push(f);
      }
    }
    return k <= this.ahead.length ? this.ahead[k - 1]! : -1;
  }
}

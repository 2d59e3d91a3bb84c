import { HuashuError } from '../errors/index.js';
import { createLinter } from '../lint/index.js';
import type { Linter } from '../lint/index.js';
import type { Rule } from '../schema/index.js';
import { normalize } from '../text/index.js';

/** A phrase hit in one turn: UTF-16 offsets into the turn's text. */
export interface Hit {
  readonly start: number;
  readonly end: number;
}

/** One phrase list resolved: its patterns, or the variables it is missing. */
export interface MatcherRef {
  /** Index into the table's matchers; `-1` when a variable is missing. */
  readonly id: number;
  /** Names of variables the list needs and the auditor was not given. */
  readonly missing: readonly string[];
  /** How the list was written (`@greeting`, `{brand}`, a phrase), for explanations. */
  readonly label: string;
}

/**
 * Phrase lists compiled to linters. Each distinct list is one lint rule, so matching uses the
 * linter's folding (script, width, case, noise) and its pattern language. The linter drops a
 * match inside a longer one of another rule, so lists whose patterns contain one another are
 * put in separate linters: every list sees all of its own matches.
 */
export class MatcherTable {
  private readonly byKey = new Map<string, number>();
  private readonly patterns: string[][] = [];
  private groups: Array<{ linter: Linter; ids: number[] }> | undefined;

  constructor(
    private readonly sets: Readonly<Record<string, readonly string[]>>,
    private readonly vars: Readonly<Record<string, string>>,
  ) {}

  /** Number of distinct phrase lists. */
  get size(): number {
    return this.patterns.length;
  }

  /** Expands `@set` references and fills `{variables}`; collects missing variables. */
  private expand(items: readonly string[], missing: Set<string>): string[] {
    const out: string[] = [];
    for (const item of items) {
      if (item.startsWith('@')) {
        const name = item.slice(1);
        if (!Object.hasOwn(this.sets, name)) throw new HuashuError('INVALID_RULE', `audit: phrase set "@${name}" is not defined (define it under audit.phrases)`);
        for (const p of this.sets[name]!) {
          if (p.startsWith('@')) throw new HuashuError('INVALID_RULE', `audit: phrase set "@${name}" refers to "${p}"; sets hold phrases, not other sets`);
          out.push(...this.fill(p, missing));
        }
      } else out.push(...this.fill(item, missing));
    }
    return out;
  }

  private fill(pattern: string, missing: Set<string>): string[] {
    if (!pattern.includes('{')) return [pattern];
    let ok = true;
    const filled = pattern.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
      const value = Object.hasOwn(this.vars, name) ? this.vars[name]! : '';
      if (value.trim() === '') {
        missing.add(name);
        ok = false;
      }
      return value;
    });
    return ok && normalize(filled).text.length > 0 ? [filled] : [];
  }

  /** Registers a phrase list (merged into one matcher). */
  list(items: readonly string[]): MatcherRef {
    const missing = new Set<string>();
    const patterns = [...new Set(this.expand(items, missing))].sort();
    const label = this.label(items);
    if (missing.size > 0) return { id: -1, missing: [...missing], label };
    for (const p of patterns) {
      if (normalize(p).text.length === 0) throw new HuashuError('INVALID_RULE', `audit: phrase "${p}" is only punctuation or spaces, which matching ignores`);
    }
    const key = patterns.join('\u0000');
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.patterns.length;
      this.patterns.push(patterns);
      this.byKey.set(key, id);
      this.groups = undefined;
    }
    return { id, missing: [], label };
  }

  /** How a list reads in explanations: sets as their first phrases (您好/你好/早上好…), variables filled. */
  label(items: readonly string[]): string {
    return items
      .map((item) => {
        if (item.startsWith('@') && Object.hasOwn(this.sets, item.slice(1))) {
          const list = this.sets[item.slice(1)]!;
          return list.slice(0, 3).join('/') + (list.length > 3 ? '…' : '');
        }
        return item.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name: string) => (Object.hasOwn(this.vars, name) && this.vars[name] !== '' ? this.vars[name]! : whole));
      })
      .join('、');
  }

  /** The patterns a list stands for (sets expanded, variables filled; lists missing a variable give none). */
  resolve(items: readonly string[]): string[] {
    const missing = new Set<string>();
    const patterns = this.expand(items, missing);
    return missing.size > 0 ? [] : [...new Set(patterns)];
  }

  /** Registers each item of a list as its own matcher (for `all`: every item must be said). */
  each(items: readonly string[]): MatcherRef[] {
    return items.map((item) => this.list([item]));
  }

  private build(): Array<{ linter: Linter; ids: number[] }> {
    const folded = this.patterns.map((list) => list.map((p) => normalize(p).text));
    const groups: Array<{ ids: number[] }> = [];
    const conflicts = (a: number, b: number) =>
      folded[a]!.some((p) => folded[b]!.some((q) => p !== q && (p.includes(q) || q.includes(p)))) ||
      folded[a]!.some((p) => folded[b]!.includes(p));
    for (let id = 0; id < this.patterns.length; id++) {
      const group = groups.find((g) => g.ids.every((other) => !conflicts(id, other)));
      if (group === undefined) groups.push({ ids: [id] });
      else group.ids.push(id);
    }
    return groups.map((g) => {
      const rules: Rule[] = g.ids.map((id) => ({
        id: `m${id}`,
        severity: 'info',
        patterns: this.patterns[id]!,
        message: { zh: '', en: '' },
      }));
      return { linter: createLinter({ rules }), ids: g.ids };
    });
  }

  /**
   * Finds every list's hits in a text.
   *
   * @returns hits by matcher id (absent: none)
   */
  scan(text: string): Map<number, Hit[]> {
    this.groups ??= this.build();
    const out = new Map<number, Hit[]>();
    if (text.length === 0) return out;
    for (const { linter } of this.groups) {
      for (const f of linter.lint(text)) {
        const id = Number(f.ruleId.slice(1));
        const list = out.get(id);
        const hit = { start: f.start, end: f.end };
        if (list === undefined) out.set(id, [hit]);
        else list.push(hit);
      }
    }
    for (const list of out.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
    return out;
  }
}

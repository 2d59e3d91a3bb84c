import { CliUsageError } from './io.js';
import { escapeControls } from './output.js';

/**
 * Ignore comments in linted text, ESLint's way:
 * - `huashu-disable-next-line [rule…]` — the next line;
 * - `huashu-disable-line [rule…]` — its own line;
 * - `huashu-disable [rule…]` … `huashu-enable [rule…]` — from its line to the matching enable,
 *   or to the end of the file (at the top: the whole file).
 * With no rule ids a directive covers every rule. Ids are separated by spaces or commas; text
 * after ` -- ` is a reason and ignored. A directive may sit anywhere on a line (after `#`, `//`,
 * `<!--`…), so plain-text scripts can carry them.
 */
export interface Directives {
  /**
   * Whether a finding of `ruleId` on 1-based `line` is silenced. Calls must come in
   * non-decreasing line order (findings sorted by offset): the regions are swept once.
   */
  silenced(ruleId: string, line: number): boolean;
}

const DIRECTIVE = /huashu-(disable-next-line|disable-line|disable|enable)(?![\w-])([^\n]*)/g;

/** Rule ids, or `all`. */
type Scope = ReadonlySet<string> | 'all';

/**
 * Reads the directives of a text (linear in its length). Rule ids that no rule has are a usage
 * error naming the file and line, as `--disable` with an unknown id is.
 */
export function parseDirectives(file: string, text: string, knownRules: ReadonlySet<string>): Directives {
  if (!text.includes('huashu-')) return { silenced: () => false };
  const perLine = new Map<number, Scope[]>();
  const regions: Array<{ line: number; disable: boolean; scope: Scope }> = [];
  let line = 1;
  let scanned = 0;
  for (const m of text.matchAll(DIRECTIVE)) {
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    scanned = m.index;
    const kind = m[1]!;
    const spec = (m[2] ?? '').split(/\s--\s|-->|\*\//)[0]!.trim();
    const ids = spec === '' ? [] : spec.split(/[\s,]+/).filter((id) => id !== '');
    const unknown = ids.filter((id) => !knownRules.has(id));
    if (unknown.length > 0) {
      const names = unknown.slice(0, 5).map((id) => `"${escapeControls(id, { line: true }).slice(0, 60)}"`);
      throw new CliUsageError(`${escapeControls(file, { line: true })}:${line}: huashu-${kind} names no rule: ${names.join(', ')}${unknown.length > 5 ? ', …' : ''}`);
    }
    const scope: Scope = ids.length === 0 ? 'all' : new Set(ids);
    if (kind === 'disable-next-line' || kind === 'disable-line') {
      const target = kind === 'disable-line' ? line : line + 1;
      const list = perLine.get(target) ?? [];
      list.push(scope);
      perLine.set(target, list);
    } else regions.push({ line, disable: kind === 'disable', scope });
  }
  // The sweep's state: every rule off (but those enabled again), or the rules turned off.
  let allOff = false;
  const off = new Set<string>();
  const back = new Set<string>();
  let next = 0;
  let last = 0;
  return {
    silenced(ruleId, at) {
      if (at < last) throw new Error('parseDirectives: silenced() must be asked in line order');
      last = at;
      for (; next < regions.length && regions[next]!.line <= at; next++) {
        const { disable, scope } = regions[next]!;
        if (scope === 'all') {
          allOff = disable;
          off.clear();
          back.clear();
        } else
          for (const id of scope) {
            if (allOff) disable ? back.delete(id) : back.add(id);
            else disable ? off.add(id) : off.delete(id);
          }
      }
      if (perLine.get(at)?.some((s) => s === 'all' || s.has(ruleId)) === true) return true;
      return allOff ? !back.has(ruleId) : off.has(ruleId);
    },
  };
}

/**
 * The README's and the guides' TypeScript examples are executed like the TSDoc ones: a line
 * `expr; //=> value` (or `//=> value` on the line after a statement) asserts that `expr`
 * deep-equals `value`. A value may be followed by a note in parentheses, `//=> '新年好' (春节)`;
 * a value with `…` in it is elided on purpose and only run, not compared. Import lines are
 * dropped: every public name of the package is in scope. Blocks without `//=>` are not run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { publicScope, runChecked } from './examples.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const FILES = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

interface Block {
  file: string;
  line: number;
  code: string;
}

function blocks(file: string): Block[] {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ts\b/.test(lines[i] ?? '')) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !(lines[j] ?? '').startsWith('```'); j++) body.push(lines[j] ?? '');
    if (body.some((l) => l.includes('//=>'))) out.push({ file, line: i + 1, code: body.join('\n') });
    i = j;
  }
  return out;
}

/** The expected value of a `//=>` comment: the longest prefix that parses, so a trailing `(note)` is left out. */
function expected(text: string): string | undefined {
  const t = text.trim();
  if (t.includes('…')) return undefined;
  for (let end = t.length; end > 0; end--) {
    const candidate = t.slice(0, end).trimEnd();
    if (candidate === '' || /[,(]$/.test(candidate)) continue;
    try {
      transformSync(`(${candidate});`, { loader: 'ts' });
      return candidate;
    } catch {
      // shorter
    }
  }
  return undefined;
}

function instrument(code: string): string {
  const out: string[] = [];
  let pending: string[] = [];
  const check = (stmt: string, value: string) => {
    const e = expected(value);
    // `const x = expr; //=> value` declares x, then checks it.
    const declared = /^\s*(?:const|let)\s+([\w$]+)\s*=/.exec(stmt);
    if (declared !== null) out.push(`${stmt};`, e === undefined ? '' : `__check(${declared[1]}, (${e}));`);
    else out.push(e === undefined ? `${stmt};` : `__check((${stmt}), (${e}));`);
  };
  for (const line of code.split('\n')) {
    if (/^\s*import\s/.test(line)) continue;
    const inline = /^(.*?\S)\s*;?\s*\/\/=>\s*(.+)$/.exec(line);
    const alone = /^\s*\/\/=>\s*(.+)$/.exec(line);
    if (alone !== null) {
      // A statement's own comment (`say('x');  // falls back`) is not part of the expression.
      const stmt = pending.map((l) => l.replace(/;\s*\/\/.*$/, ';')).join('\n').replace(/;\s*$/, '');
      pending = [];
      if (stmt.trim() !== '') check(stmt, alone[1]!);
    } else if (inline !== null && !/^\s*\/\//.test(line)) {
      out.push(...pending);
      pending = [];
      check(inline[1]!.replace(/;\s*$/, ''), inline[2]!);
    } else pending.push(line);
  }
  out.push(...pending);
  return out.join('\n');
}

const all = FILES.flatMap(blocks);

describe('README and guide examples', async () => {
  const scope = await publicScope();

  it('are found, and most of their values are compared, not only run', () => {
    expect(all.length).toBeGreaterThan(5);
    const compared = all.map((b) => instrument(b.code).split('__check(').length - 1).reduce((a, b) => a + b, 0);
    const arrows = all.map((b) => b.code.split('//=>').length - 1).reduce((a, b) => a + b, 0);
    expect(compared).toBeGreaterThan(arrows * 0.8);
  });

  it.each(all.map((b) => [`${b.file}:${b.line}`, b] as const))('%s is true', async (_name, block) => {
    await runChecked(instrument(block.code), scope);
  });
});

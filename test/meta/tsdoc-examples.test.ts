/**
 * Every `@example` in the TSDoc of src/ is executed: a line `expr; //=> value` (or `//=> value`
 * on the line after a statement) asserts that `expr` deep-equals `value`. The examples run with
 * every public name of the package in scope, so they are exactly what a user can write.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicScope, runChecked } from './examples.js';

const SRC = new URL('../../src/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'generated' || name === 'cli' ? [] : files(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

interface Example {
  file: string;
  line: number;
  code: string;
}

function examples(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/@example\b/.test(lines[i] ?? '')) continue;
    const body: string[] = [];
    let j = i + 1;
    let inFence = false;
    for (; j < lines.length; j++) {
      const raw = lines[j] ?? '';
      if (/^\s*\*\//.test(raw) || /^\s*\*\s*@\w+/.test(raw)) break;
      const text = raw.replace(/^\s*\* ?/, '');
      if (text.startsWith('```')) {
        inFence = !inFence;
        continue;
      }
      if (inFence) body.push(text);
    }
    out.push({ file: file.slice(SRC.length), line: i + 1, code: body.join('\n') });
    i = j - 1;
  }
  return out;
}

/** Turns `expr; //=> value` lines into assertions. */
function instrument(code: string): string {
  const out: string[] = [];
  let pending: string[] = [];
  for (const line of code.split('\n')) {
    const inline = /^(.*?\S)\s*;?\s*\/\/=>\s*(.+)$/.exec(line);
    const alone = /^\s*\/\/=>\s*(.+)$/.exec(line);
    if (alone !== null) {
      const stmt = pending.join('\n').replace(/;\s*$/, '');
      pending = [];
      out.push(`__check((${stmt}), (${alone[1]}));`);
    } else if (inline !== null && !/^\s*\/\//.test(line)) {
      out.push(...pending);
      pending = [];
      out.push(`__check((${inline[1]!.replace(/;\s*$/, '')}), (${inline[2]}));`);
    } else {
      pending.push(line);
    }
  }
  out.push(...pending);
  return out.join('\n');
}

const all = files(SRC).flatMap(examples);

describe('TSDoc examples', async () => {
  const scope = await publicScope();

  it('exist on the public functions', () => {
    expect(all.length).toBeGreaterThan(5);
  });

  it.each(all.map((e) => [`${e.file}:${e.line}`, e] as const))('%s is true', async (_name, example) => {
    await runChecked(instrument(example.code), scope);
  });
});

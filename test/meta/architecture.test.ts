/**
 * The architecture ARCHITECTURE.md states, checked on the code: modules import each other through
 * their declared surface (index.ts, internal.ts), value imports follow the dependency table at
 * the end of ARCHITECTURE.md (read from its JSON block), and there are no import cycles.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const SRC = join(ROOT, 'src');

interface Import {
  readonly from: string;
  readonly to: string;
  /** `import type`/`export type`, or only `type` specifiers: erased at build time. */
  readonly typeOnly: boolean;
  readonly line: number;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.m?ts$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

const STATEMENT = /(^|\n)[ \t]*(import|export)(\s+type)?\s*(\{[^}]*\}|\*(?:\s+as\s+\w+)?|\w+(?:\s*,\s*\{[^}]*\})?)\s*from\s*'(\.[^']+)'|(^|\n)[ \t]*import\s*'(\.[^']+)'/g;

/** The relative imports of a file (static `import … from`, `export … from`, side-effect imports). */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const out: Import[] = [];
  for (const m of text.matchAll(STATEMENT)) {
    const spec = m[5] ?? m[7]!;
    const clause = m[4] ?? '';
    const specifiers = clause.startsWith('{') ? clause.slice(1, -1).split(',').map((s) => s.trim()).filter(Boolean) : [];
    const typeOnly = m[3] !== undefined || (specifiers.length > 0 && specifiers.every((s) => s.startsWith('type ')));
    const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
    out.push({ from: file, to: target, typeOnly, line: text.slice(0, m.index).split('\n').length + (m[1] === '\n' || m[6] === '\n' ? 1 : 0) });
  }
  return out;
}

/** The module a file of src/ belongs to: its first folder, or `(root)` for src/index.ts. */
function moduleOf(file: string): string {
  const parts = relative(SRC, file).split('/');
  return parts.length === 1 ? '(root)' : parts[0]!;
}

/** The dependency table: the JSON block of ARCHITECTURE.md. */
function declared(): Record<string, string[]> {
  const doc = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
  const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)];
  expect(blocks.length, 'ARCHITECTURE.md has one JSON block, the dependency table').toBe(1);
  return JSON.parse(blocks[0]![1]!) as Record<string, string[]>;
}

/** A cycle in a graph, as its nodes, or undefined (iterative depth-first search). */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  for (const start of graph.keys()) {
    if (state.has(start)) continue;
    const stack: Array<{ node: string; next: number }> = [{ node: start, next: 0 }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const edges = graph.get(top.node) ?? [];
      if (top.next >= edges.length) {
        state.set(top.node, 'done');
        stack.pop();
        continue;
      }
      const child = edges[top.next++]!;
      if (state.get(child) === 'open') return [...stack.slice(stack.findIndex((f) => f.node === child)).map((f) => f.node), child];
      if (!state.has(child)) {
        state.set(child, 'open');
        stack.push({ node: child, next: 0 });
      }
    }
  }
  return undefined;
}

const srcImports = files(SRC).flatMap(importsOf);
const where = (i: Import) => `${relative(ROOT, i.from)}:${i.line} → ${relative(ROOT, i.to)}`;

describe('architecture (ARCHITECTURE.md)', () => {
  const table = declared();

  it('declares every module of src/', () => {
    const modules = [...new Set(files(SRC).map(moduleOf))].sort();
    expect(modules.filter((m) => !(m in table))).toEqual([]);
  });

  it('declares a dependency table without cycles, naming only declared modules', () => {
    for (const [module, deps] of Object.entries(table)) for (const dep of deps) expect(table, `${module} depends on ${dep}`).toHaveProperty([dep]);
    expect(findCycle(new Map(Object.entries(table)))).toBeUndefined();
  });

  it('imports other modules only through their index.ts or internal.ts', () => {
    const wrong = srcImports.filter((i) => {
      const from = moduleOf(i.from);
      const to = moduleOf(i.to);
      if (from === to || to === 'generated') return false;
      const file = relative(join(SRC, to), i.to);
      return from === '(root)' ? file !== 'index.ts' : file !== 'index.ts' && file !== 'internal.ts';
    });
    expect(wrong.map(where)).toEqual([]);
  });

  it('has value imports only in the direction the table states', () => {
    const against = srcImports.filter((i) => {
      const from = moduleOf(i.from);
      const to = moduleOf(i.to);
      return !i.typeOnly && from !== to && !(table[from] ?? []).includes(to);
    });
    expect(against.map((i) => `${where(i)} (${moduleOf(i.from)} may import ${(table[moduleOf(i.from)] ?? []).join(', ') || 'nothing'})`)).toEqual([]);
  });

  it('has no file-level cycle of value imports in src/', () => {
    const graph = new Map<string, string[]>();
    for (const i of srcImports) if (!i.typeOnly) graph.set(i.from, [...(graph.get(i.from) ?? []), i.to]);
    expect(findCycle(graph)?.map((f) => relative(ROOT, f))).toBeUndefined();
  });

  it('has no file-level import cycle in scripts/', () => {
    const graph = new Map<string, string[]>();
    for (const i of files(join(ROOT, 'scripts')).flatMap(importsOf)) graph.set(i.from, [...(graph.get(i.from) ?? []), i.to]);
    expect(findCycle(graph)?.map((f) => relative(ROOT, f))).toBeUndefined();
  });

  it('finds the imports it checks (the parser is not blind)', () => {
    const catalogue = importsOf(join(SRC, 'catalogue/say-in.ts')).map((i) => `${relative(SRC, i.to)}${i.typeOnly ? ' (type)' : ''}`);
    expect(catalogue).toContain('honorifics/internal.ts');
    expect(catalogue).toContain('honorifics/index.ts (type)');
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
  });
});

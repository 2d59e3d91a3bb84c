import { SEEDS } from '../seeds.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corePack } from '../../src/generated/catalogue.js';
import { domainPacks } from '../../src/generated/packs/index.js';

const table = readFileSync(new URL('../../data/SOURCES.md', import.meta.url), 'utf8');

/** The rows of the Markdown table under a `## heading`, split into trimmed cells. */
function rowsUnder(heading: string): string[][] {
  const section = table.split('\n## ').find((s) => s.startsWith(heading));
  if (section === undefined) throw new Error(`data/SOURCES.md has no section "${heading}"`);
  return section
    .split('\n')
    .filter((line) => /^\| \d+ \|/.test(line))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

const scenarios = new Map(
  [corePack, ...domainPacks].flatMap((pack) => pack.scenarios.map((s) => [s.id, s] as const)),
);

/** Every source a scenario cites, its phrases' included. */
function citations(id: string): string[] {
  const s = scenarios.get(id);
  return s === undefined ? [] : [...s.sources, ...s.phrases.flatMap((p) => p.sources ?? [])];
}

/** Whether a scenario cites lines of `seed` that overlap `from`–`to`. */
function cites(id: string, seed: string, from: number, to: number): boolean {
  return citations(id).some((source) => {
    const match = /^(\d{3}):(\d+)(?:-(\d+))?$/.exec(source);
    if (match === null || match[1] !== seed) return false;
    const start = Number(match[2]);
    const end = Number(match[3] ?? match[2]);
    return start <= to && end >= from;
  });
}

const situations = rowsUnder('Seed 000').map(([n, lines, situation, ids]) => {
  const [from, to] = lines!.split('-').map(Number);
  return { n: Number(n), from: from!, to: to ?? from!, situation: situation!, ids: ids!.split(', ') };
});
const rows = rowsUnder('Seed 004').map(([n, opening, ids]) => ({ n: Number(n), opening: opening!, ids: ids!.split(', ') }));

/** The seed documents, when this checkout has them (they are not shipped). */
const seedDir = SEEDS ?? '';
const seed = (n: string): string[] | undefined => {
  if (!existsSync(seedDir)) return undefined;
  const name = readdirSync(seedDir).find((f) => f.startsWith(`${n}_`));
  return name === undefined ? undefined : readFileSync(join(seedDir, name), 'utf8').split('\n');
};

describe('data/SOURCES.md', () => {
  it('lists the 22 situations of seed 000 in order, covering lines 1–65 without gaps', () => {
    expect(situations.map((s) => s.n)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(situations[0]?.from).toBe(1);
    expect(situations.at(-1)?.to).toBe(65);
    situations.forEach((s, i) => {
      if (i > 0) expect(s.from, `situation ${s.n}`).toBe(situations[i - 1]!.to + 1);
    });
  });

  it.each(situations)('maps 000 situation $n ($situation) to scenarios that cite its lines', ({ from, to, ids }) => {
    for (const id of ids) {
      expect(scenarios.has(id), id).toBe(true);
      expect(cites(id, '000', from, to), `${id} cites 000:${from}-${to}`).toBe(true);
    }
  });

  it('lists the 30 rows of seed 004', () => {
    expect(rows.map((r) => r.n)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it.each(rows)('maps 004 row $n ($opening) to scenarios that cite line 13', ({ ids }) => {
    for (const id of ids) {
      expect(scenarios.has(id), id).toBe(true);
      expect(cites(id, '004', 13, 13), `${id} cites 004:13`).toBe(true);
    }
  });

  const seed000 = seed('000');
  const seed004 = seed('004');
  it.skipIf(seed000 === undefined || seed004 === undefined)('matches the seed documents, when they are present', () => {
    for (const s of situations) expect(seed000![s.from - 1], `000:${s.from}`).toMatch(new RegExp(`^${s.n}、`));
    let at = 0;
    for (const r of rows) {
      const found = seed004![12]!.indexOf(r.opening, at);
      expect(found, `row ${r.n} "${r.opening}" follows row ${r.n - 1}`).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
  });
});

describe('the built-in data', () => {
  it('attributes every scenario of every bundled pack to a seed or a public service standard (URL)', () => {
    for (const [id, s] of scenarios) expect(s.sources.some((src) => /^00[0-4]:/.test(src) || /^https?:\/\//.test(src)), id).toBe(true);
  });

  it('writes phrases with full-width punctuation', () => {
    for (const [id, s] of scenarios) {
      for (const p of s.phrases) expect(p.text.replace(/\{[^}]*\}/g, ''), `${id}#${p.id}`).not.toMatch(/[,!?;:]/);
    }
  });
});

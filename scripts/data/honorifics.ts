/**
 * The honorifics data task: validates data/honorifics/surnames.yaml and titles.yaml, derives
 * the traditional forms of every surname and title with opencc-js (plus the files' overrides)
 * and emits src/generated/honorifics.ts as compact strings (they ship in the `fill` bundle).
 */
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import type { PackIssue } from '../../src/schema/errors.js';
import { surnamesFileSchema, titlesFileSchema } from '../../src/schema/honorifics.js';
import { banner, writeGenerated } from './emit.js';
import { loadYaml, ROOT } from './load.js';

/** Runs the honorifics task. */
export function buildHonorifics(issues: PackIssue[]): void {
  const surnames = loadYaml(join(ROOT, 'data/honorifics/surnames.yaml'), surnamesFileSchema, issues);
  const titles = loadYaml(join(ROOT, 'data/honorifics/titles.yaml'), titlesFileSchema, issues);
  if (surnames === undefined || titles === undefined) return;
  const s = surnames.value;

  const single: string[] = [];
  const seen = new Map<string, (string | number)[]>();
  const add = (name: string, path: (string | number)[]) => {
    const prev = seen.get(name);
    if (prev !== undefined) {
      const pos = surnames.locate(path);
      issues.push({ file: surnames.file, path, line: pos?.line, column: pos?.column, message: `duplicate surname ${name} (also at ${prev.join('.')})` });
      return false;
    }
    seen.set(name, path);
    return true;
  };
  s.single.forEach((line, i) => {
    for (const ch of line) if (add(ch, ['single', i])) single.push(ch);
  });
  s.additional.forEach((ch, i) => {
    if (add(ch, ['additional', i])) single.push(ch);
  });
  s.compound.forEach((c, i) => add(c.surname, ['compound', i, 'surname']));
  for (const key of Object.keys(s.traditional)) {
    if (!seen.has(key)) issues.push({ file: surnames.file, path: ['traditional', key], ...surnames.locate(['traditional', key]), message: `override for ${key}, which is not a listed surname` });
  }
  const seenTitles = new Set<string>();
  titles.value.titles.forEach((t, i) => {
    if (seenTitles.has(t.id)) issues.push({ file: titles.file, path: ['titles', i, 'id'], ...titles.locate(['titles', i, 'id']), message: `duplicate title ${t.id}` });
    seenTitles.add(t.id);
  });
  if (issues.length > 0) return;

  const toTW = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toHK = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const compounds = s.compound.map((c) => c.surname);
  const titleIds = titles.value.titles.map((t) => t.id);
  const twOf = (n: string) => s.traditional[n] ?? toTW(n);
  const hkOf = (n: string) => s.traditional[n] ?? toHK(n);
  for (const n of [...single, ...compounds]) {
    for (const form of [n, twOf(n), hkOf(n)]) {
      if (form.length !== [...form].length || form.length !== n.length) issues.push({ file: surnames.file, path: [], message: `${n} → ${form}: surnames and their traditional forms must be BMP characters of equal length (the tables are aligned strings)` });
    }
  }
  if (issues.length > 0) return;
  // Aligned strings (gzip-friendly, no separators): the i-th character of *_TW is the traditional
  // form of the i-th character of the simplified list.
  const differs = single.filter((n) => twOf(n) !== n);
  const same = single.filter((n) => twOf(n) === n);
  const titlePairs = (convert: (t: string) => string, key: 'zh-TW' | 'zh-HK') =>
    titles.value.titles.map((t) => [t.id, t[key] ?? convert(t.id)] as const).filter(([a, b]) => a !== b);
  const hkDiff = [
    ...[...single, ...compounds].filter((n) => hkOf(n) !== twOf(n)).map((n) => `${n}:${hkOf(n)}`),
    ...titlePairs(toHK, 'zh-HK').filter(([a, b]) => titlePairs(toTW, 'zh-TW').find(([c]) => c === a)?.[1] !== b).map(([a, b]) => `${a}:${b}`),
  ];

  const lines = [
    banner('data/honorifics'),
    '',
    '/** Single-character surnames whose zh-TW form differs, concatenated (aligned with SINGLE_TW). */',
    `export const SINGLE_DIFFERS = ${JSON.stringify(differs.join(''))};`,
    '/** The zh-TW forms of SINGLE_DIFFERS, character by character. */',
    `export const SINGLE_TW = ${JSON.stringify(differs.map(twOf).join(''))};`,
    '/** Single-character surnames written the same in both scripts. */',
    `export const SINGLE_SAME = ${JSON.stringify(same.join(''))};`,
    '/** Compound surnames, two characters each, concatenated (aligned with COMPOUND_TW). */',
    `export const COMPOUND_SURNAMES = ${JSON.stringify(compounds.join(''))};`,
    '/** The zh-TW forms of COMPOUND_SURNAMES. */',
    `export const COMPOUND_TW = ${JSON.stringify(compounds.map(twOf).join(''))};`,
    '/** Compound surnames whose first character is also a common single surname (单于飞: 单于 + 飞 or 单 + 于飞). */',
    `export const AMBIGUOUS_COMPOUNDS = ${JSON.stringify(s.compound.filter((c) => c.ambiguous === true).map((c) => c.surname).join(''))};`,
    '/** `title:traditional` pairs for zh-TW (titles that differ). */',
    `export const TITLES_TW = ${JSON.stringify(titlePairs(toTW, 'zh-TW').map(([a, b]) => `${a}:${b}`).join(','))};`,
    '/** zh-HK forms that differ from zh-TW, as `simplified:traditional` pairs. */',
    `export const HK_DIFFERS = ${JSON.stringify(hkDiff.join(','))};`,
    '/** `title:bare` pairs: what a title becomes without a surname (absent: not said bare). */',
    `export const BARE_TITLES = ${JSON.stringify(titles.value.titles.filter((t) => t.bare !== undefined).map((t) => `${t.id}:${t.bare}`).join(','))};`,
    '/** Titles in the table, comma-separated. */',
    `export const TITLES = ${JSON.stringify(titleIds.join(','))};`,
  ];
  writeGenerated('honorifics.ts', lines.join('\n') + '\n');
}

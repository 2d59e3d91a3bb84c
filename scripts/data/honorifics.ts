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
  /** `simplified:traditional` pairs (only those that differ), comma-separated. */
  const pairs = (names: string[], convert: (t: string) => string, override: (n: string) => string | undefined) =>
    names
      .map((n) => [n, override(n) ?? convert(n)] as const)
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => `${a}:${b}`)
      .join(',');
  const allNames = [...single, ...s.compound.map((c) => c.surname)];
  const titleIds = titles.value.titles.map((t) => t.id);
  const tw = pairs(allNames, toTW, (n) => s.traditional[n]) + ',' + pairs(titleIds, toTW, (n) => titles.value.titles.find((t) => t.id === n)?.['zh-TW']);
  const hkFull = pairs(allNames, toHK, (n) => s.traditional[n]) + ',' + pairs(titleIds, toHK, (n) => titles.value.titles.find((t) => t.id === n)?.['zh-HK']);
  // zh-HK differs from zh-TW for few entries, if any: ship only those.
  const twSet = new Set(tw.split(','));
  const hk = hkFull.split(',').filter((p) => !twSet.has(p)).join(',');

  const lines = [
    banner('data/honorifics'),
    '',
    '/** Single-character surnames (百家姓 and common additions), concatenated. */',
    `export const SINGLE_SURNAMES = ${JSON.stringify(single.join(''))};`,
    '/** Compound surnames, comma-separated. */',
    `export const COMPOUND_SURNAMES = ${JSON.stringify(s.compound.map((c) => c.surname).join(','))};`,
    '/** Compound surnames whose first character is also a common single surname (单于飞: 单于 + 飞 or 单 + 于飞). */',
    `export const AMBIGUOUS_COMPOUNDS = ${JSON.stringify(s.compound.filter((c) => c.ambiguous === true).map((c) => c.surname).join(','))};`,
    '/** `simplified:traditional` pairs for zh-TW (surnames and titles that differ). */',
    `export const TRADITIONAL_TW = ${JSON.stringify(tw.replace(/^,|,$/g, ''))};`,
    '/** zh-HK pairs that differ from zh-TW. */',
    `export const TRADITIONAL_HK = ${JSON.stringify(hk)};`,
    '/** `title:bare` pairs: what a title becomes without a surname (absent: not said bare). */',
    `export const BARE_TITLES = ${JSON.stringify(titles.value.titles.filter((t) => t.bare !== undefined).map((t) => `${t.id}:${t.bare}`).join(','))};`,
    '/** Titles in the table, comma-separated. */',
    `export const TITLES = ${JSON.stringify(titleIds.join(','))};`,
  ];
  writeGenerated('honorifics.ts', lines.join('\n') + '\n');
}

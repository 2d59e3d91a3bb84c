/**
 * The honorifics data task: validates data/honorifics/surnames.yaml and titles.yaml, derives
 * each derived locale's forms of every surname and title with opencc-js (to the target its
 * folder names, src/locales/<tag>/locale.yaml, whose `titles` overrides the derived titles)
 * and emits src/generated/honorifics.ts as compact strings (they ship in the `fill` bundle).
 */
import { join } from 'node:path';
import type { PackIssue } from '../../src/schema/errors.js';
import { surnamesFileSchema, titlesFileSchema } from '../../src/schema/honorifics.js';
import { DERIVED_LOCALES } from '../../src/vocab/index.js';
import { banner, writeGenerated } from './emit.js';
import { charConverter, localeFile } from './locales.js';
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

  // Each derived locale's forms: opencc-js to its folder's target, character by character (no
  // regional terms: these are names), the surnames' own `traditional` characters, the titles its
  // locale.yaml overrides.
  const compounds = s.compound.map((c) => c.surname);
  const titleIds = titles.value.titles.map((t) => t.id);
  const formsOf = DERIVED_LOCALES.map((locale) => {
    const chars = charConverter(locale);
    const file = localeFile(locale);
    for (const key of Object.keys(file.value.titles)) {
      if (!seenTitles.has(key)) issues.push({ file: file.file, path: ['titles', key], ...file.locate(['titles', key]), message: `override for ${key}, which is not a title of data/honorifics/titles.yaml` });
    }
    return {
      surname: (n: string) => s.traditional[n] ?? chars(n),
      title: (t: string) => file.value.titles[t] ?? chars(t),
    };
  });
  for (const n of [...single, ...compounds]) {
    for (const form of [n, ...formsOf.map((f) => f.surname(n))]) {
      if (form.length !== [...form].length || form.length !== n.length) issues.push({ file: surnames.file, path: [], message: `${n} → ${form}: surnames and their traditional forms must be BMP characters of equal length (the tables are aligned strings)` });
    }
  }
  if (issues.length > 0) return;
  // Aligned strings (gzip-friendly, no separators) for the first derived locale: the i-th
  // character of SINGLE_DERIVED is the form of the i-th character of SINGLE_DIFFERS. The other
  // derived locales list only where they differ from it.
  const [first] = formsOf;
  const differs = single.filter((n) => first!.surname(n) !== n);
  const same = single.filter((n) => first!.surname(n) === n);
  const pairsOf = (form: (typeof formsOf)[number]) => [
    ...[...single, ...compounds].map((n) => [n, form.surname(n)] as const),
    ...titleIds.map((t) => [t, form.title(t)] as const),
  ];
  const firstForms = new Map(pairsOf(first!));
  const differsFromFirst = Object.fromEntries(
    formsOf.map((form, i) => [DERIVED_LOCALES[i]!, pairsOf(form).filter(([n, f]) => firstForms.get(n) !== f).map(([n, f]) => `${n}:${f}`).join(',')]),
  );

  const lines = [
    banner('data/honorifics and src/locales/*/locale.yaml'),
    '',
    `/** Single-character surnames whose ${DERIVED_LOCALES[0]} form differs, concatenated (aligned with SINGLE_DERIVED). */`,
    `export const SINGLE_DIFFERS = ${JSON.stringify(differs.join(''))};`,
    `/** The ${DERIVED_LOCALES[0]} forms of SINGLE_DIFFERS, character by character. */`,
    `export const SINGLE_DERIVED = ${JSON.stringify(differs.map(first!.surname).join(''))};`,
    '/** Single-character surnames written the same in both scripts. */',
    `export const SINGLE_SAME = ${JSON.stringify(same.join(''))};`,
    '/** Compound surnames, two characters each, concatenated (aligned with COMPOUND_DERIVED). */',
    `export const COMPOUND_SURNAMES = ${JSON.stringify(compounds.join(''))};`,
    `/** The ${DERIVED_LOCALES[0]} forms of COMPOUND_SURNAMES. */`,
    `export const COMPOUND_DERIVED = ${JSON.stringify(compounds.map(first!.surname).join(''))};`,
    '/** Compound surnames whose first character is also a common single surname (单于飞: 单于 + 飞 or 单 + 于飞). */',
    `export const AMBIGUOUS_COMPOUNDS = ${JSON.stringify(s.compound.filter((c) => c.ambiguous === true).map((c) => c.surname).join(''))};`,
    `/** \`title:form\` pairs for ${DERIVED_LOCALES[0]} (titles that differ). */`,
    `export const TITLES_DERIVED = ${JSON.stringify(titleIds.map((t) => [t, first!.title(t)]).filter(([a, b]) => a !== b).map(([a, b]) => `${a}:${b}`).join(','))};`,
    `/** Every derived locale, by tag, with its forms that differ from ${DERIVED_LOCALES[0]}'s, as \`simplified:form\` pairs. */`,
    `export const DERIVED_DIFFERS: Readonly<Record<string, string>> = ${JSON.stringify(differsFromFirst)};`,
    '/** `title:bare` pairs: what a title becomes without a surname (absent: not said bare). */',
    `export const BARE_TITLES = ${JSON.stringify(titles.value.titles.filter((t) => t.bare !== undefined).map((t) => `${t.id}:${t.bare}`).join(','))};`,
    '/** Titles in the table, comma-separated. */',
    `export const TITLES = ${JSON.stringify(titleIds.join(','))};`,
  ];
  writeGenerated('honorifics.ts', lines.join('\n') + '\n');
}

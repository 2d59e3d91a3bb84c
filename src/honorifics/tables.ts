import { createLru } from '../cache/index.js';
import {
  AMBIGUOUS_COMPOUNDS,
  BARE_TITLES,
  COMPOUND_DERIVED,
  COMPOUND_SURNAMES,
  DERIVED_DIFFERS,
  SINGLE_DERIVED,
  SINGLE_DIFFERS,
  SINGLE_SAME,
  TITLES,
  TITLES_DERIVED,
} from '../generated/honorifics.js';
import type { Locale } from '../vocab/index.js';

/** The generated tables, expanded to maps on first use (nothing runs at import time). */
interface Tables {
  single: Set<string>;
  compound: Set<string>;
  ambiguous: Set<string>;
  bare: Map<string, string>;
  titles: Set<string>;
  /** simplified → the locale's form, per derived locale (the source locale has none). */
  derived: Map<string, Map<string, string>>;
  /** traditional → simplified. */
  simplified: Map<string, string>;
}

let tables: Tables | undefined;

const pairs = (text: string): Array<[string, string]> =>
  text === '' ? [] : text.split(',').map((p) => p.split(':') as [string, string]);

/** Splits a concatenation of `size`-character entries. */
function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/** The surname and title tables. */
export function getTables(): Tables {
  if (tables !== undefined) return tables;
  const compounds = chunks(COMPOUND_SURNAMES, 2);
  const compoundsDerived = chunks(COMPOUND_DERIVED, 2);
  // The first derived locale's forms in full; the others', where they differ from it.
  const first = new Map<string, string>();
  for (let i = 0; i < SINGLE_DIFFERS.length; i++) first.set(SINGLE_DIFFERS[i]!, SINGLE_DERIVED[i]!);
  compounds.forEach((c, i) => {
    if (compoundsDerived[i] !== c) first.set(c, compoundsDerived[i]!);
  });
  for (const [s, t] of pairs(TITLES_DERIVED)) first.set(s, t);
  const derived = new Map(Object.entries(DERIVED_DIFFERS).map(([l, differs]) => [l, new Map([...first, ...pairs(differs)])]));
  const simplified = new Map<string, string>();
  for (const map of derived.values()) for (const [s, t] of map) simplified.set(t, s);
  tables = {
    single: new Set(SINGLE_DIFFERS + SINGLE_SAME),
    compound: new Set(compounds),
    ambiguous: new Set(chunks(AMBIGUOUS_COMPOUNDS, 2)),
    bare: new Map(pairs(BARE_TITLES)),
    titles: new Set(TITLES.split(',')),
    derived,
    simplified,
  };
  return tables;
}

/** The simplified form of a surname or title written in either script. */
export function toSimplified(text: string): string {
  const { simplified } = getTables();
  const whole = simplified.get(text);
  if (whole !== undefined) return whole;
  let out = '';
  for (const ch of text) out += simplified.get(ch) ?? ch;
  return out;
}

const converted = createLru<string, string>({ maxEntries: 3000, maxWeight: 64 * 1024, maxEntryWeight: 64 });

/** A surname or title (in either script) in the script of a locale (cached). */
export function inScript(text: string, locale: Locale): string {
  return converted.get(`${locale}:${text}`, () => convert(text, locale));
}

function convert(text: string, locale: Locale): string {
  const plain = toSimplified(text);
  const t = getTables();
  const map = t.derived.get(locale);
  if (map === undefined) return plain;
  const whole = map.get(plain);
  if (whole !== undefined) return whole;
  // A listed surname or title that is the same in both scripts (上官, 万俟) stays as it is.
  if (t.compound.has(plain) || t.titles.has(plain)) return plain;
  let out = '';
  for (const ch of plain) out += map.get(ch) ?? ch;
  return out;
}

/**
 * The locale list, derived from the folders of src/locales: one folder (with a `locale.yaml`) is
 * one locale, and its name is the tag. Written first by the data build, like the folding table,
 * because src/vocab's `LOCALES` (and so every schema and module) reads it (from
 * src/vocab/locales.generated.ts, git-ignored: the list is vocab's own); so it imports nothing
 * from src/ and reads only the two fields that order the list (the files are validated in full by
 * the locales task, scripts/data/locales.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { banner, writeGeneratedIn } from './emit.js';

/** Where the locale folders are. */
export const LOCALES_DIR = new URL('../../src/locales/', import.meta.url).pathname;

/**
 * The locale tags of the folders under `dir`, in `LOCALES` order: the source locale (the one
 * with `opencc: null`), then each script's default, then the others by tag.
 */
export function localeTags(dir: string = LOCALES_DIR): string[] {
  const rank = (tag: string): number => {
    const file = parse(readFileSync(join(dir, tag, 'locale.yaml'), 'utf8')) as { opencc?: unknown; scriptDefault?: unknown } | null;
    return file?.opencc === null ? 0 : file?.scriptDefault === true ? 1 : 2;
  };
  const tags = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'locale.yaml')))
    .map((d) => ({ tag: d.name, rank: rank(d.name) }));
  return tags.sort((a, b) => a.rank - b.rank || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0)).map((t) => t.tag);
}

/** The text of src/vocab/locales.generated.ts for the given tags. */
export function localeTagsModule(tags: readonly string[]): string {
  return [
    banner('the folders of src/locales'),
    '',
    '/** The locales, one a folder of src/locales (its name is the tag): the source locale first. */',
    `export const LOCALE_TAGS = [${tags.map((t) => JSON.stringify(t)).join(', ')}] as const;`,
    '',
  ].join('\n');
}

/** Writes src/vocab/locales.generated.ts (only when its content changed). */
export function writeLocaleTags(): void {
  writeGeneratedIn(join(LOCALES_DIR, '../vocab/locales.generated.ts'), localeTagsModule(localeTags()));
}

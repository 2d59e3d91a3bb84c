/**
 * "A new locale is one folder": what is particular to a derived locale (its tag, its words) is
 * written only in its folder, src/locales/<tag>/. Code elsewhere loops over `LOCALES` /
 * `DERIVED_LOCALES` and reads `LOCALE_DEFINITIONS`, so adding a locale needs no edit there.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/files/index.js';
import { localeFileSchema } from '../../src/schema/locale.js';
import { DERIVED_LOCALES } from '../../src/vocab/index.js';

const SRC = new URL('../../src/', import.meta.url).pathname;

/**
 * Files outside the locale folders that may name a derived locale, and why. The source locale
 * (zh-CN) is not checked: text is authored in it, and code that defaults to it or reads the
 * source text names it.
 */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  'cli/commands/demo.ts': 'the demo shows what one traditional locale (zh-TW) prints, on purpose',
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Where a locale may be named: its own folder, the id lists, and what the data build generates. */
function allowed(file: string): boolean {
  const path = relative(SRC, file);
  return path.startsWith('vocab/') || path.startsWith('generated/') || path.endsWith('.generated.ts') || /^locales\/[^/]+\//.test(path) || path in EXCEPTIONS;
}

/** The string and template-literal texts of TypeScript code (comments and TSDoc are prose: not checked). */
function literals(code: string): string[] {
  const source = ts.createSourceFile('code.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) out.push(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  return out;
}

/**
 * A derived locale's own wording (unit words, titles, greetings): what its locale.yaml writes
 * differently from the source (zh-CN). Its `terms.yaml` is vocabulary, not wording: code that
 * reads input in either script (organisation names, speaker roles) may list 門市 or 客戶.
 */
function wordsOf(locale: string): string[] {
  const read = (tag: string) => localeFileSchema.parse(parseYaml(readFileSync(join(SRC, 'locales', tag, 'locale.yaml'), 'utf8')).value);
  const own = read(locale);
  const source = read('zh-CN');
  const pairs: Array<[string, string]> = [
    ...Object.entries(own.units).map(([unit, word]): [string, string] => [source.units[unit as keyof typeof source.units], word]),
    ...Object.entries(own.titles),
    ...Object.entries(own.greetings),
  ];
  return pairs.filter(([from, to]) => from !== to).map(([, to]) => to);
}

describe('a derived locale is named only in its folder', () => {
  const checked = files(SRC).filter((f) => !allowed(f));

  it('checks the code of every module', () => {
    expect(checked.length).toBeGreaterThan(100);
    expect(checked.map((f) => relative(SRC, f).split('/')[0])).toContain('honorifics');
  });

  it.each(DERIVED_LOCALES.map((l) => [l]))('no code outside src/locales/%s/, src/vocab and generated files names it or its words', (locale) => {
    const words = [locale, ...wordsOf(locale)];
    expect(words.length).toBeGreaterThan(2);
    const found = checked.flatMap((file) => literals(readFileSync(file, 'utf8')).flatMap((text) => words.filter((w) => text.includes(w)).map((w) => `${relative(SRC, file)}: ${JSON.stringify(w)}`)));
    expect(found).toEqual([]);
  });

  it('finds a locale named in a string (the check can fail)', () => {
    expect(literals("const x = `--locale ${'zh-HK'}|zh-TW`; // zh-CN\nconst y = '分鐘'; /** 小時 */")).toEqual(['--locale ', 'zh-HK', '|zh-TW', '分鐘']);
  });
});

/**
 * The traditional→simplified character table that `huashu/text` folds with, built from opencc-js's
 * TSCharacters and the Taiwan/Hong Kong variant tables. It imports nothing from src/: the data
 * build writes it first, because src/text (and so the schemas that fold patterns) read it.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';

function pairs(dict: string): Array<[string, string]> {
  return dict.split('|').map((entry) => {
    const [from = '', to = ''] = entry.split(' ');
    return [from, to];
  });
}

/** Builds the one-to-one (BMP, single UTF-16 unit) traditional → simplified character table. */
export function t2sTable(): Map<string, string> {
  const table = new Map<string, string>();
  const ts = new Map(pairs(TSCharacters));
  const single = (s: string) => s.length === 1;
  for (const [t, s] of ts) if (single(t) && single(s) && t !== s) table.set(t, s);
  // Regional variants (裡→裏, 著→着…) first become the standard traditional form, then simplified.
  const simplifiedChars = new Set(ts.values());
  for (const [regional, standard] of [...pairs(TWVariantsRev), ...pairs(HKVariantsRev)]) {
    // Skip characters that are themselves simplified (么, 台): folding must not change them.
    if (!single(regional) || !single(standard) || table.has(regional) || simplifiedChars.has(regional)) continue;
    const simplified = ts.get(standard) ?? standard;
    if (single(simplified) && simplified !== regional) table.set(regional, simplified);
  }
  return table;
}

/** The generated module's text for a table. */
export function t2sModule(table: Map<string, string> = t2sTable()): string {
  const keys = [...table.keys()].sort();
  const from = keys.join('');
  const to = keys.map((k) => table.get(k)).join('');
  return [
    '// This file is generated from opencc-js (TSCharacters, TWVariantsRev, HKVariantsRev) by scripts/build-data.ts. Do not edit it by hand:',
    '// edit the data and run `npm run data`.',
    '/* eslint-disable */',
    '',
    `/** Traditional (and regional variant) characters, one UTF-16 unit each; ${keys.length} of them. */`,
    `export const T2S_FROM = ${JSON.stringify(from)};`,
    '/** Their simplified forms, position by position. */',
    `export const T2S_TO = ${JSON.stringify(to)};`,
    '',
  ].join('\n');
}

/** Writes src/generated/t2s.ts (only when its content changed). */
export function writeT2s(): void {
  const path = join(new URL('../../', import.meta.url).pathname, 'src/generated/t2s.ts');
  const content = t2sModule();
  mkdirSync(dirname(path), { recursive: true });
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return;
  writeFileSync(path, content);
}

/**
 * Bundle sizes of single-function entries, as an app's bundler would ship them: each entry
 * imports one function from the built package (dist/, run `npm run build` first), bundled by
 * esbuild (minify, format esm, platform neutral, tree shaking); prints min, min+gzip and
 * min+brotli bytes. size-limit (`npm run size`) checks brotli budgets; this reports gzip too.
 *
 * Usage: npm run build && npm run bench:sizes   (tsx bench/sizes.ts [--json])
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// `npm run bench:… | head` closes the pipe early: stop quietly, as the CLI does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const root = resolve(import.meta.dirname, '..');
/** [module, imported names], or several of them bundled together. */
const entries: Array<[string, string] | Array<[string, string]>> = [
  ['greetings', '{ greet }'],
  // An app that greets customer records: greet plus honorific (the surname tables).
  [
    ['greetings', '{ greet }'],
    ['honorifics', '{ honorific }'],
  ],
  ['honorifics', '{ fill }'],
  ['template', '{ fillTemplate }'],
  ['honorifics', '{ honorific }'],
  ['honorifics', '{ parseName }'],
  ['calendar', '{ toLunar }'],
  ['calendar', '{ holidayOn }'],
  ['calendar', '{ toLunar, holidayOn }'],
  ['catalogue', '{ say }'],
  ['catalogue', '{ createSay, holdScenarios, closingScenarios }'],
  ['catalogue', '{ createCatalogue }'],
  ['lint', '{ lint }'],
];

async function size(imports: Array<[string, string]>): Promise<{ min: number; gzip: number; brotli: number } | undefined> {
  const lines: string[] = [];
  const used: string[] = [];
  for (const [module, names] of imports) {
    const file = resolve(root, 'dist', module, 'index.js');
    if (!existsSync(file)) return undefined;
    used.push(...names.slice(1, -1).split(',').map((n) => n.trim()));
    lines.push(`import ${names} from ${JSON.stringify(file)};`);
  }
  const result = await build({
    stdin: { contents: `${lines.join('\n')}\nexport const used = [${used.join(', ')}];`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const rows: Array<{ entry: string; min: number; gzip: number; brotli: number }> = [];
for (const entry of entries) {
  const imports = typeof entry[0] === 'string' ? [entry as [string, string]] : (entry as Array<[string, string]>);
  const s = await size(imports);
  if (s !== undefined) rows.push({ entry: imports.map(([module, names]) => `huashu/${module} ${names}`).join(' + '), ...s });
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  const kB = (n: number) => `${(n / 1000).toFixed(2)} kB`;
  console.log('entry'.padEnd(70), 'min'.padStart(10), 'min+gz'.padStart(10), 'min+br'.padStart(10));
  for (const r of rows) console.log(r.entry.padEnd(70), kB(r.min).padStart(10), kB(r.gzip).padStart(10), kB(r.brotli).padStart(10));
}

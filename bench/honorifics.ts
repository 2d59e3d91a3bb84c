/**
 * Benchmarks `fill` and `say` against intl-messageformat (a reused formatter) formatting the same
 * ICU message, and against a precompiled parts-join baseline, all in the same run; then measures
 * the min+gzip size of a bundle importing only `fill` (and of one importing intl-messageformat).
 *
 * Usage: npm run bench:honorifics   (tsx bench/honorifics.ts)
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { IntlMessageFormat } from 'intl-messageformat';
import { say } from '../src/catalogue/say.js';
import { fill } from '../src/honorifics/fill.js';
import { perCall } from './lib/time.js';

// `npm run bench:… | head` closes the pipe early: stop quietly, as the CLI does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const TEMPLATE = '很抱歉，{customer}，我帮您查询一下，请您稍等片刻，谢谢！';
const vars = { customer: '王女士' };
const customer = { fullName: '欧阳娜娜', gender: 'female' } as const;
const icu = new IntlMessageFormat(TEMPLATE, 'zh-CN');
const parts = ['很抱歉，', 'customer', '，我帮您查询一下，请您稍等片刻，谢谢！'] as const;
const join = (v: { customer: string }) => parts[0] + v.customer + parts[2];

let sink = 0;
function measure(name: string, fn: () => string): { name: string; ns: number } {
  // 20,000 calls to warm up, then the best of 7 rounds of 200,000.
  return { name, ns: perCall(() => (sink += fn().length), 200_000, { rounds: 7, warm: 20_000 }) };
}

// Same output from each, checked before timing.
const expected = '很抱歉，王女士，我帮您查询一下，请您稍等片刻，谢谢！';
for (const [name, out] of [
  ['fill', fill(TEMPLATE, vars)],
  ['say', say('hold.explain', vars)],
  ['intl-messageformat', String(icu.format(vars))],
  ['join', join(vars)],
] as const) if (out !== expected) throw new Error(`${name} gave ${out}`);

// Four customers in turn, so that no engine can fold a constant result.
const strings = ['王女士', '李先生', '欧阳女士', '陈先生'].map((c) => ({ customer: c }));
const objects = [customer, { surname: '李', gender: 'male' }, { fullName: '陈王美玲', gender: 'female' }, { surname: '王', title: '总' }] as const;
let k = 0;
const s = () => strings[k++ & 3]!;
const o = () => ({ customer: objects[k++ & 3]! });
const results = [
  measure('parts join (baseline)', () => join(s())),
  measure('fill (string customer)', () => fill(TEMPLATE, s())),
  measure('fill (customer object)', () => fill(TEMPLATE, o())),
  measure('say (string customer)', () => say('hold.explain', s())),
  measure('say (customer object, zh-TW)', () => say('hold.explain', o(), { locale: 'zh-TW' })),
  measure('intl-messageformat (reused)', () => String(icu.format(s()))),
];
const icuNs = results.find((r) => r.name.startsWith('intl'))!.ns;
const baseNs = results[0]!.ns;
console.log(`node ${process.version}; best of 7 rounds × 200k calls; four customers in turn (names repeat, as in a conversation)`);
console.log('case'.padEnd(32), 'ns/op'.padStart(8), 'vs ICU'.padStart(8), 'vs join'.padStart(8));
for (const r of results) {
  console.log(r.name.padEnd(32), r.ns.toFixed(0).padStart(8), `${(r.ns / icuNs).toFixed(2)}×`.padStart(8), `${(r.ns / baseNs).toFixed(1)}×`.padStart(8));
}

async function bundleSize(contents: string, charset: 'ascii' | 'utf8'): Promise<{ min: number; gz: number }> {
  const result = await build({
    stdin: { contents, resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    minify: true,
    charset,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

const sizes = [
  ['import { fill } (huashu/honorifics)', "export { fill } from './src/honorifics/index.ts';"],
  ['import { parseTemplate } (template only)', "export { parseTemplate } from './src/honorifics/index.ts';"],
  ['import { honorific, parseName }', "export { honorific, parseName } from './src/honorifics/index.ts';"],
  ['import { IntlMessageFormat }', "export { IntlMessageFormat } from 'intl-messageformat';"],
] as const;
// esbuild escapes non-ASCII text as \uXXXX by default (as size-limit measures it); most app
// bundlers keep UTF-8. Both are shown: the surname tables are Chinese text.
console.log('\nbundle (esbuild --minify, gzip -9)'.padEnd(44), 'min'.padStart(8), 'min+gz'.padStart(8), 'utf8 min+gz'.padStart(12));
for (const [name, contents] of sizes) {
  const { min, gz } = await bundleSize(contents, 'ascii');
  const utf8 = await bundleSize(contents, 'utf8');
  console.log(name.padEnd(43), `${(min / 1000).toFixed(1)} kB`.padStart(8), `${(gz / 1000).toFixed(2)} kB`.padStart(8), `${(utf8.gz / 1000).toFixed(2)} kB`.padStart(12));
}
if (sink === 0) console.log(sink);

/**
 * What Node evaluates for `import('huashu')` (dist/index.js): every module the ESM loader loads,
 * recorded by a loader hook (node:module register), with their bytes, and the time the import
 * takes against a baseline measured in the same run. `npm run size` runs it with `--check`: the
 * root entry must not load zod's classic API (`zod/v4/classic`, what `import { z } from 'zod'`
 * evaluates), and the bytes it loads must stay within the budget below.
 *
 *   node scripts/node-root.mjs [--check] [--dist <dir>] [--runs <n>]
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Bytes of JavaScript Node loads for `import('huashu')`: the package's dist chunks (the root
// re-exports every module, so Node evaluates all of them: catalogue text, rules, calendar
// tables…) plus zod's files. Before issue 16 (zod classic): 1,094.9 kB dist + 1,067.8 kB zod
// (classic, mini's core and its 40+ locales) = 2,162.7 kB. With zod/mini: see notes/light.md.
const BUDGET = { distKB: 1150, zodKB: 760, totalKB: 1900 };

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const root = fileURLToPath(new URL('../', import.meta.url));
const dist = opt('--dist', `${root}dist`);
const runs = Number(opt('--runs', '0'));

// The child imports `target` with a hook that reports every module's URL on load.
const hook = `export async function load(url, context, next) { globalThis.port?.postMessage(url); return next(url, context); }
export function initialize(data) { globalThis.port = data.port; }`;
const child = (target) => `
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
const urls = [];
port1.on('message', (url) => urls.push(url));
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}), { data: { port: port2 }, transferList: [port2] });
await import(${JSON.stringify(target)});
await new Promise((resolve) => setTimeout(resolve, 50));
port1.close();
process.stdout.write(JSON.stringify(urls));
`;
const timed = (target) => `
const t0 = performance.now();
await import(${JSON.stringify(target)});
process.stdout.write(String(performance.now() - t0));
`;
const node = (code) => execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });

const entry = pathToFileURL(`${dist}/index.js`).href;
const urls = JSON.parse(node(child(entry))).filter((url) => url.startsWith('file:'));
const files = urls.map((url) => fileURLToPath(url));
const bytesOf = (list) => list.reduce((sum, file) => sum + statSync(file).size, 0);
const zodFiles = files.filter((f) => f.includes('/node_modules/zod/'));
const ownFiles = files.filter((f) => !f.includes('/node_modules/'));
const classic = zodFiles.filter((f) => f.includes('/zod/v4/classic/'));
const kB = (n) => (n / 1000).toFixed(1);
const report = {
  modules: files.length,
  distKB: Number(kB(bytesOf(ownFiles))),
  zodKB: Number(kB(bytesOf(zodFiles))),
  zodModules: zodFiles.length,
  zodClassicModules: classic.length,
  totalKB: Number(kB(bytesOf(files))),
};
console.log(`import('huashu') in Node loads ${report.modules} modules, ${report.totalKB} kB: dist ${report.distKB} kB, zod ${report.zodKB} kB (${report.zodModules} files, ${report.zodClassicModules} of zod's classic API)`);

if (runs > 0) {
  // Import time of the root entry and of baselines, each in a fresh process, best of `runs`.
  const targets = { 'huashu': entry, 'huashu/catalogue': pathToFileURL(`${dist}/catalogue/index.js`).href, 'zod (classic)': 'zod', 'zod/mini': 'zod/mini' };
  const best = {};
  for (let i = 0; i < runs; i++) for (const [name, target] of Object.entries(targets)) best[name] = Math.min(best[name] ?? Infinity, Number(node(timed(target))));
  for (const [name, ms] of Object.entries(best)) console.log(`  import ${name}: best of ${runs} ${ms.toFixed(1)} ms (${(ms / best['huashu/catalogue']).toFixed(2)}× huashu/catalogue)`);
}

if (args.includes('--check')) {
  const problems = [];
  if (classic.length > 0) problems.push(`loads zod's classic API: ${classic.length} files of zod/v4/classic (the schemas must use zod/mini)`);
  for (const key of ['distKB', 'zodKB', 'totalKB']) if (report[key] > BUDGET[key]) problems.push(`${key} ${report[key]} kB is over its budget of ${BUDGET[key]} kB`);
  if (problems.length > 0) {
    console.error(`node-root: ${problems.join('; ')}`);
    process.exit(1);
  }
  console.log('node-root: within budget');
}

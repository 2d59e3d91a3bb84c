/**
 * What Node evaluates for `import('huashu')` (dist/index.js): every module the ESM loader loads,
 * recorded by a loader hook (node:module register), with their bytes, and (`--runs N`) the CPU
 * time the import takes against baselines measured in the same run.
 *
 *   node scripts/node-root.mjs [--check] [--list] [--dist <dir>] [--runs <n>]
 *
 * `--list` prints the loaded files as JSON: .size-limit.cjs budgets their bytes ("huashu in Node"
 * entries). `--check` (run by `npm run size`) fails when the root entry loads zod's classic API
 * (`zod/v4/classic`, what `import { z } from 'zod'` evaluates): the schemas use zod/mini.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
// CPU time (user + system, ms) of the import: steadier than wall time on a loaded machine.
const timed = (target) => `
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const t0 = cpu();
await import(${JSON.stringify(target)});
process.stdout.write(String(cpu() - t0));
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
if (args.includes('--list')) {
  process.stdout.write(JSON.stringify(files));
  process.exit(0);
}
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
  // Import time (CPU) of the root entry and of baselines, each in a fresh process, best of `runs`.
  const targets = { 'huashu': entry, 'huashu/catalogue': pathToFileURL(`${dist}/catalogue/index.js`).href, 'zod (classic)': 'zod', 'zod/mini': 'zod/mini' };
  const best = {};
  for (let i = 0; i < runs; i++) for (const [name, target] of Object.entries(targets)) best[name] = Math.min(best[name] ?? Infinity, Number(node(timed(target))));
  for (const [name, ms] of Object.entries(best)) console.log(`  import ${name}: best of ${runs} ${ms.toFixed(1)} ms CPU (${(ms / best['huashu/catalogue']).toFixed(2)}× huashu/catalogue)`);
}

if (args.includes('--check')) {
  if (classic.length > 0) {
    console.error(`node-root: import('huashu') loads zod's classic API (${classic.length} files of zod/v4/classic): the schemas must use zod/mini`);
    process.exit(1);
  }
  console.log("node-root: no module of zod's classic API (the bytes are budgeted in .size-limit.cjs)");
}

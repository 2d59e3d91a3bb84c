// Runs every benchmark in bench/ one after another (never in parallel: they measure ratios
// against baselines in the same run, and parallel runs on a 2-core machine would skew them).
// Usage: npm run bench [-- name…]   e.g. npm run bench -- lint
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const benches = readdirSync(new URL('../bench/', import.meta.url))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();
if (benches.length === 0) {
  console.error(`bench: no benchmark named ${only.join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const name of benches) {
  console.log(`\n━━ bench/${name}.ts`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', `bench/${name}.ts`], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);

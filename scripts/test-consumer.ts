/**
 * Packs huashu as npm would publish it (from the dist/ `npm test` has just built: `--ignore-scripts`
 * skips prepack's second build), installs the tarball into a copy of
 * test/consumer/app, and imports it from ESM and CommonJS and type-checks a TypeScript consumer
 * with `moduleResolution` node16 and bundler.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'huashu-consumer-'));
const run = (cmd: string, args: string[], cwd: string) => {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  return execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
};
try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root)) as Array<{ filename: string; size: number; entryCount: number }>;
  const tarball = join(work, packed[0]!.filename);
  console.log(`packed ${packed[0]!.filename}: ${packed[0]!.entryCount} files, ${packed[0]!.size} bytes`);
  const app = join(work, 'app');
  cpSync(join(root, 'test/consumer/app'), app, { recursive: true });
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], app);
  process.stdout.write(run('node', ['esm.mjs'], app));
  process.stdout.write(run('node', ['cjs.cjs'], app));
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  for (const config of ['tsconfig.node16.json', 'tsconfig.bundler.json']) {
    run('node', [tsc, '-p', config], app);
    console.log(`tsc -p ${config}: ok`);
  }
  process.stdout.write(run('node', [join(app, 'node_modules/huashu/dist/cli/index.js'), '--version'], app));
  console.log('consumer: ok');
} finally {
  rmSync(work, { recursive: true, force: true });
}

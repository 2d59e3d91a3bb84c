/**
 * A fresh clone publishes a whole package: clones the committed HEAD into a temporary folder
 * (no src/generated, no dist), runs `npm pack --dry-run --json` there — which must build through
 * `prepack`, data first — and checks that the tarball lists the library's and the CLI's files.
 *
 * The clone borrows this checkout's node_modules (a symlink) so that the check runs offline and
 * in seconds; `--install` runs `npm ci` in the clone instead, as a new machine would.
 *
 * Usage: tsx scripts/test-fresh-clone.ts [--install] [--keep]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publicModules } from './entries.js';

const root = new URL('../', import.meta.url).pathname;
const install = process.argv.includes('--install');
const keep = process.argv.includes('--keep');

/** The files a published package must hold, whatever else it has. */
export function requiredFiles(): string[] {
  const files = ['package.json', 'README.md', 'LICENSE', 'pack.schema.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli/index.js'];
  for (const name of publicModules()) files.push(`dist/${name}/index.js`, `dist/${name}/index.cjs`, `dist/${name}/index.d.ts`, `dist/${name}/index.d.cts`);
  return files;
}

const run = (cmd: string, args: string[], cwd: string): string => {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  // npm's lifecycle output (prepack's build) goes to stderr so that stdout is the JSON alone.
  return execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 << 20 });
};

const work = mkdtempSync(join(tmpdir(), 'huashu-clone-'));
const clone = join(work, 'huashu');
let failed = false;
try {
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  run('git', ['clone', '--quiet', '--no-checkout', root, clone], work);
  run('git', ['-c', 'advice.detachedHead=false', 'checkout', '--quiet', head], clone);
  for (const absent of ['src/generated', 'dist']) {
    if (existsSync(join(clone, absent))) throw new Error(`the clone already has ${absent}/: it must be generated, not committed`);
  }
  if (install) run('npm', ['ci', '--no-audit', '--no-fund'], clone);
  else symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
  // `npm pack` runs prepack; the JSON report is the last thing on stdout.
  const out = run('npm', ['pack', '--dry-run', '--json'], clone);
  const report = JSON.parse(out.slice(out.indexOf('[\n'))) as Array<{ files: Array<{ path: string }>; entryCount: number }>;
  const listed = new Set(report[0]!.files.map((f) => f.path));
  const missing = requiredFiles().filter((f) => !listed.has(f));
  if (missing.length > 0) {
    console.error(`fresh clone: npm pack would publish ${report[0]!.entryCount} files and miss ${missing.length}: ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ', …' : ''}`);
    failed = true;
  } else {
    console.log(`fresh clone: npm pack lists ${report[0]!.entryCount} files, every entry point's ESM, CJS and types and the CLI among them`);
  }
} finally {
  if (keep) console.log(`kept ${clone}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

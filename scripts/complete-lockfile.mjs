// The npm registry mirror on our build machines serves only the platform packages of this
// platform, so `npm install` writes a package-lock.json without the other platforms' optional
// native packages (rollup's @rollup/rollup-*), and npm 11's `npm ci` then refuses the lock.
// This adds the missing optional entries with their os/cpu/libc constraints, exactly as npm
// records them on a full registry; npm ci skips them on other platforms. Run it after any
// `npm install` that rewrites the lock: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
const OS = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'win32', 'netbsd', 'sunos', 'aix'];
const CPU = { 'arm-eabi': 'arm', arm: 'arm', arm64: 'arm64', x64: 'x64', ia32: 'ia32', loong64: 'loong64', ppc64: 'ppc64', riscv64: 'riscv64', s390x: 's390x' };

let added = 0;
for (const [key, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${key}/node_modules/${dep}`;
    const top = `node_modules/${dep}`;
    if (packages[nested] || packages[top]) continue;
    const m = /\/[a-z]+-(\w+)-([a-z0-9]+(?:-eabi)?)(?:-(gnu|musl|gnueabihf|musleabihf|msvc|gnu))?$/.exec(dep);
    if (!m || !OS.includes(m[1]) || !(m[2] in CPU)) {
      console.error(`complete-lockfile: cannot place ${dep} (from ${key}); add it by hand`);
      process.exitCode = 1;
      continue;
    }
    const record = { version, dev: entry.dev, optional: true, os: [m[1]], cpu: [CPU[m[2]]] };
    if (m[3]?.startsWith('gnu')) record.libc = ['glibc'];
    if (m[3]?.startsWith('musl')) record.libc = ['musl'];
    if (record.dev === undefined) delete record.dev;
    packages[top] = record;
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lockfile: ${added} optional platform entries added`);

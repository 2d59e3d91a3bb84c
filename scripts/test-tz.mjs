// Runs the calendar (and greetings, when present) tests with the host's TZ set to zones far
// from Beijing: results must not depend on the machine's local time.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const dirs = ['test/calendar', 'test/greetings'].filter((d) => existsSync(d));
for (const tz of ['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Auckland']) {
  console.log(`test:tz — TZ=${tz} vitest run ${dirs.join(' ')}`);
  const r = spawnSync('npx', ['vitest', 'run', '--typecheck.enabled=false', ...dirs], { stdio: 'inherit', env: { ...process.env, TZ: tz } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

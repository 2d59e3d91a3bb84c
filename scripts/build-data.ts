/**
 * Builds src/generated/ from data/: validates every file with the Zod schemas in src/schema,
 * cross-checks references, and emits typed modules. Exits 1 with `file:line:col path — reason`
 * for every problem.
 *
 * Usage: tsx scripts/build-data.ts
 */
import { formatIssue, type PackIssue } from '../src/schema/errors.js';
import { buildCalendar } from './data/calendar.js';
import { buildCatalogue } from './data/catalogue.js';
import { buildGreetings } from './data/greetings.js';
import { buildHonorifics } from './data/honorifics.js';
import { buildLint } from './data/lint.js';
import { buildAudit } from './data/audit.js';

/** The data tasks, in order. Each module that ships data adds its task here. */
const tasks: Array<{ name: string; run: (issues: PackIssue[]) => unknown }> = [
  { name: 'catalogue', run: buildCatalogue },
  { name: 'calendar', run: buildCalendar },
  { name: 'greetings', run: buildGreetings },
  { name: 'honorifics', run: buildHonorifics },
  { name: 'lint', run: buildLint },
  { name: 'audit', run: buildAudit },
];

const issues: PackIssue[] = [];
const started = performance.now();
for (const task of tasks) await task.run(issues);
if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\ndata: ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was generated for the failing task`);
  process.exit(1);
}
console.log(`data: ${tasks.map((t) => t.name).join(', ')} built in ${Math.round(performance.now() - started)} ms`);

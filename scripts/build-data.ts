/**
 * Builds src/generated/ from data/: validates every file with the Zod schemas in src/schema,
 * cross-checks references, and emits typed modules. Exits 1 with `file:line:col path — reason`
 * for every problem.
 *
 * Usage: tsx scripts/build-data.ts
 */
import type { PackIssue } from '../src/schema/errors.js';
import { writeT2s } from './data/t2s.js';

// The folding table first: src/text reads it, and through it the schemas that fold patterns,
// so the tasks (which validate with those schemas) are imported only once it exists.
writeT2s();
const { formatIssue } = await import('../src/schema/errors.js');
const { buildCalendar } = await import('./data/calendar.js');
const { buildCatalogue } = await import('./data/catalogue.js');
const { buildGreetings } = await import('./data/greetings.js');
const { buildHonorifics } = await import('./data/honorifics.js');
const { buildLint } = await import('./data/lint.js');
const { buildAudit } = await import('./data/audit.js');

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

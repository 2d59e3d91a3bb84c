/**
 * Builds src/generated/ from data/: validates every file with the Zod schemas in src/schema,
 * cross-checks references, and emits typed modules. Exits 1 with `file:line:col path — reason`
 * for every problem.
 *
 * Usage: tsx scripts/build-data.ts
 */
import type { PackIssue } from '../src/schema/errors.js';
import { writeLocaleTags } from './data/locale-list.js';
import { writeT2s } from './data/t2s.js';

// The folding table and the locale list first: src/text reads the one and src/vocab the other,
// and through them every schema and module, so the tasks are imported only once they exist.
writeT2s();
writeLocaleTags();
const { formatIssue } = await import('../src/schema/errors.js');

/**
 * The data tasks, in order. Each module that ships data adds its task here. A task's module is
 * imported only when its turn comes: later tasks read what earlier ones generate (the lint task
 * resolves rule suggestions through the catalogue and the honorifics tables).
 */
const tasks: Array<{ name: string; load: () => Promise<(issues: PackIssue[]) => unknown> }> = [
  { name: 'locales', load: async () => (await import('./data/locales.js')).buildLocales },
  { name: 'catalogue', load: async () => (await import('./data/catalogue.js')).buildCatalogue },
  { name: 'calendar', load: async () => (await import('./data/calendar.js')).buildCalendar },
  { name: 'greetings', load: async () => (await import('./data/greetings.js')).buildGreetings },
  { name: 'honorifics', load: async () => (await import('./data/honorifics.js')).buildHonorifics },
  { name: 'lint', load: async () => (await import('./data/lint.js')).buildLint },
  { name: 'audit', load: async () => (await import('./data/audit.js')).buildAudit },
  // The learned lint model (huashu/lint-model): trained on bench/data and the phrases built above.
  { name: 'lint-model', load: async () => (await import('./data/lint-model.js')).buildLintModel },
];

const issues: PackIssue[] = [];
const started = performance.now();
for (const task of tasks) await (await task.load())(issues);
if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\ndata: ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was generated for the failing task`);
  process.exit(1);
}
console.log(`data: ${tasks.map((t) => t.name).join(', ')} built in ${Math.round(performance.now() - started)} ms`);

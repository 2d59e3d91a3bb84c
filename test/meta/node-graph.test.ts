/**
 * What Node evaluates for each entry (issue 16): the schemas are built with zod/mini, so no entry
 * loads zod's classic API, and the modules that validate nothing load no zod at all.
 * `scripts/node-root.mjs --check` (run by `npm run size`) checks the built dist the same way,
 * through Node's own loader, with a budget of bytes.
 */
import { describe, expect, it } from 'vitest';
import { moduleGraphOf } from '../bundle.js';

const zodFiles = (graph: readonly string[]) => graph.filter((f) => f.startsWith('node_modules/zod/'));
const classic = (graph: readonly string[]) => graph.filter((f) => f.startsWith('node_modules/zod/v4/classic/'));

describe('the modules Node evaluates', () => {
  it("for import { say } from 'huashu': zod/mini (validatePack is in the root), never zod's classic API", async () => {
    const graph = await moduleGraphOf(`export { say } from './src/index.ts';`);
    expect(graph).toContain('src/schema/pack.ts');
    expect(graph).toContain('node_modules/zod/v4/mini/schemas.js');
    expect(classic(graph)).toEqual([]);
  });

  it('sees zod classic when a module imports it (the check is not blind)', async () => {
    expect(classic(await moduleGraphOf(`export { z } from 'zod';`))).toContain('node_modules/zod/v4/classic/schemas.js');
  });

  // calendar's index holds addHolidaySchedule, which validates with the holiday-year schema.
  it.each(['schema', 'phrasebook', 'calendar'])("huashu/%s: zod/mini, not zod's classic API", async (entry) => {
    const graph = await moduleGraphOf(`export * from './src/${entry}/index.ts';`);
    expect(zodFiles(graph)).toContain('node_modules/zod/v4/mini/schemas.js');
    expect(classic(graph)).toEqual([]);
  });

  // greetings reads the calendar through its internal surface: a loaded schedule is data.
  it.each(['catalogue', 'lint', 'steps', 'audit', 'honorifics', 'template', 'text', 'packs', 'greetings'])('huashu/%s loads no zod at all', async (entry) => {
    const graph = await moduleGraphOf(`export * from './src/${entry}/index.ts';`);
    expect(zodFiles(graph)).toEqual([]);
    if (entry === 'greetings') expect(graph).toContain('src/calendar/schedule.ts');
  });

  // Every calendar module but addHolidaySchedule's (and the index that exports it) validates
  // nothing: holidayOn, toLunar, zonedDateTime and the schedules load no zod.
  it('calendar: only add-schedule.ts reaches zod', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(new URL('../../src/calendar/', import.meta.url)).filter((f) => f.endsWith('.ts'));
    expect(files).toContain('holidays.ts');
    for (const file of files) {
      const graph = await moduleGraphOf(`export * from './src/calendar/${file}';`);
      expect({ file, zod: zodFiles(graph).length > 0 }).toEqual({ file, zod: file === 'add-schedule.ts' || file === 'index.ts' });
    }
  });
});

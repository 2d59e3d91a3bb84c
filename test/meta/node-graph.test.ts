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

  // greetings reads the calendar, whose index holds addHolidaySchedule (the holiday-year schema).
  it.each(['schema', 'phrasebook', 'calendar', 'greetings'])("huashu/%s: zod/mini, not zod's classic API", async (entry) => {
    const graph = await moduleGraphOf(`export * from './src/${entry}/index.ts';`);
    expect(zodFiles(graph)).toContain('node_modules/zod/v4/mini/schemas.js');
    expect(classic(graph)).toEqual([]);
  });

  it.each(['catalogue', 'lint', 'steps', 'audit', 'honorifics', 'template', 'text', 'packs'])('huashu/%s loads no zod at all', async (entry) => {
    expect(zodFiles(await moduleGraphOf(`export * from './src/${entry}/index.ts';`))).toEqual([]);
  });
});

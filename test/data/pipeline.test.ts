import { describe, expect, it } from 'vitest';
import { linkAvoid } from '../../scripts/data/catalogue.js';
import { ROOT } from '../../scripts/data/load.js';
import { loadPackDir as loadDir } from '../../src/files/index.js';

const loadPackDir = (dir: string, issues: PackIssue[]) => loadDir(dir, issues, ROOT);
import { checkPack } from '../../scripts/data/checks.js';
import { formatIssue, type PackIssue } from '../../src/schema/errors.js';

const fixture = (name: string) => new URL(`../fixtures/packs/${name}`, import.meta.url).pathname;

function problems(name: string): string[] {
  const issues: PackIssue[] = [];
  const loaded = loadPackDir(fixture(name), issues);
  if (loaded !== undefined && issues.length === 0) checkPack(loaded, [], issues);
  return issues.map(formatIssue);
}

describe('the data build', () => {
  it('reports schema problems with file, line, column, path and reason', () => {
    expect(problems('broken-schema')).toEqual([
      'test/fixtures/packs/broken-schema/scenarios.yaml:6:23 scenarios[0].channels[1] — Invalid option: expected one of "phone"|"chat"|"letter"|"in-person"',
      'test/fixtures/packs/broken-schema/scenarios.yaml:8:9 scenarios[0].phrases[0].gloss — Invalid input: expected string, received undefined',
    ]);
  });

  it('reports YAML syntax errors with their position', () => {
    const [first] = problems('broken-yaml');
    expect(first).toMatch(/^test\/fixtures\/packs\/broken-yaml\/scenarios\.yaml:\d+:\d+ \(root\) — YAML: /);
  });

  it('cross-checks ids, placeholders and references', () => {
    expect(problems('broken-refs')).toEqual([
      'test/fixtures/packs/broken-refs/scenarios.yaml:10:15 scenarios[0].phrases[0].text — placeholder {customer} is not declared in "variables" of phrase "default"',
      'test/fixtures/packs/broken-refs/scenarios.yaml:15:9 scenarios[1].id — duplicate scenario id "hold.explain"',
      'test/fixtures/packs/broken-refs/scenarios.yaml:16:15 scenarios[1].category — category "wait" does not match the id\'s prefix "hold"',
      expect.stringMatching(/scenarios\[1\]\.phrases\[0\]\.text — Invalid template at offset 4: unclosed "\{"/),
      'test/fixtures/packs/broken-refs/scenarios.yaml:7:15 scenarios[0].related[0] — related scenario "hold.missing" does not exist',
      'test/fixtures/packs/broken-refs/scenarios.yaml:13:30 scenarios[0].steps[0].phrase — phrase reference "#nope" does not resolve (use "#phrase-id" or "scenario-id#phrase-id")',
    ]);
  });
});

describe('scenarios and the rules for what not to say there', () => {
  it('links a rule to the scenario it suggests, and rejects an avoid id that names no rule or a suggestion that names no scenario', () => {
    const issues: PackIssue[] = [];
    const loaded = loadPackDir(fixture('avoid'), issues);
    expect(issues).toEqual([]);
    linkAvoid(loaded!, loaded!.pack.rules ?? [], issues);
    expect(loaded!.pack.scenarios?.find((s) => s.id === 'call.low-volume')?.avoid).toEqual(['no-speak-up']);
    expect(issues.map(formatIssue)).toEqual([
      'test/fixtures/packs/avoid/scenarios.yaml:17:13 scenarios[1].avoid[0] — "no-such-rule" is not a lint rule of this pack or the packs it extends',
    ]);
    issues.length = 0;
    checkPack(loaded!, [], issues);
    expect(issues.map(formatIssue)).toEqual([
      'test/fixtures/packs/avoid/rules.yaml:7:44 rules[0].suggestions[1] — suggestion "call.no-such#x" is not a scenario or phrase of this pack or the packs before it',
    ]);
  });

  it('links the built-in catalogue: 004 row 4 says what to say instead of 大声一点', async () => {
    const { getScenario } = await import('../../src/catalogue/index.js');
    expect(getScenario('call.low-volume').avoid).toContain('no-speak-up');
    expect(getScenario('greeting.answer').avoid).toEqual(expect.arrayContaining(['no-wei']));
  });
});

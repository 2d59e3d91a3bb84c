import { describe, expect, it } from 'vitest';
import { createLinter, lint } from '../../src/lint/index.js';
import { domainPacks } from '../../src/generated/packs/index.js';
import { openPlayground, useSite } from './site.js';

const site = useSite();

describe('the lint rule reference', () => {
  it('documents every built-in rule', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/documents/Lint_rules.html`);
    const headings = await page.locator('.tsd-typography h2').allInnerTexts();
    const trimmed = headings.map((h) => h.trim());
    // The core rules, then one section for each domain pack's rules.
    expect(trimmed.filter((h) => !h.startsWith('Pack '))).toEqual(createLinter().rules.map((r) => r.id));
    expect(trimmed.filter((h) => h.startsWith('Pack ')).map((h) => h.slice(5, h.indexOf(':')))).toEqual(domainPacks.filter((p) => (p.rules ?? []).length > 0).map((p) => p.id));
    await page.close();
  });
});

describe('the playground lint section', () => {
  it('flags a banned phrase typed into it and shows what to say instead', async () => {
    const rule = createLinter().rules.find((r) => r.severity === 'error' && (r.suggestions ?? []).length > 0)!;
    const text = `${rule.patterns[0]!}。`;
    const finding = lint(text).find((f) => f.ruleId === rule.id)!;
    expect(finding).toBeDefined();

    const { page, errors } = await openPlayground(site);
    await page.fill('#lint-input', text);
    await expect
      .poll(() => page.$$eval('#lint-highlighted mark', (ms) => ms.map((m) => [m.getAttribute('data-rule'), m.textContent])))
      .toContainEqual([rule.id, finding.text]);
    const refs = await page.$$eval(`#lint-findings li.finding[data-rule="${rule.id}"] li.suggestion`, (ls) => ls.map((l) => l.getAttribute('data-ref')));
    expect(refs).toEqual(rule.suggestions);

    // A suggestion that needs values the agent knows shows its blanks, not raw {placeholders}.
    const needsValues = createLinter().rules.find((r) => (r.suggestions ?? []).includes('decline.tactfully#explain'))!;
    await page.fill('#lint-input', `${needsValues.patterns[0]!}。`);
    const suggestion = `#lint-findings li.finding[data-rule="${needsValues.id}"] li.suggestion[data-ref="decline.tactfully#explain"] span`;
    await expect.poll(() => page.$$eval(`${suggestion} var`, (vs) => vs.map((v) => v.textContent))).toContain('rule');
    expect(await page.textContent(suggestion)).not.toMatch(/[{}]/);

    // A polite sentence has no findings.
    await page.fill('#lint-input', '您好，很高兴为您服务。');
    await expect.poll(() => page.textContent('#lint-summary')).toBe('No findings.');
    expect(errors).toEqual([]);
    await page.close();
  });
});

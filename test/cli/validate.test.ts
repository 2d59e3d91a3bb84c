import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './run.js';

const example = readFileSync(new URL('../../docs/examples/acme-bank.pack.yaml', import.meta.url), 'utf8');

const broken = `id: broken
scenarios:
  - id: bank.card-lost
    category: bank
    title: { zh: 挂失, en: Lost card }
    when: { zh: 挂失, en: Lost card }
    channels: [phone, fax]
    phrases:
      - id: default
        text: 您好,{customer}
        gloss: Hello
    sources: ["https://example.com"]
`;

describe('huashu validate', () => {
  it('accepts the example pack of the pack-author guide', async () => {
    const { code, stdout } = await cli(['validate', 'acme-bank.pack.yaml'], { files: { 'acme-bank.pack.yaml': example } });
    expect(stdout).toBe('ok: acme-bank.pack.yaml (packs applied: core → acme-bank)\n');
    expect(code).toBe(0);
  });

  it('prints every problem as file:line:col path — reason and exits 1', async () => {
    const { code, stdout } = await cli(['validate', 'broken.yaml'], { files: { 'broken.yaml': broken } });
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        'broken.yaml:7:23 scenarios[0].channels[1] — Invalid option: expected one of "phone"|"chat"|"letter"|"in-person"',
        '',
        '1 problem',
        '',
      ].join('\n'),
    );
  });

  it('reports cross-checks after the schema passes, with positions', async () => {
    const fixed = broken.replace('[phone, fax]', '[phone]');
    const { code, stdout } = await cli(['validate', 'broken.yaml', '--json'], { files: { 'broken.yaml': fixed } });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      ok: false,
      packs: [],
      problems: [
        {
          file: 'broken.yaml',
          pack: 'broken',
          line: 10,
          column: 15,
          path: ['scenarios', 0, 'phrases', 0, 'text'],
          message: 'placeholder {customer} is not declared in "variables" of phrase "default"',
        },
      ],
    });
  });

  it('reports YAML syntax errors and unreadable files', async () => {
    const bad = await cli(['validate', 'bad.yaml'], { files: { 'bad.yaml': 'id: [unclosed\n' } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^bad\.yaml:\d+:\d+ \(root\) — YAML: /);
    const missing = await cli(['validate', 'nowhere.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^huashu validate: cannot read pack file "nowhere\.yaml"/);
  });
});

describe('--pack on the catalogue verbs', () => {
  it('says a pack’s own scenario and lists it', async () => {
    const files = { 'acme.yaml': example };
    expect((await cli(['say', 'bank.card-lost', '--customer', '王女士', '--pack', 'acme.yaml'], { files })).stdout).toBe('王女士,这里是阿克米银行,我马上为您办理挂失,请您稍等。\n');
    expect((await cli(['say', 'bank.card-lost', '--locale', 'zh-TW', '--pack', 'acme.yaml'], { files })).stdout).toBe('您好,這裡是阿克米银行,我馬上為您辦理掛失,請您稍等。\n');
    expect((await cli(['scenarios', '--category', 'bank', '--pack', 'acme.yaml'], { files })).stdout).toMatch(/^bank\.card-lost +挂失银行卡 — Reporting a lost card \[phone, chat\]$/m);
  });

  it('rejects an invalid pack with exit 2 and its problems', async () => {
    const { code, stderr } = await cli(['say', 'hold.explain', '--pack', 'broken.yaml'], { files: { 'broken.yaml': broken } });
    expect(code).toBe(2);
    expect(stderr).toContain('broken.yaml:7:23 scenarios[0].channels[1]');
  });
});

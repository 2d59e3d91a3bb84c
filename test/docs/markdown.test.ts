import { describe, expect, it } from 'vitest';
import { code, frontMatter, md, table } from '../../scripts/docs/markdown.js';
import { scenarioAnchor } from '../../scripts/docs/generators/catalogue.js';

describe('generated Markdown', () => {
  it.each([
    ['很抱歉，{customer|先生/女士}，请稍等', '很抱歉，{customer\\|先生/女士}，请稍等'],
    ['<b>&', '&lt;b&gt;&amp;'],
    ['*a* _b_ [c] `d` #e ~f', '\\*a\\* \\_b\\_ \\[c\\] \\`d\\` \\#e \\~f'],
    ['two\nlines', 'two lines'],
  ])('escapes %j as text', (input, output) => {
    expect(md(input)).toBe(output);
  });

  it('writes code spans that survive table cells', () => {
    expect(code('{customer|您}')).toBe('`{customer\\|您}`');
    expect(code('a`b')).toBe('<code>a\\`b</code>');
  });

  it('writes tables with a header line and no empty cells', () => {
    expect(table(['a', 'b'], [['1', '']])).toBe('| a | b |\n| --- | --- |\n| 1 |   |');
  });

  it('writes front matter with lists', () => {
    expect(frontMatter({ title: 'Catalogue', children: ['./a.md'] })).toBe('---\ntitle: "Catalogue"\nchildren:\n  - "./a.md"\n---\n');
  });

  it('links scenarios to the anchors typedoc gives their headings', () => {
    expect(scenarioAnchor('hold.explain')).toBe('holdexplain');
    expect(scenarioAnchor('call.line-busy')).toBe('callline-busy');
  });
});

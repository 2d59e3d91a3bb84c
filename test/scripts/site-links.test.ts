import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSiteLinks, linksOf, representativePages } from '../../scripts/lib/site-links.js';

const root = mkdtempSync(join(tmpdir(), 'huashu-site-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const page = (path: string, html: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), html);
};
page('index.html', '<a href="documents/Guide.html#set-up">guide</a> <a href="https://example.com/x">out</a> <a href="mailto:a@b.c">mail</a> <script src="assets/main.js"></script>');
page('assets/main.js', '');
page('documents/Guide.html', '<h2 id="set-up">Set up</h2><a href="../functions/say.html#missing">say</a><a href="../nowhere.html">x</a><a href="#set-up">self</a>');
page('documents/Other.html', '<a href=\'../index.html?a=1&amp;b=2\'>home</a>');
page('functions/say.html', '<h1 id="say">say</h1>');
page('functions/greet.html', '');
page('playground/index.html', '');

describe('checkSiteLinks', () => {
  it('reports missing files and anchors, and nothing for external links', () => {
    expect(checkSiteLinks(root)).toEqual({
      pages: 6,
      links: 6,
      broken: [
        { page: 'documents/Guide.html', href: '../functions/say.html#missing', reason: 'no anchor #missing' },
        { page: 'documents/Guide.html', href: '../nowhere.html', reason: 'no such file' },
      ],
    });
  });

  it('reads double- and single-quoted attributes with entities decoded', () => {
    expect(linksOf('<a href="a.html?x=1&amp;y=2"></a><img src=\'b.png\'>')).toEqual(['a.html?x=1&y=2', 'b.png']);
  });
});

describe('representativePages', () => {
  it('picks every top-level page and one page of each folder (its index.html when it has one)', () => {
    expect(representativePages(root)).toEqual(['documents/Guide.html', 'functions/greet.html', 'index.html', 'playground/index.html']);
  });
});

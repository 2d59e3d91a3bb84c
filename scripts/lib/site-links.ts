/**
 * Checks the internal links of a built static site from its HTML files, without a browser:
 * every `href`/`src` that stays on the site must name an existing file, and a `#fragment` into
 * an HTML page must name an `id` (or `name`) in it. Linear in the site's size: each file is read
 * once and its anchors are collected once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileFor } from '../../test/browser/server.js';

export interface BrokenLink {
  /** The page holding the link, relative to the site root ('/'-separated). */
  page: string;
  /** The link as written (entities decoded). */
  href: string;
  reason: string;
}

/** Every file under a directory, iteratively. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile()) out.push(path);
    }
  }
  return out.sort();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The link targets written in an HTML file's attributes (href, src), in order. */
export function linksOf(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) out.push(decodeEntities(m[1] ?? m[2] ?? ''));
  return out;
}

/** The anchors (`id` and `name` attributes) of an HTML file. */
export function anchorsOf(html: string): Set<string> {
  const out = new Set<string>();
  for (const m of html.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) out.add(decodeEntities(m[1] ?? m[2] ?? ''));
  return out;
}

/** Checks every internal link of every HTML page under root. */
export function checkSiteLinks(root: string): { pages: number; links: number; broken: BrokenLink[] } {
  const origin = 'http://site.invalid';
  const anchors = new Map<string, Set<string>>();
  const anchorsIn = (file: string): Set<string> => {
    let set = anchors.get(file);
    if (set === undefined) anchors.set(file, (set = anchorsOf(readFileSync(file, 'utf8'))));
    return set;
  };
  const pages = listFiles(root).filter((f) => f.endsWith('.html'));
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const file of pages) {
    const page = relative(root, file).split(sep).join('/');
    const html = readFileSync(file, 'utf8');
    for (const href of linksOf(html)) {
      // Other sites, mailto:, javascript: and data: URLs are not the site's to check.
      if (href === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue;
      let url: URL;
      try {
        url = new URL(href, `${origin}/${page}`);
      } catch {
        broken.push({ page, href, reason: 'not a URL' });
        continue;
      }
      links++;
      const target = fileFor(root, url.pathname);
      if (target === undefined) {
        broken.push({ page, href, reason: 'no such file' });
        continue;
      }
      let hash: string;
      try {
        hash = decodeURIComponent(url.hash.slice(1));
      } catch {
        hash = url.hash.slice(1);
      }
      if (hash !== '' && target.endsWith('.html') && !anchorsIn(target).has(hash)) broken.push({ page, href, reason: `no anchor #${hash}` });
    }
  }
  return { pages: pages.length, links, broken };
}

/**
 * One page of each kind for the browser to load: the home page and, for each folder of the
 * site (typedoc's documents/, functions/, interfaces/…, the playground), its first page.
 */
export function representativePages(root: string): string[] {
  const byKind = new Map<string, string>();
  for (const file of listFiles(root)) {
    if (!file.endsWith('.html')) continue;
    const page = relative(root, file).split(sep).join('/');
    const kind = page.includes('/') ? page.slice(0, page.indexOf('/')) : page;
    if (!byKind.has(kind) || (kind !== page && page.endsWith('/index.html') && !byKind.get(kind)!.endsWith('/index.html'))) byKind.set(kind, page);
  }
  return [...byKind.values()].sort();
}

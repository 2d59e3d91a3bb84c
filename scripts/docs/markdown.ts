/** Small helpers for generated Markdown pages (rendered by typedoc's markdown-it, HTML allowed). */

/** Escapes text for Markdown with inline HTML: entities for `& < >`, backslashes for Markdown syntax. */
export function md(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1')
    .replaceAll('\n', ' ');
}

/** A code span that is safe inside a table cell (pipes escaped, backticks avoided). */
export function code(text: string): string {
  const safe = text.replaceAll('|', '\\|').replaceAll('\n', ' ');
  return safe.includes('`') ? `<code>${md(text)}</code>` : `\`${safe}\``;
}

/** A Markdown table; cells are already-escaped Markdown. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Wraps Markdown (a table) in a div with classes of docs/site.css. */
export function styled(classes: string, markdown: string): string {
  return `<div class="${classes}">\n\n${markdown}\n\n</div>`;
}

/**
 * YAML front matter for a typedoc project document: `title`, `group`, and `children` (files of
 * pages nested under this one in the site's navigation).
 */
export function frontMatter(fields: Readonly<Record<string, string | readonly string[]>>): string {
  const lines = Object.entries(fields).map(([k, v]) =>
    typeof v === 'string' ? `${k}: ${JSON.stringify(v)}` : `${k}:\n${v.map((x) => `  - ${JSON.stringify(x)}`).join('\n')}`,
  );
  return `---\n${lines.join('\n')}\n---\n`;
}

/** The anchor markdown-it/typedoc gives a heading is unpredictable for ids with dots; we set our own. */
export function anchor(id: string): string {
  return id.replace(/[^a-z0-9-]+/gi, '-');
}

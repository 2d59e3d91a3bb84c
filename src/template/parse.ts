import { HuashuError } from '../errors/index.js';

/** A placeholder in a template: `{name}` or `{name|fallback}`. */
export interface Placeholder {
  readonly name: string;
  /** Text used when the variable is absent, from `{name|fallback}`. */
  readonly fallback?: string | undefined;
}

/** A template compiled to literal strings and placeholders, in order. */
export type TemplatePart = string | Placeholder;

/** Thrown for a template that cannot be parsed (an unclosed `{`, a stray `}`, a bad name). */
export class TemplateSyntaxError extends HuashuError {
  /** The template text. */
  readonly template: string;
  /** UTF-16 offset of the problem. */
  readonly offset: number;

  constructor(template: string, offset: number, reason: string) {
    super('INVALID_TEMPLATE', `Invalid template at offset ${offset}: ${reason} in ${excerpt(template, offset)}. Write "{{" and "}}" for literal braces.`);
    this.template = template;
    this.offset = offset;
  }
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SHOWN = 200;

/** The template as a message shows it: whole when short, else the part around `offset`. */
function excerpt(template: string, offset: number): string {
  if (template.length <= SHOWN) return JSON.stringify(template);
  const from = Math.max(0, offset - SHOWN / 2);
  return `${from > 0 ? '…' : ''}${JSON.stringify(template.slice(from, from + SHOWN))}… (${template.length} characters)`;
}

/**
 * What {@link scanTemplate} reports, in the template's order: literal text as ranges of the
 * template (so that a caller can keep offsets instead of copies), each doubled brace, and each
 * placeholder.
 */
export interface TemplateScan {
  /** Literal text `template.slice(start, end)` (never empty). */
  text(start: number, end: number): void;
  /** A literal brace, written `{{` or `}}`. */
  brace(brace: '{' | '}'): void;
  placeholder(name: string, fallback: string | undefined): void;
}

/**
 * The template syntax, in one place: scans `template` once, left to right, reporting its parts
 * to `scan` (what {@link parseTemplate} and the fill cache build from). Literal runs are reported
 * whole, from one brace to the next: linear in the template's length.
 *
 * @throws {@link TemplateSyntaxError} on unbalanced braces or an invalid name
 */
export function scanTemplate(template: string, scan: TemplateScan): void {
  let i = 0;
  const brace = /[{}]/g;
  while (i < template.length) {
    brace.lastIndex = i;
    const found = brace.exec(template);
    const at = found === null ? template.length : found.index;
    if (at > i) scan.text(i, at);
    if (found === null) break;
    i = at;
    if (template.charCodeAt(i) === 123 /* { */) {
      if (template.charCodeAt(i + 1) === 123) {
        scan.brace('{');
        i += 2;
        continue;
      }
      const close = template.indexOf('}', i + 1);
      if (close === -1) throw new TemplateSyntaxError(template, i, 'unclosed "{"');
      const body = template.slice(i + 1, close);
      const bar = body.indexOf('|');
      const name = (bar === -1 ? body : body.slice(0, bar)).trim();
      if (!NAME.test(name)) throw new TemplateSyntaxError(template, i, `invalid placeholder name ${JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name)}`);
      if (body.indexOf('{') !== -1) throw new TemplateSyntaxError(template, i, 'nested "{"');
      scan.placeholder(name, bar === -1 ? undefined : body.slice(bar + 1));
      i = close + 1;
      continue;
    }
    if (template.charCodeAt(i + 1) === 125 /* } */) {
      scan.brace('}');
      i += 2;
      continue;
    }
    throw new TemplateSyntaxError(template, i, 'stray "}"');
  }
}

/**
 * Parses a template into literal parts and placeholders. `{{` and `}}` stand for literal braces.
 *
 * @param template - text with `{name}` / `{name|fallback}` placeholders
 * @returns the parts, adjacent literals merged
 * @throws {@link TemplateSyntaxError} on unbalanced braces or an invalid name
 * @example
 * ```ts
 * parseTemplate('很抱歉,{customer|您},请稍等');
 * //=> ['很抱歉,', { name: 'customer', fallback: '您' }, ',请稍等']
 * ```
 */
export function parseTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = '';
  scanTemplate(template, {
    text: (start, end) => void (literal += template.slice(start, end)),
    brace: (brace) => void (literal += brace),
    placeholder(name, fallback) {
      if (literal !== '') parts.push(literal);
      literal = '';
      parts.push(fallback === undefined ? { name } : { name, fallback });
    },
  });
  if (literal !== '') parts.push(literal);
  return parts;
}

/**
 * Lists the placeholder names of a template, each once, in order of first use.
 *
 * @example
 * ```ts
 * placeholdersOf('{customer},这里是{brand},{customer}'); //=> ['customer', 'brand']
 * ```
 */
export function placeholdersOf(template: string): string[] {
  const names: string[] = [];
  for (const part of parseTemplate(template)) {
    if (typeof part !== 'string' && !names.includes(part.name)) names.push(part.name);
  }
  return names;
}

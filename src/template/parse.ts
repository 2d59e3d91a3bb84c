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
  let i = 0;
  // Literal runs are copied whole, from one brace to the next: linear in the template's length.
  const brace = /[{}]/g;
  while (i < template.length) {
    brace.lastIndex = i;
    const found = brace.exec(template);
    if (found === null) {
      literal += template.slice(i);
      break;
    }
    const at = found.index;
    literal += template.slice(i, at);
    i = at;
    if (template[i] === '{') {
      if (template[i + 1] === '{') {
        literal += '{';
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
      if (literal !== '') parts.push(literal);
      literal = '';
      parts.push(bar === -1 ? { name } : { name, fallback: body.slice(bar + 1) });
      i = close + 1;
      continue;
    }
    if (template[i + 1] === '}') {
      literal += '}';
      i += 2;
      continue;
    }
    throw new TemplateSyntaxError(template, i, 'stray "}"');
  }
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

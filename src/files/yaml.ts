import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLMap } from 'yaml';

/** A parsed YAML (or JSON, a subset of YAML) document with positions. */
export interface ParsedDocument {
  /** The plain value, or undefined when there were syntax errors. */
  value: unknown;
  /** Syntax errors with their 1-based positions. */
  errors: Array<{ line: number | undefined; column: number | undefined; message: string }>;
  /** Finds the 1-based line and column of a path inside the document. */
  locate(path: ReadonlyArray<string | number>): { line: number; column: number } | undefined;
}

/** The most YAML/JSON text a pack or config file may hold, checked before parsing. */
export const MAX_YAML_CHARS = 2_000_000;

/** A map's pairs by key, built once per map: locating many issues stays linear. */
function indexer() {
  const cache = new WeakMap<YAMLMap, Map<unknown, YAMLMap['items'][number]>>();
  return (map: YAMLMap) => {
    let index = cache.get(map);
    if (index === undefined) {
      index = new Map();
      for (const item of map.items) {
        const key = isScalar(item.key) ? item.key.value : item.key;
        if (!index.has(key)) index.set(key, item);
      }
      cache.set(map, index);
    }
    return index;
  };
}

/**
 * Duplicate keys, found with one set per map in one iterative walk (the parser's own
 * `uniqueKeys` check compares each key with every earlier one: quadratic in a map's size).
 */
function duplicateKeys(doc: Document, counter: LineCounter): ParsedDocument['errors'] {
  const errors: ParsedDocument['errors'] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0 && errors.length < 50) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const item of node.items) {
        const key = isScalar(item.key) ? item.key.value : item.key;
        if (isScalar(item.key) && seen.has(key)) {
          const range = item.key.range;
          const pos = range === undefined || range === null ? undefined : counter.linePos(range[0]);
          errors.push({ line: pos?.line, column: pos?.col, message: `YAML: map keys must be unique ("${String(key).slice(0, 40)}" is repeated)` });
        }
        seen.add(key);
        stack.push(item.value);
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return errors;
}

/** Syntax errors reported per file: the first few, then a count. */
const MAX_SYNTAX_ERRORS = 5;

/**
 * The parser's syntax errors as short messages that never quote the file (a file given by
 * mistake may hold anything: a script, a key, a customer list), the first few only.
 */
function syntaxErrors(errors: Document['errors']): ParsedDocument['errors'] {
  const out = errors.slice(0, MAX_SYNTAX_ERRORS).map((error) => ({
    line: error.linePos?.[0]?.line,
    column: error.linePos?.[0]?.col,
    message: `YAML: ${(error.message.split('\n')[0] ?? error.code)
      .replace(/ at line \d+, column \d+:?$/, '')
      .replace(/:\s.*$/s, '')}`,
  }));
  if (errors.length > MAX_SYNTAX_ERRORS) {
    out.push({ line: undefined, column: undefined, message: `YAML: ${errors.length - MAX_SYNTAX_ERRORS} more syntax errors: is this a YAML or JSON phrase pack?` });
  }
  return out;
}

function locator(doc: Document, counter: LineCounter) {
  const pairs = indexer();
  return (path: ReadonlyArray<string | number>) => {
    let node: unknown = doc.contents;
    let last: unknown = node;
    for (const key of path) {
      if (isMap(node)) {
        const pair = pairs(node).get(key);
        if (pair === undefined) break;
        last = pair.key;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
      } else break;
      if (node !== null && node !== undefined) last = node;
    }
    const range = (last as { range?: [number, number, number] } | undefined)?.range;
    if (range === undefined) return undefined;
    const pos = counter.linePos(range[0]);
    return { line: pos.line, column: pos.col };
  };
}

/**
 * Parses YAML keeping positions, with duplicate keys rejected and alias expansion bounded (a
 * "billion laughs" document cannot blow up memory). Text over {@link MAX_YAML_CHARS} is refused
 * before parsing; time is linear in the text.
 */
export function parseYaml(text: string, maxChars: number = MAX_YAML_CHARS): ParsedDocument {
  if (text.length > maxChars) {
    return {
      value: undefined,
      locate: () => undefined,
      errors: [{ line: undefined, column: undefined, message: `the file is ${text.length} characters long, over the limit of ${maxChars} for YAML/JSON packs and config files` }],
    };
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: false });
  const locate = locator(doc, counter);
  const duplicates = doc.errors.length === 0 ? duplicateKeys(doc, counter) : [];
  if (duplicates.length > 0) return { value: undefined, locate, errors: duplicates };
  if (doc.errors.length > 0) {
    return {
      value: undefined,
      locate,
      errors: syntaxErrors(doc.errors),
    };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }), errors: [], locate };
  } catch (error) {
    return { value: undefined, locate, errors: [{ line: undefined, column: undefined, message: `YAML: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A parsed YAML (or JSON, a subset of YAML) document with positions. */
export interface ParsedDocument {
  /** The plain value, or undefined when there were syntax errors. */
  value: unknown;
  /** Syntax errors with their 1-based positions. */
  errors: Array<{ line: number | undefined; column: number | undefined; message: string }>;
  /** Finds the 1-based line and column of a path inside the document. */
  locate(path: ReadonlyArray<string | number>): { line: number; column: number } | undefined;
}

function locator(doc: Document, counter: LineCounter) {
  return (path: ReadonlyArray<string | number>) => {
    let node: unknown = doc.contents;
    let last: unknown = node;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
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
 * "billion laughs" document cannot blow up memory).
 */
export function parseYaml(text: string): ParsedDocument {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  const locate = locator(doc, counter);
  if (doc.errors.length > 0) {
    return {
      value: undefined,
      locate,
      errors: doc.errors.map((error) => ({
        line: error.linePos?.[0]?.line,
        column: error.linePos?.[0]?.col,
        message: `YAML: ${(error.message.split('\n')[0] ?? error.code).replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }), errors: [], locate };
  } catch (error) {
    return { value: undefined, locate, errors: [{ line: undefined, column: undefined, message: `YAML: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

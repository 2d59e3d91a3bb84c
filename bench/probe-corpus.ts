// Precision probe for rule work: prints every finding of the named rules on the KdConv and
// CrossWOZ texts in bench/data, with its context (tsx bench/probe-corpus.ts RULE_ID…).
import { readFileSync } from 'node:fs';
import { createLinter } from '../src/lint/index.js';
const NEW = new Set(process.argv.slice(2));
const l = createLinter();
for (const f of ['bench/data/kdconv-test.jsonl', 'bench/data/crosswoz-test-sys.jsonl']) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text: string };
    for (const x of l.lint(text)) if (NEW.has(x.ruleId)) console.log(f.slice(11, 18), x.ruleId, `[${text.slice(x.start, x.end)}]`, text.slice(Math.max(0, x.start - 15), x.end + 15));
  }
}

import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createLinter, type Rule } from '/work/wt/recall5a/src/lint/index.js';
const doc = parse(readFileSync('/work/wt/recall5a/data/core/rules.yaml', 'utf8'));
const all: Rule[] = (doc.rules ?? doc) as Rule[];
const startId = 'no-snobbery';
const idx = all.findIndex((r) => r.id === startId);
const mine = all.slice(idx);
const ids = new Set(mine.map((r) => r.id));
const theme = new Map(all.map((r) => [r.id, r.theme]));
const lin = createLinter({ rules: mine });
// examples
let bad = 0;
for (const r of mine) {
  const ex = (r as any).examples ?? {};
  for (const t of ex.fail ?? []) if (!lin.lint(t).some((f) => f.ruleId === r.id)) { console.log(`FAIL-NOT-CAUGHT ${r.id}: ${t}`); bad++; }
  for (const t of ex.pass ?? []) { const fs = lin.lint(t).filter((f) => f.severity === 'error'); if (fs.length) { console.log(`PASS-FLAGGED ${r.id}: ${t} -> ${fs.map((f) => f.ruleId + '[' + f.text + ']').join(' ')}`); bad++; } }
}
console.log('example problems', bad);
// corpora
const jl = (f: string) => readFileSync('/work/wt/recall5a/bench/data/' + f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text as string);
for (const f of ['crosswoz-test-sys.jsonl', 'crosswoz-val-sys.jsonl', 'multiwoz-zh-human-val-sys.jsonl', 'kdconv-test.jsonl']) {
  let n = 0;
  for (const t of jl(f)) for (const x of lin.lint(t)) if (x.severity === 'error') { n++; console.log(`  HIT ${f} ${x.ruleId} [${x.text}] ${t.slice(0, 80)}`); }
  console.log(`${f}: ${n}`);
}
// library phrases? handled by vitest
// banned sentences
const banned = (parse(readFileSync('/work/wt/recall5a/bench/data/banned-sentences.yaml', 'utf8')) as any).sentences as { text: string; theme: string; split: string }[];
const bySplit = new Map<string, [number, number]>();
for (const b of banned) {
  const fs = lin.lint(b.text).filter((f) => f.severity !== 'info');
  const right = fs.some((f) => theme.get(f.ruleId) === b.theme);
  const wrong = fs.filter((f) => theme.get(f.ruleId) !== b.theme);
  if (right) { const s = bySplit.get(b.split) ?? [0, 0]; s[0]++; bySplit.set(b.split, s); }
  if (wrong.length) console.log(`  WRONGTHEME ${b.split} ${b.theme}: ${b.text} -> ${wrong.map((f) => f.ruleId + '[' + f.text + ']').join(' ')}`);
  if (right && process.argv.includes('--hits')) console.log(`  CAUGHT ${b.split} ${b.theme}: ${b.text}`);
}
console.log('new-rule right-theme catches by split:', JSON.stringify([...bySplit]));

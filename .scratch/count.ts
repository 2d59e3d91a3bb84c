import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expandPattern } from '/work/wt/recall5a/src/lint/index.js';
const all = parse(readFileSync('/work/wt/recall5a/data/core/rules.yaml', 'utf8')).rules as any[];
const mine = all.slice(all.findIndex((r) => r.id === 'no-snobbery'));
let tot = 0, chars = 0;
const rows: [number, number, string, string][] = [];
for (const r of mine) for (const p of r.patterns) { const e = expandPattern(p) as any; const n = e.variants.length; const c = e.variants.reduce((a: number, v: any) => a + v.head.length + v.tail.length, 0); tot += n; chars += c; rows.push([n, c, r.id, p]); }
rows.sort((a, b) => b[1] - a[1]); for (const r of rows.slice(0, 15)) console.log(r.join('  '));
console.log('total literals', tot, 'chars', chars);
const prev = all.slice(0, all.findIndex((r) => r.id === 'no-snobbery'));
let pt = 0, pc = 0; for (const r of prev) for (const p of r.patterns) { const e = expandPattern(p) as any; pt += e.variants.length; pc += e.variants.reduce((a: number, v: any) => a + v.head.length + v.tail.length, 0); }
console.log('existing literals', pt, 'chars', pc);

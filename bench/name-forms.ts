/**
 * How `parseName`/`honorific` read a list of real person names (one per line) that no one here
 * wrote: how many are taken for an organisation or a 老X/小X, X总, X哥/X姐 form (each a false
 * alarm, since every line is a person's name), and how many lose their surname at the default
 * `minConfidence` (a guess below `medium`). Names that are not valid input are counted apart.
 *
 * Usage: tsx bench/name-forms.ts <names.txt>   e.g. the Ancient_Names_Corpus（25W）.txt of
 * github.com/wainshine/Chinese-Names-Corpus (Apache-2.0; not vendored here).
 */
import { readFileSync } from 'node:fs';
import { honorific, parseName } from '../src/honorifics/index.js';

const file = process.argv[2];
if (file === undefined) {
  console.error('usage: tsx bench/name-forms.ts <names.txt>');
  process.exit(2);
}
const names = readFileSync(file, 'utf8').split(/\r?\n/).map((l) => l.replace(/^\uFEFF/, '').trim()).filter((l) => /^\p{Script=Han}{2,}$/u.test(l));
const forms = new Map<string, string[]>();
let noSurname = 0;
let invalid = 0;
for (const name of names) {
  try {
    const parsed = parseName(name);
    if (parsed.form !== undefined) {
      const list = forms.get(parsed.form.kind) ?? [];
      list.push(name);
      forms.set(parsed.form.kind, list);
    }
    if (honorific({ fullName: name, gender: 'female' }) === '女士') noSurname++;
  } catch {
    invalid++;
  }
}
const pct = (n: number) => `${((100 * n) / names.length).toFixed(2)}%`;
console.log(`${names.length} Han names from ${file}`);
for (const [kind, list] of forms) console.log(`  read as ${kind}: ${list.length} (${pct(list.length)}), e.g. ${list.slice(0, 12).join(' ')}`);
console.log(`  addressed without a surname at minConfidence medium: ${noSurname} (${pct(noSurname)})`);
console.log(`  invalid input: ${invalid}`);

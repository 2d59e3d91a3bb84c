import { join } from 'node:path';
import { loadPackDir } from './catalogue.ts';
import { ROOT } from './load.ts';
import { sameWording, withoutAsides, readSeeds, spansOf, type Carrier } from './fidelity.ts';
import { readdirSync } from 'node:fs';
const instances = ['食惟天','家如何网','4008288888','0571-XXXXX','威登保罗男包','企业'];
const issues: any[] = [];
const dirs = [join(ROOT,'data/core'), ...readdirSync(join(ROOT,'data/packs')).map(d=>join(ROOT,'data/packs',d))];
const seeds = readSeeds()!;
for (const d of dirs) { const l = loadPackDir(d, issues); if (!l) continue;
  for (const s of [...(l.pack.scenarios??[]), ...(l.pack.patches??[])]) for (const p of s.phrases??[]) {
    const src: any = (p as any).source; if (!src) { console.log('NOQUOTE', s.id+'#'+p.id, p.text); continue; }
    const list = Array.isArray(src)?src:[src];
    for (const q of list) { if (!spansOf({where:'',kind:'phrase',at:q.at,text:q.text} as Carrier, seeds)) console.log('NOTFOUND', s.id+'#'+p.id, q.at, q.text); }
    if (!sameWording(p.text, list.map((q:any)=>q.text).join(''), instances) && !(p as any).edit) console.log(`DIFF ${l.pack.id} ${s.id}#${p.id}\n  P: ${p.text}\n  S: ${list[0].text}`);
  } }
console.log(issues.map(i=>i.file+':'+i.line+' '+i.message).join('\n'));

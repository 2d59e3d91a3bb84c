import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { normalize, readSeeds, parseRef, sameWording } from './fidelity.ts';
const seeds = readSeeds()!;
const instances = ['食惟天','家如何网','4008288888','0571-XXXXX','威登保罗男包','企业'];
export function best(template: string, at: string) {
  const r = parseRef(at)!; const out = [];
  for (let ln = r.from; ln <= r.to; ln++) {
    const line = seeds.get(r.seed)!.lines[ln-1]; if (!line) continue;
    const N = normalize(line); const P = normalize(template.replace(/\{[A-Za-z_]+\|([^}]*)\}/g,'$1').replace(/\{[^}]*\}/g,'')).text;
    const n=N.text.length, m=P.length;
    let prev = new Array(n+1).fill(0), startPrev = Array.from({length:n+1},(_,j)=>j);
    for (let i=1;i<=m;i++){ const cur=new Array(n+1); const st=new Array(n+1); cur[0]=i; st[0]=0;
      for(let j=1;j<=n;j++){ const sub=prev[j-1]+(P[i-1]===N.text[j-1]?0:1), del=prev[j]+1, ins=cur[j-1]+1;
        if (sub<=del&&sub<=ins){cur[j]=sub;st[j]=startPrev[j-1];} else if(del<=ins){cur[j]=del;st[j]=startPrev[j];} else {cur[j]=ins;st[j]=st[j-1];}}
      prev=cur; startPrev=st; }
    let bj=0; for(let j=1;j<=n;j++) if(prev[j]<prev[bj]) bj=j;
    const s=N.map[startPrev[bj]]; let e=N.map[bj-1]+1;
    while (e<line.length && !/[\p{L}\p{N}“”"]/u.test(line[e]) ) e++;
    out.push({ at: `${r.seed}:${ln}`, text: line.slice(s,e).trim(), cost: prev[bj], len: m });
  }
  out.sort((a,b)=>a.cost/a.len-b.cost/b.len); return out[0];
}
if (process.argv[1].endsWith('align.ts')) {
  for (const f of process.argv.slice(2)) {
    const doc = parse(readFileSync(f,'utf8'));
    for (const sc of [...(doc.scenarios??[]), ...(doc.patches??[])]) for (const p of sc.phrases??[]) {
      const srcs = p.sources ?? sc.sources ?? [];
      const cands = srcs.map((a: string)=>best(p.text,a)).filter(Boolean).sort((a:any,b:any)=>a.cost/a.len-b.cost/b.len);
      const b = cands[0]; if(!b){console.log('NOSRC', sc.id+'#'+p.id); continue;}
      const same = sameWording(p.text, b.text, instances);
      console.log(`${same?'OK  ':'DIFF'} ${sc.id}#${p.id} ${b.at} cost=${b.cost}/${b.len}\n   P: ${p.text}\n   S: ${b.text}`);
    }
  }
}

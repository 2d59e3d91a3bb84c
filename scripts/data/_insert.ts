import { readFileSync, writeFileSync } from 'node:fs';
import { parseDocument, isSeq } from 'yaml';
import { best } from './_align.ts';
for (const f of process.argv.slice(2)) {
  const raw = readFileSync(f,'utf8');
  const doc = parseDocument(raw);
  const ins: Array<[number,string]> = [];
  for (const sec of ['scenarios','patches']) {
    const list = doc.get(sec) as any; if (!isSeq(list)) continue;
    for (const sc of list.items) {
      const scSources = (sc.get('sources')?.toJSON?.() ?? []) as string[];
      const phrases = sc.get('phrases'); if (!isSeq(phrases)) continue;
      for (const p of (phrases as any).items) {
        if (p.has('source') || p.flow) { if (p.flow) console.log('FLOW', sc.get('id'), p.get('id')); continue; }
        const text = p.get('text') as string;
        const srcs = (p.get('sources')?.toJSON?.() ?? scSources) as string[];
        const t = text.replace(/\{[A-Za-z_]+\|([^}]*)\}/g,'$1').replace(/\{[^}]*\}/g,'');
        const cands = srcs.map((a)=>best(t,a)).filter(Boolean).sort((a:any,b:any)=>a.cost/a.len-b.cost/b.len);
        const b = cands[0]; if (!b || b.cost/b.len > 0.5) { console.log('SKIP', sc.get('id'), p.get('id'), b?.text); continue; }
        const pair = p.items.find((it:any)=>it.key.value==='text');
        const end = pair.value.range[1];
        const lineStart = raw.lastIndexOf('\n', pair.key.range[0]) + 1;
        const indent = pair.key.range[0] - lineStart;
        const eol = raw.indexOf('\n', end);
        ins.push([eol, '\n' + ' '.repeat(indent) + `source: { at: "${b.at}", text: ${JSON.stringify(b.text)} }`]);
      }
    }
  }
  let out = raw; for (const [at, s] of ins.sort((a,b)=>b[0]-a[0])) out = out.slice(0,at)+s+out.slice(at);
  writeFileSync(f, out);
}

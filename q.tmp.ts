import { parseYaml } from './src/cli/yaml.js';
import { loadPack } from './src/phrasebook/load-pack.js';
for (const n of [10000, 20000, 40000, 80000]) {
  let y = 'id: big\ndefaults:\n';
  for (let i = 0; i < n; i++) y += `  k${i}: v${i}\n`;
  let t = performance.now();
  const doc = parseYaml(y);
  const tp = performance.now() - t; t = performance.now();
  try { loadPack(doc.value, { file: 'x', locate: doc.locate }); } catch (e) { console.log((e as Error).message.slice(0, 100)); }
  console.log(n, 'parse', Math.round(tp), 'load', Math.round(performance.now() - t));
}

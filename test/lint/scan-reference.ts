// The automaton's scan as it was before the rare-anchor prefilter (src/lint/automaton.ts,
// scanHits): the automaton stepped at every unit of the text. Kept as the reference the
// prefilter must equal (test/lint/scan-anchors.test.ts).
import { SKIP, type Automaton } from '../../src/lint/automaton.js';

/** Every pattern occurrence as (pattern, end) pairs, in order of end: one automaton step per unit. */
export function referenceHits(a: Automaton, text: string): number[] {
  const { classes, root, nodes, cells, out, dict, nextSame, breakClass, viaBreak } = a;
  const hits: number[] = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const cls = classes[text.charCodeAt(i)]!;
    if (cls === SKIP) continue;
    if (cls === 0) {
      s = 0;
      continue;
    }
    if (s === 0) s = root[cls]!;
    else {
      let k = (nodes[s << 2]! + cls) << 1;
      if (cells[k] === s) s = cells[k + 1]!;
      else {
        // More clause punctuation right after a clause mark: still the same mark.
        if (cls === breakClass && viaBreak[s] === 1) continue;
        do s = nodes[(s << 2) + 1]!;
        while (s !== 0 && cells[(k = (nodes[s << 2]! + cls) << 1)] !== s);
        s = s === 0 ? root[cls]! : cells[k + 1]!;
      }
    }
    for (let t = nodes[(s << 2) + 2]!; t > 0; t = dict[t]!) for (let p = out[t]!; p >= 0; p = nextSame[p]!) hits.push(p, i + 1);
  }
  return hits;
}

/**
 * Benchmarks `fill` against intl-messageformat at 10, 500 and 5,000 distinct templates cycled in
 * turn, in one run, and reports ratios (fill ÷ intl-messageformat; the target is ≤ 0.3 at every
 * count). intl-messageformat is given its best case: one formatter per template, built once
 * before timing (an app would have to cache them itself); fill takes the template text each call
 * and relies on its own cache (16 MiB: about 40,000 templates of this length).
 *
 * Usage: npm run bench:template   (tsx bench/template.ts)
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { fill } from '../src/honorifics/index.js';
import { perCall } from './lib/time.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** `count` distinct templates of the catalogue's shape (a customer, a number, literal text). */
function templates(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `很抱歉，{customer}，您的订单{order}已受理（${i}），预计{days}个工作日内处理完毕，请您留意短信通知。`);
}

const customers = ['王女士', '李先生', '欧阳女士', '陈先生'];
let sink = 0;

/** Best nanoseconds per call over rounds of `n` calls. */
function time(fn: (i: number) => string, n: number): number {
  return perCall((i) => (sink += fn(i).length), n, { rounds: 5 });
}

const rows: Array<{ templates: number; fill: number; icu: number; ratio: number }> = [];
for (const count of [10, 500, 5_000, 20_000]) {
  const list = templates(count);
  const formatters = list.map((t) => new IntlMessageFormat(t, 'zh-CN'));
  const vars = (i: number) => ({ customer: customers[i & 3]!, order: 1000 + (i & 7), days: 2 });
  const check = fill(list[1 % count]!, vars(1));
  if (check !== String(formatters[1 % count]!.format(vars(1)))) throw new Error(`outputs differ: ${check}`);
  const n = Math.max(200_000, count * 20);
  const f = time((i) => fill(list[i % count]!, vars(i)), n);
  const m = time((i) => String(formatters[i % count]!.format(vars(i))), n);
  rows.push({ templates: count, fill: f, icu: m, ratio: f / m });
}

console.log('fill vs intl-messageformat (one formatter per template, prebuilt), templates cycled in turn');
console.log('templates   fill ns/call   intl-messageformat ns/call   ratio (target ≤ 0.3)');
for (const r of rows) {
  console.log(`${String(r.templates).padStart(9)}   ${r.fill.toFixed(0).padStart(12)}   ${r.icu.toFixed(0).padStart(26)}   ${r.ratio.toFixed(3)}`);
}
if (sink === 42) console.log('');

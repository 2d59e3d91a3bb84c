/**
 * Transcript audit benchmark (npm run bench:audit):
 *  1. one 300-turn timed phone call with 100 checks (the 16 built-in ones plus 84 generated over
 *     every operator): median and p95 time of `auditor.audit` (target: median ≤ 2 ms);
 *  2. batch throughput on one core: NDJSON lines parsed and audited in-process, calls per second;
 *  3. memory over 100,000 calls streamed through the CLI's batch pipeline (in-process, no
 *     workers): heap after GC every 10,000 calls (flat = constant memory);
 *  4. scaling with worker threads: `huashu audit calls.ndjson --workers N` on a 20,000-call file,
 *     wall time and calls per second for N = 1 … the machine's cores.
 *
 * Usage: npm run bench:audit [-- --quick]   (--quick: 10,000 calls for 3, 4,000 for 4)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createAuditor, readNdjsonLine, type Transcript, type TranscriptTurn } from '../src/audit/index.js';
import { auditSectionSchema, type AuditSectionInput } from '../src/schema/audit.js';
import { coreAudit } from '../src/generated/audit.js';
import { scenarios } from '../src/catalogue/index.js';
import { runBatch } from '../src/cli/commands/audit-batch.js';
import { quantile } from './lib/time.js';
import { mulberry32 } from '../scripts/lib/prng.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;
const quick = process.argv.includes('--quick');

const prng = mulberry32;
const random = prng(20261202);
const pickOf = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;

// Agent lines: the catalogue's own phrases (placeholders filled with a word); customer lines: short questions.
const agentLines = scenarios()
  .flatMap((s) => s.phrases.map((p) => p.text.replace(/\{[^}]*\}/g, '王女士').replaceAll('↑', '')))
  .filter((t) => t.length < 80);
const customerLines = ['在吗？', '我想查一下订单。', '我要投诉，快递太慢了。', '我姓王。', '好的，谢谢。', '没有了。', '什么时候能到？', '你们怎么回事？', '可以退款吗？', '嗯。'];

function call(turnCount: number, id?: string): Transcript {
  const turns: TranscriptTurn[] = [];
  let t = 0;
  for (let i = 0; i < turnCount; i++) {
    const agent = i % 2 === 0;
    const text = agent ? pickOf(agentLines) : pickOf(customerLines);
    const length = Math.max(1, text.length / 3.2);
    t += random() < 0.05 ? 25 : random() * 3;
    turns.push({ role: agent ? '客服' : '客户', text, start: Math.round(t * 10) / 10, end: Math.round((t + length) * 10) / 10 });
    t += length;
  }
  return { ...(id === undefined ? {} : { id }), channel: 'phone', rings: 2, answerSeconds: 6, turns };
}

/** 84 generated checks over every operator, on the core phrase sets, plus the 16 built-in ones = 100. */
function generatedChecks(): AuditSectionInput {
  const sets = Object.keys(coreAudit.phrases ?? {});
  const title = { zh: '生成', en: 'Generated' };
  const kinds = [
    (s: string) => ({ phrases: { any: [`@${s}`], turns: { first: 3 } } }),
    (s: string) => ({ phrases: { none: [`@${s}`], role: 'customer' as const } }),
    (s: string) => ({ phrases: { all: [`@${s}`, '您'], turns: { last: 5 } } }),
    (s: string) => ({ order: { first: { phrases: [`@${s}`] }, then: { phrases: ['@farewell'] } } }),
    (s: string) => ({ order: { first: { phrases: [`@${s}`], role: 'customer' as const }, then: { phrases: ['@apology'] }, within: 2 } }),
    (s: string) => ({ count: { phrases: [`@${s}`], max: 20 } }),
    (s: string) => ({ any: [{ phrases: { any: [`@${s}`], seconds: { first: 60 } } }, { not: { silence: { over: 20, before: ['@hold-ask'] } } }] }),
    () => ({ responseTime: { which: 'each' as const, max: 10 } }),
    () => ({ length: { max: 60 } }),
    () => ({ interruption: { by: 'agent' as const } }),
    () => ({ rate: { min: 150, max: 250 } }),
    () => ({ duration: { max: 3600 } }),
  ];
  const checks = Array.from({ length: 84 }, (_, i) => ({ id: `gen-${i}`, title, expect: kinds[i % kinds.length]!(sets[i % sets.length]!), sources: ['003:14'] }));
  return { checks };
}

function stats(samples: number[]) {
  const s = [...samples];
  return { median: quantile(s, 0.5), p95: quantile(s, 0.95) };
}
const fmt = (n: number, d = 3) => n.toFixed(d);

// ── 1. One 300-turn call, 100 checks ──
const auditor = createAuditor({ vars: { brand: '阳光物业' }, sections: [auditSectionSchema.parse(generatedChecks())] });
const long = call(300);
console.log(`checks: ${auditor.checks.length}; turns: ${long.turns.length}; characters: ${long.turns.reduce((n, t) => n + t.text.length, 0)}`);
for (let i = 0; i < 50; i++) auditor.audit(long);
const times: number[] = [];
for (let i = 0; i < 300; i++) {
  const t0 = performance.now();
  auditor.audit(long);
  times.push(performance.now() - t0);
}
const one = stats(times);
console.log(`1. 300-turn call, 100 checks: median ${fmt(one.median)} ms, p95 ${fmt(one.p95)} ms (target: median ≤ 2 ms; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`);

// ── 2. Batch throughput on one core (NDJSON parse + audit, built-in checks) ──
const builtIn = createAuditor({ vars: { brand: '阳光物业' } });
const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify(call(20 + (i % 20), `c${i}`)));
for (const l of lines.slice(0, 200)) builtIn.audit(readNdjsonLine(l, 1)!);
{
  const t0 = performance.now();
  for (let i = 0; i < lines.length; i++) builtIn.audit(readNdjsonLine(lines[i]!, i + 1)!);
  const seconds = (performance.now() - t0) / 1000;
  console.log(`2. batch, one core, in-process: ${Math.round(lines.length / seconds)} calls/s (20–39 turns a call, 16 built-in checks)`);
}

// ── 3. Memory over 100,000 calls through the batch pipeline ──
const total = quick ? 10_000 : 100_000;
{
  const samples: Array<[number, number]> = [];
  const pool = lines.slice(0, 500);
  async function* source() {
    for (let i = 0; i < total; i++) {
      if (i % (total / 10) === 0) {
        gc();
        samples.push([i, process.memoryUsage().heapUsed]);
      }
      yield pool[i % pool.length]!;
    }
  }
  let printed = 0;
  const io = {
    stdout: (text: string) => void (printed += text.length),
    stderr: () => {},
    readStdin: async () => '',
    readFile: async () => '',
    now: () => Date.now(),
    env: {},
    stdoutIsTTY: false,
  };
  const t0 = performance.now();
  await runBatch(source(), { packs: [], disable: [], vars: { brand: '阳光物业' }, channel: undefined, json: true }, 0, io);
  const seconds = (performance.now() - t0) / 1000;
  gc();
  samples.push([total, process.memoryUsage().heapUsed]);
  const mb = (b: number) => (b / 1048576).toFixed(1);
  console.log(`3. ${total.toLocaleString('en')} calls streamed (JSON scorecards out, ${mb(printed)} MB): ${Math.round(total / seconds)} calls/s; heap after GC (MB) every ${(total / 10).toLocaleString('en')} calls: ${samples.map(([, h]) => mb(h)).join(' ')}`);
  const heaps = samples.slice(1).map(([, h]) => h);
  console.log(`   growth from the first sample to the last: ${mb(heaps[heaps.length - 1]! - heaps[0]!)} MB`);
}

// ── 4. Scaling with worker threads (the CLI, as users run it) ──
{
  const n = quick ? 4000 : 20_000;
  const dir = mkdtempSync(join(tmpdir(), 'huashu-bench-audit-'));
  const file = join(dir, 'calls.ndjson');
  writeFileSync(file, Array.from({ length: n }, (_, i) => lines[i % lines.length]!).join('\n') + '\n');
  const cores = availableParallelism();
  // The built CLI when there is one (npm run build): workers then start without compiling TypeScript.
  const built = existsSync('dist/cli/index.js') && existsSync('dist/cli/audit-worker.js');
  const command = built ? ['dist/cli/index.js'] : ['--import', 'tsx', 'src/cli/index.ts'];
  const counts = [...new Set([0, 1, 2, cores])].filter((w) => w <= Math.max(2, cores));
  const base: number[] = [];
  for (const workers of counts) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [...command, 'audit', file, '--format', 'ndjson', '--workers', String(workers), '--json'], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    const seconds = (performance.now() - t0) / 1000;
    if (r.status !== 0 && r.status !== 1) throw new Error(`huashu audit exited ${r.status}: ${r.stderr.toString()}`);
    base.push(seconds);
    console.log(`4. ${n.toLocaleString('en')} calls, --workers ${workers}${workers === 0 ? ' (in-process)' : ''}: ${fmt(seconds, 2)} s wall, ${Math.round(n / seconds)} calls/s, ×${fmt(base[0]! / seconds, 2)} vs in-process`);
  }
  console.log(`   (${cores} cores on this machine, load average ${loadavg()[0]!.toFixed(1)}; ${built ? 'dist/cli' : 'src/cli through tsx (run npm run build first for the shipped CLI)'}; process and worker start-up included)`);
}

/**
 * Batch audits over NDJSON for `huashu audit`: lines are read as a stream (readline), audited in
 * chunks by worker threads (one per core by default), and printed in input order. Memory stays
 * flat: at most a few chunks per worker are in flight, and output is written as soon as the
 * chunks before it are done.
 */
import { createReadStream, existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import type { Auditor } from '../../audit/index.js';
import { readNdjsonLine } from '../../audit/index.js';
import type { Scorecard } from '../../audit/index.js';
import { isHuashuError } from '../../errors/index.js';
import type { Channel } from '../../schema/index.js';
import type { CliIo } from '../io.js';
import { phrasebookFor } from '../packs.js';

/** What a worker (or the main thread) needs to build the same auditor. */
export interface BatchSetup {
  /** Pack files (the config file's first, then `--pack`). */
  packs: string[];
  /** Lint rule ids to leave out (the config file's). */
  disable: string[];
  vars: Record<string, string>;
  channel: Channel | undefined;
  json: boolean;
}

/** One audited line: its printed form and whether the call passed, or the input error. */
export type LineResult = { line: number; out: string; passed: boolean } | { line: number; error: string };

const CHUNK = 64;

/** Builds the auditor a batch uses: the phrasebook's (core and `--pack` files) with `--var` values. */
export async function batchAuditor(setup: BatchSetup, io: CliIo): Promise<Auditor> {
  // The config's packs are already in `setup.packs` (workers have no config of their own).
  const book = await phrasebookFor(setup.packs, { ...io, config: undefined }, { disable: setup.disable });
  return book.auditor({ vars: setup.vars, ...(setup.channel === undefined ? {} : { channel: setup.channel }) });
}

/** A one-line summary of a scorecard (text batch output). */
export function summaryLine(card: Scorecard, line: number): string {
  const failed = card.checks.filter((c) => c.verdict === 'fail').map((c) => c.id);
  return `${card.id ?? `line ${line}`}\t${card.score}\t${card.passed ? 'pass' : 'FAIL'}${failed.length === 0 ? '' : `\t${failed.join(',')}`}`;
}

/** Audits a chunk of NDJSON lines. */
export function auditChunk(auditor: Auditor, setup: BatchSetup, lines: ReadonlyArray<readonly [number, string]>): LineResult[] {
  const results: LineResult[] = [];
  for (const [line, text] of lines) {
    try {
      const transcript = readNdjsonLine(text, line, setup.channel);
      if (transcript === undefined) continue;
      const card = auditor.audit(transcript);
      results.push({ line, out: setup.json ? JSON.stringify(card) : summaryLine(card, line), passed: card.passed });
    } catch (error) {
      if (!isHuashuError(error)) throw error;
      const message = error.message.startsWith('line ') ? error.message : `line ${line}: ${error.message}`;
      results.push({ line, error: message });
    }
  }
  return results;
}

/** The worker script next to this module (dist: `audit-worker.js`; sources run by tsx: `.ts`). */
function workerUrl(): URL | undefined {
  for (const name of ['./audit-worker.js', './audit-worker.ts']) {
    const url = new URL(name, import.meta.url);
    if (existsSync(url)) return url;
  }
  return undefined;
}

interface Pool {
  run(chunk: ReadonlyArray<readonly [number, string]>): Promise<LineResult[]>;
  close(): Promise<void>;
}

async function workerPool(size: number, setup: BatchSetup): Promise<Pool | undefined> {
  const url = workerUrl();
  if (url === undefined) return undefined;
  // Sources run by tsx (tests, `npm run demo`): the worker registers tsx's loader before importing the .ts file.
  const spawn = () =>
    url.pathname.endsWith('.ts')
      ? new Worker(`import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true, workerData: setup })
      : new Worker(url, { workerData: setup });
  const workers = Array.from({ length: size }, () => ({ worker: spawn(), busy: 0, waiting: new Map<number, (r: LineResult[] | Error) => void>() }));
  let id = 0;
  for (const w of workers) {
    w.worker.on('message', (m: { id: number; results?: LineResult[]; error?: string }) => {
      const resolve = w.waiting.get(m.id);
      w.waiting.delete(m.id);
      w.busy--;
      resolve?.(m.error === undefined ? m.results! : new Error(m.error));
    });
    w.worker.on('error', (error) => {
      for (const resolve of w.waiting.values()) resolve(error);
      w.waiting.clear();
    });
  }
  return {
    run(chunk) {
      const w = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      w.busy++;
      const n = id++;
      return new Promise((resolve, reject) => {
        w.waiting.set(n, (r) => (r instanceof Error ? reject(r) : resolve(r)));
        w.worker.postMessage({ id: n, chunk });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}

/** Lines of a file or of stdin (`-`), streamed. */
export function streamLines(file: string): AsyncIterable<string> {
  const input = file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
  return createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}

/**
 * Audits every NDJSON line of `lines`, printing each call's result in input order.
 *
 * @returns the exit code: 0 all passed, 1 a call failed, 2 a line was not a valid transcript
 */
export async function runBatch(lines: AsyncIterable<string>, setup: BatchSetup, workers: number, io: CliIo): Promise<number> {
  const size = workers < 0 ? availableParallelism() : workers;
  const pool = size > 0 ? await workerPool(size, setup) : undefined;
  const local = pool === undefined ? await batchAuditor(setup, io) : undefined;
  const window = Math.max(2, size * 4);
  const done = new Map<number, LineResult[]>();
  const inFlight = new Set<Promise<void>>();
  let next = 0;
  let seq = 0;
  let failed = false;
  let bad = false;
  let count = 0;
  const flush = () => {
    while (done.has(next)) {
      for (const r of done.get(next)!) {
        if ('error' in r) {
          bad = true;
          io.stderr(`huashu audit: ${r.error}\n`);
        } else {
          count++;
          if (!r.passed) failed = true;
          io.stdout(`${r.out}\n`);
        }
      }
      done.delete(next);
      next++;
    }
  };
  const dispatch = (chunk: Array<readonly [number, string]>) => {
    const n = seq++;
    const p: Promise<void> = (pool === undefined ? Promise.resolve(auditChunk(local!, setup, chunk)) : pool.run(chunk)).then((results) => {
      done.set(n, results);
      inFlight.delete(p);
      flush();
    });
    inFlight.add(p);
  };
  let chunk: Array<readonly [number, string]> = [];
  let lineNo = 0;
  try {
    for await (const text of lines) {
      lineNo++;
      if (text.trim() === '') continue;
      chunk.push([lineNo, text]);
      if (chunk.length < CHUNK) continue;
      dispatch(chunk);
      chunk = [];
      while (inFlight.size >= window) await Promise.race(inFlight);
    }
    if (chunk.length > 0) dispatch(chunk);
    await Promise.all(inFlight);
  } finally {
    await pool?.close();
  }
  flush();
  if (!setup.json) io.stderr(`huashu audit: ${count} call${count === 1 ? '' : 's'} audited\n`);
  return bad ? 2 : failed ? 1 : 0;
}

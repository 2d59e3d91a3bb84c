/** Worker thread of `huashu audit`'s batch mode: builds the auditor once, audits the chunks it is sent. */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { auditChunk, batchAuditor, type BatchSetup } from './audit-batch.js';

const setup = workerData as BatchSetup;
const ready = batchAuditor(setup, {
  stdout: () => {},
  stderr: () => {},
  readStdin: async () => '',
  readFile: (path) => readFile(path, 'utf8'),
  now: () => Date.now(),
  env: {},
  stdoutIsTTY: false,
});

parentPort?.on('message', (message: { id: number; chunk: Array<readonly [number, string]> }) => {
  ready.then(
    (auditor) => {
      try {
        parentPort?.postMessage({ id: message.id, results: auditChunk(auditor, setup, message.chunk) });
      } catch (error) {
        parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
      }
    },
    (error: unknown) => parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});

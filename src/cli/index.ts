#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { main } from './main.js';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// A reader that stops early (`huashu scenarios | head`) closes the pipe: that is not an error.
// Any other write failure (a full disk, a closed descriptor) is reported and exits 2, never 1
// (which means "findings").
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  try {
    process.stderr.write(`huashu: cannot write the output: ${error.code ?? error.message}\n`);
  } finally {
    process.exit(2);
  }
});

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  readFile: (path) => readFile(path),
  now: () => Date.now(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`huashu: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);

import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the huashu binary in a pipeline', () => {
  it('exits quietly when the reader closes the pipe early (huashu catalogue --json | head)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'catalogue', '--json', '--pack', 'all'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  }, 30_000);
});

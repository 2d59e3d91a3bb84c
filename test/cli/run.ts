import { main } from '../../src/cli/main.js';

/** Runs the CLI in-process and captures its output. */
export async function cli(args: string[], options: { stdin?: string; files?: Record<string, string>; now?: number } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => options.stdin ?? '',
    readFile: async (path) => {
      const text = options.files?.[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
      return text;
    },
    now: () => options.now ?? Date.UTC(2026, 10, 22, 2, 0),
  });
  return { code, stdout, stderr };
}

import { main } from '../../src/cli/main.js';

/** Runs the CLI in-process and captures its output. Files and stdin may be text or bytes. */
export async function cli(
  args: string[],
  options: { stdin?: string | Uint8Array; files?: Record<string, string | Uint8Array>; now?: number; env?: Record<string, string>; tty?: boolean } = {},
) {
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
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
  });
  return { code, stdout, stderr };
}

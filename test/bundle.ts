/**
 * What an app's bundler emits for a piece of code importing the sources: esbuild, minified, for a
 * neutral platform. Bundle-size tests of every module measure through this one helper.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The source files kept (sorted), the minified size and the gzip size of `code`'s bundle. */
export async function bundleOf(code: string): Promise<{ inputs: string[]; bytes: number; gzip: number }> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  const inputs = Object.entries(output.inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k)
    .sort();
  return { inputs, bytes: output.bytes, gzip: gzipSync(result.outputFiles[0]!.contents).length };
}

/**
 * Every module `code`'s static imports reach, sorted (paths relative to the repository): what
 * Node loads and evaluates for it, since Node evaluates every module an import reaches whether or
 * not its exports are used (a bundler's tree shaking does not apply).
 */
export async function moduleGraphOf(code: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs).sort();
}

/**
 * Finds a Chromium (or Chrome) to drive the docs-site browser tests: an explicit path in
 * CHROMIUM_PATH, CHROME_PATH or HUASHU_CHROMIUM first, then the usual command names on PATH,
 * then the usual install paths. Never a browser that a tool downloads.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Environment variables naming a browser executable, in the order they are read. */
export const CHROMIUM_ENV = ['CHROMIUM_PATH', 'CHROME_PATH', 'HUASHU_CHROMIUM'] as const;
/** Command names looked up on PATH. */
export const CHROMIUM_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'] as const;
/** Install paths tried last (Debian/Ubuntu, snap, macOS). */
export const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
] as const;

/** The one line printed when no browser is found. */
export const INSTALL_HINT = 'install one with `apt-get install chromium` (Debian/Ubuntu) or point CHROMIUM_PATH at a Chromium or Chrome executable';

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export type ChromiumSearch =
  | { found: true; path: string; via: string }
  | { found: false; reason: string };

/**
 * Looks for a browser. A path given in an environment variable that is not executable is an
 * error (`found: false` naming it), not a reason to fall back silently to another browser.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumSearch {
  for (const name of CHROMIUM_ENV) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    return executable(value) ? { found: true, path: value, via: name } : { found: false, reason: `${name}=${value} is not an executable file` };
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    for (const command of CHROMIUM_COMMANDS) {
      const file = join(dir, command);
      if (executable(file)) return { found: true, path: file, via: 'PATH' };
    }
  }
  for (const file of CHROMIUM_PATHS) if (executable(file)) return { found: true, path: file, via: 'install path' };
  return { found: false, reason: `no Chromium or Chrome on PATH or at ${CHROMIUM_PATHS[0]}` };
}

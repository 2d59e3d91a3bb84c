import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/lib/chromium.js';

const dir = mkdtempSync(join(tmpdir(), 'huashu-chromium-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bin = join(dir, 'bin');
mkdirSync(bin);
const fake = (name: string) => {
  const file = join(bin, name);
  writeFileSync(file, '#!/bin/sh\n');
  chmodSync(file, 0o755);
  return file;
};
const chromiumBrowser = fake('chromium-browser');
const plain = join(bin, 'not-executable');
writeFileSync(plain, '');

describe('findChromium', () => {
  it('takes the executable named by CHROMIUM_PATH first', () => {
    expect(findChromium({ CHROMIUM_PATH: chromiumBrowser, PATH: '' })).toEqual({ found: true, path: chromiumBrowser, via: 'CHROMIUM_PATH' });
    expect(findChromium({ CHROME_PATH: chromiumBrowser })).toEqual({ found: true, path: chromiumBrowser, via: 'CHROME_PATH' });
  });

  it('reports a path given in the environment that is missing or not executable instead of falling back', () => {
    expect(findChromium({ CHROMIUM_PATH: '/nonexistent', PATH: bin })).toEqual({ found: false, reason: 'CHROMIUM_PATH=/nonexistent is not an executable file' });
    expect(findChromium({ CHROMIUM_PATH: plain })).toEqual({ found: false, reason: `CHROMIUM_PATH=${plain} is not an executable file` });
  });

  it('finds chromium-browser, google-chrome… on PATH', () => {
    expect(findChromium({ PATH: `/nonexistent:${bin}` })).toEqual({ found: true, path: chromiumBrowser, via: 'PATH' });
  });
});

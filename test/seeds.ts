/**
 * The five source documents (shared/seeds beside the repository, or $HUASHU_SEEDS), for tests
 * that check the library against them. A clone without them (an npm user's, a fork's) skips
 * those tests: `SEEDS` is then `undefined`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDir } from '../scripts/data/fidelity.js';

/** The seeds' folder, or `undefined` when they are not on this machine. */
export const SEEDS: string | undefined = seedDir();

/** One seed's text by file name; only call it where `SEEDS` is defined. */
export function seed(name: string): string {
  if (SEEDS === undefined) throw new Error(`the source documents are not on this machine (set HUASHU_SEEDS, or place shared/seeds beside the repository): ${name}`);
  return readFileSync(join(SEEDS, name), 'utf8');
}

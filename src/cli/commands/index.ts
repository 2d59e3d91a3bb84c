import type { Command } from '../io.js';
import { demo } from './demo.js';

/** Every verb of the `huashu` command, in the order `--help` lists them. */
export const commands: readonly Command[] = [demo];

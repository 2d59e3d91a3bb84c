import type { Command } from '../io.js';
import { catalogueCommand } from './catalogue.js';
import { demo } from './demo.js';
import { lintCommand } from './lint.js';
import { sayCommand } from './say.js';
import { scenariosCommand } from './scenarios.js';
import { validateCommand } from './validate.js';

/** Every verb of the `huashu` command, in the order `--help` lists them. */
export const commands: readonly Command[] = [demo, scenariosCommand, sayCommand, catalogueCommand, validateCommand, lintCommand];

import type { Command } from '../io.js';
import { holidayCommand, lunarCommand } from './calendar.js';
import { catalogueCommand } from './catalogue.js';
import { demo } from './demo.js';
import { greetCommand } from './greet.js';
import { nameCommand } from './name.js';
import { lintCommand } from './lint.js';
import { sayCommand } from './say.js';
import { scenariosCommand } from './scenarios.js';
import { parseStepsCommand, stepsCommand } from './steps.js';
import { validateCommand } from './validate.js';
import { auditCommand } from './audit.js';

/** Every verb of the `huashu` command, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  demo,
  scenariosCommand,
  sayCommand,
  catalogueCommand,
  nameCommand,
  greetCommand,
  lunarCommand,
  holidayCommand,
  lintCommand,
  stepsCommand,
  parseStepsCommand,
  auditCommand,
  validateCommand,
];

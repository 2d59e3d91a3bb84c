/**
 * The generators of data-driven pages. Each returns Markdown pages that the site build writes to
 * docs/generated/ and hands to typedoc as project documents. Add a generator here to add pages.
 */
import { catalogueGenerator } from './catalogue.js';
import { cliGenerator } from './cli.js';
import { holidaysGenerator } from './holidays.js';
import { packsGenerator } from './packs.js';
import { rulesGenerator } from './rules.js';
import type { Generator } from './types.js';

export type { GeneratedPage, Generator } from './types.js';

/** Every generator, in the order their pages are listed. */
export const generators: readonly Generator[] = [catalogueGenerator, packsGenerator, rulesGenerator, holidaysGenerator, cliGenerator];

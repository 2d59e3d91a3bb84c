// The playground's sections, in page order. Each module is independent: add a file and list it here.
import audit from './audit.js';
import greet from './greet.js';
import honorifics from './honorifics.js';
import lint from './lint.js';
import phrase from './phrase.js';
import steps from './steps.js';
import template from './template.js';

export const sections = [phrase, honorifics, template, lint, greet, steps, audit];

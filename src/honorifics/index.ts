export { parseTemplate, placeholdersOf, TemplateSyntaxError, type Placeholder, type TemplatePart } from './template.js';
export type { Customer, CustomerValue, Gender } from './types.js';
export { fill, MissingVariableError, type FillOptions } from './fill.js';

export { parseTemplate, placeholdersOf, TemplateSyntaxError, type Placeholder, type TemplatePart, type TemplateTextVariables, type RequiredVariables, type OptionalVariables, type TemplateSlots, type TemplateTrim, type TemplateUnescaped } from '../template/index.js';
export type { Customer, CustomerValue, Gender, HonorificOptions } from './types.js';
export { fill, MissingVariableError, UnknownVariableError, type FillOptions } from './fill.js';
export type { TemplateVariables, TemplateValue } from './template-types.js';
export { honorific } from './honorific.js';
export { parseName, InvalidNameError, MAX_NAME_LENGTH, type ParsedName, type NameSplit, type NameConfidence, type NameForm } from './names.js';

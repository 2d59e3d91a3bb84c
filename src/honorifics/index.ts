export { parseTemplate, placeholdersOf, TemplateSyntaxError, type Placeholder, type TemplatePart } from './template.js';
export type { Customer, CustomerValue, Gender, HonorificOptions } from './types.js';
export { fill, MissingVariableError, UnknownVariableError, type FillOptions } from './fill.js';
export type { TemplateVariables, TemplateTextVariables, TemplateValue, RequiredVariables, OptionalVariables, TemplateSlots, TemplateTrim, TemplateUnescaped } from './template-types.js';
export { honorific } from './honorific.js';
export { parseName, InvalidNameError, MAX_NAME_LENGTH, type ParsedName, type NameSplit, type NameConfidence } from './names.js';

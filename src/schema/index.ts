export * from './common.js';
export * from './phrase.js';
export * from './step.js';
export * from './scenario.js';
export * from './standard.js';
export * from './patch.js';
export * from './pack.js';
export { PackValidationError, type PackIssue } from './errors.js';
export { validatePack } from './validate.js';

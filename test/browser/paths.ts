import { resolve } from 'node:path';

/** The built site (npm run docs / docs:site). */
export const SITE = resolve(import.meta.dirname, '../../docs/site');

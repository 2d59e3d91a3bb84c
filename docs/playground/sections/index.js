// The playground's sections, in page order. Each module is independent: add a file and list it here.
import phrase from './phrase.js';

export const sections = [phrase];

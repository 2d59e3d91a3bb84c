/**
 * The bundled domain packs: one company's instance of the general phrases (an organic grocer's
 * hotline, an online shop, a web portal, a property-management hotline) and the service
 * standards of an industry (a bank branch, a hospital, a government window, a telecom business
 * hall or hotline, courier delivery: their banned phrases
 * as lint rules and the polite scenarios they prescribe), each extending the core pack. Pass them
 * to `createPhrasebook({ packs: [...] })`.
 *
 * @packageDocumentation
 */
export * from '../generated/packs/index.js';

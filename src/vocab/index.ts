/**
 * The vocabulary: every id list of huashu (channels, locales, severities, holiday and festival
 * ids, solar terms, step kinds, variable types…) defined once as an `as const` array with its
 * union type. Zod-free: the schemas and the runtime modules import these lists, so importing a
 * list never pulls in the schema library.
 *
 * @packageDocumentation
 */
export { CHANNELS, type Channel } from './channels.js';
export { LOCALES, DERIVED_LOCALES, type Locale, type DerivedLocale } from './locales.js';
export { STATUTORY_HOLIDAY_IDS, FESTIVAL_IDS, SOLAR_TERM_IDS, SOLAR_TERM_NAMES, type StatutoryHolidayId, type FestivalId, type SolarTermId } from './calendar.js';
export { GREETING_SOURCES, GREETING_REGIONS, GENDERS, type GreetingSource, type GreetingRegion, type Gender } from './greetings.js';
export { VARIABLE_TYPES, VARIABLE_UNITS, TONES, STANDARD_UNITS, type VariableType, type VariableUnit, type Tone, type StandardUnit } from './phrases.js';
export { SEVERITIES, ANCHORS, type Severity, type RuleAnchor } from './rules.js';
export { STEP_KINDS, REPLY_INTENTS, CONDITION_FLAGS, ACTIONS, MAX_STEP_DEPTH, MAX_STEP_SECONDS, MAX_CONDITION_TEXT, stepDepth, type StepKind, type ReplyIntent, type ConditionFlag, type ActionKind } from './steps.js';
export { AUDIT_ROLES, MAX_CONDITION_DEPTH, VERDICTS, type AuditRole } from './audit.js';
export { RISING_TONE, stripTone } from './tone.js';

/**
 * The shape of a rule checked without a validation runtime: what `loadLinter` reads back from
 * serialized bytes. The rules in those bytes were validated when the linter was built; this
 * check makes sure that what comes back (bytes from anywhere) is still rule-shaped and within
 * the limits before it is compiled, so that `huashu/lint` never bundles the pack schema.
 */
import { MAX_WITHIN, ruleSetIssues } from '../schema/internal.js';
import type { Rule } from '../schema/index.js';
import { ANCHORS, SEVERITIES } from '../vocab/index.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isTexts = (v: unknown): v is string[] => {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!isText(v[i])) return false;
  return true;
};

const KEYS = new Set(['id', 'severity', 'patterns', 'theme', 'message', 'suggestions', 'exceptions', 'anchor', 'within', 'form', 'quoted', 'roles', 'turn', 'profile', 'sources', 'cites', 'examples']);
/** The context keys of a rule's exception. */
export const CONTEXTS = ['before', 'after', 'earlier', 'later', 'sentence'] as const;
/** The rule fields holding one of a few words, and those words. */
export const ENUMS = [['form', ['question', 'statement']], ['quoted', ['skip', 'flag']], ['turn', ['first', 'last']], ['profile', ['strict']]] as const;
/** Where a problem is: `rules[r]` or `rules[r][field]`. */
const where = (r: number, field: string) => `rules[${r}]${field === '' ? '' : `[${field}]`}`;

/** The first of `keys` that is no rule field, if any. */
export function unknownRuleField(keys: readonly string[]): string | undefined {
  for (const key of keys) if (!KEYS.has(key)) return key;
  return undefined;
}

/**
 * The first problem of `value` as a list of rules (`[index, field]: why`), or the rules. With
 * `limits: false`, only each field's type and values (not pattern syntax nor the rule set's
 * limits: `ruleSetIssues`). `unknownField(r)`: a field of rule `r` that is none of a rule's, when
 * the caller knows it already (a decoder that checked each object shape once with
 * {@link unknownRuleField}).
 */
export function checkRuleShapes(value: unknown, { limits = true, unknownField }: { limits?: boolean; unknownField?: ((r: number) => string | undefined) | undefined } = {}): { rules: Rule[] } | { problem: string } {
  if (!Array.isArray(value)) return { problem: 'rules: not a list' };
  for (let r = 0; r < value.length; r++) {
    const rule: unknown = value[r];
    const at = (field: string) => where(r, field);
    if (!isObject(rule)) return { problem: `${at('')}: not an object` };
    if (unknownField === undefined) {
      for (const key in rule) if (!KEYS.has(key)) return { problem: `${at(key)}: unknown field` };
    } else {
      const key = unknownField(r);
      if (key !== undefined) return { problem: `${at(key)}: unknown field` };
    }
    if (!isText(rule['id'])) return { problem: `${at('id')}: not an id` };
    if (!(SEVERITIES as readonly unknown[]).includes(rule['severity'])) return { problem: `${at('severity')}: not one of ${SEVERITIES.join(', ')}` };
    if (!isTexts(rule['patterns']) || rule['patterns'].length === 0) return { problem: `${at('patterns')}: not a list of patterns` };
    // (Pattern syntax and lengths: ruleSetIssues, below.)
    const message = rule['message'];
    if (!isObject(message) || !isText(message['zh']) || !isText(message['en'])) return { problem: `${at('message')}: needs zh and en text` };
    if (rule['suggestions'] !== undefined && !isTexts(rule['suggestions'])) return { problem: `${at('suggestions')}: not a list of scenario references` };
    if (rule['roles'] !== undefined && !isTexts(rule['roles'])) return { problem: `${at('roles')}: not a list of roles` };
    const exceptions = rule['exceptions'];
    if (exceptions !== undefined) {
      if (!Array.isArray(exceptions)) return { problem: `${at('exceptions')}: not a list` };
      for (const [i, e] of exceptions.entries()) {
        if (!isObject(e) || !CONTEXTS.some((k) => e[k] !== undefined) || Object.keys(e).some((k) => !(CONTEXTS as readonly string[]).includes(k) || !isText(e[k]))) {
          return { problem: `${at(`exceptions[${i}]`)}: needs before, after, earlier, later or sentence text` };
        }
      }
    }
    if (rule['anchor'] !== undefined && !(ANCHORS as readonly unknown[]).includes(rule['anchor'])) return { problem: `${at('anchor')}: not one of ${ANCHORS.join(', ')}` };
    const within = rule['within'];
    if (within !== undefined && !(Number.isInteger(within) && (within as number) >= 0 && (within as number) <= MAX_WITHIN)) return { problem: `${at('within')}: not a whole number from 0 to ${MAX_WITHIN}` };
    if (rule['form'] !== undefined || rule['quoted'] !== undefined || rule['turn'] !== undefined || rule['profile'] !== undefined) {
      for (const [field, allowed] of ENUMS) {
        if (rule[field] !== undefined && !(allowed as readonly unknown[]).includes(rule[field])) return { problem: `${at(field)}: not one of ${allowed.join(', ')}` };
      }
    }
  }
  const rules = value as Rule[];
  if (!limits) return { rules };
  const issue = ruleSetIssues(rules)[0];
  return issue === undefined ? { rules } : { problem: `rules[${issue.path.map(String).join('][')}]: ${issue.message}` };
}

/**
 * The placeholders of greeting templates (`{brand}很高兴为您服务`): which a template uses, and what
 * is wrong with one that greet cannot fill. Shared by the pack schema, the data build and
 * createGreeter, so that a template greet would fail on is refused where it is written.
 */

/** The placeholder names a template uses, in order (`{{` and `}}` are literal braces). */
export function placeholdersOf(template: string): string[] {
  return [...template.replace(/\{\{|\}\}/g, '').matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);
}

/**
 * What is wrong with a template that may fill only `allowed` and must fill `required`, or
 * `undefined` when nothing is: `'欢迎来到{company}'` with `['brand']` gives
 * `'{company} cannot be filled here (only {brand})'`, `'欢迎光临'` gives `'must contain {brand}'`.
 */
export function templateProblem(template: string, allowed: readonly string[], required: readonly string[] = allowed): string | undefined {
  const used = placeholdersOf(template);
  const wrong = used.find((name) => !allowed.includes(name));
  if (wrong !== undefined) return `{${wrong}} cannot be filled here (${allowed.length === 0 ? 'no placeholders' : `only ${allowed.map((a) => `{${a}}`).join(', ')}`})`;
  const missing = required.find((name) => !used.includes(name));
  return missing === undefined ? undefined : `must contain {${missing}}`;
}

import type { CompiledStandard } from '../catalogue/types.js';
import { HuashuError } from '../errors/huashu-error.js';
import type { Condition } from '../schema/step.js';
import { toAmazonConnect, toMermaid, toTwilioStudio } from './exports.js';
import { followPath } from './path.js';
import { toChat, toMarkdown, toSsml, toText } from './render.js';
import type { FilledStep } from './types.js';
import { toXStateConfig } from './xstate.js';

/** What every renderer may be given: one run's path, and the standards that set chat pace. */
export interface RenderOptions {
  /** What happens at each decision: render one run (see followPath). */
  path?: readonly Condition[] | undefined;
  /** Service standards (typing speed, reply wait) for chat messages. */
  standards?: readonly CompiledStandard[] | undefined;
  /** A name for exported flows and machines. */
  name?: string | undefined;
}

/** A format steps can be rendered to: the one list the library, the CLI and the playground share. */
export interface StepRenderer {
  /** The format's name (`--format <name>` in the CLI). */
  readonly name: string;
  /** What it is for, in a line. */
  readonly description: string;
  /** The media type of the output. */
  readonly mediaType: string;
  /** Whether it shows every branch (a flow, a chart) rather than one run along a path. */
  readonly wholeFlow: boolean;
  /** Renders filled steps to text. */
  render(steps: readonly FilledStep[], options?: RenderOptions): string;
}

const run = (steps: readonly FilledStep[], options: RenderOptions) => (options.path === undefined ? steps : followPath(steps, options.path));
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Every renderer, by name, in the order the CLI and the playground list them. */
export const STEP_RENDERERS: readonly StepRenderer[] = [
  { name: 'text', description: 'numbered plain-text script, branches indented', mediaType: 'text/plain', wholeFlow: false, render: (s, o = {}) => toText(run(s, o)) },
  { name: 'markdown', description: 'Markdown checklist for agents', mediaType: 'text/markdown', wholeFlow: false, render: (s, o = {}) => toMarkdown(run(s, o)) },
  { name: 'ssml', description: 'SSML for a voice bot (one run)', mediaType: 'application/ssml+xml', wholeFlow: false, render: (s, o = {}) => toSsml(s, { path: o.path ?? [] }) },
  {
    name: 'chat',
    description: 'chat messages, each typed within the reply standard',
    mediaType: 'text/plain',
    wholeFlow: false,
    render: (s, o = {}) =>
      toChat(s, { path: o.path ?? [], standards: o.standards })
        .map((m) => `${m.text}  (${m.typingSeconds}s)`)
        .join('\n'),
  },
  { name: 'json', description: 'the filled steps as JSON', mediaType: 'application/json', wholeFlow: false, render: (s, o = {}) => json(run(s, o)) },
  { name: 'xstate', description: 'XState v5 machine config (JSON)', mediaType: 'application/json', wholeFlow: true, render: (s, o = {}) => json(toXStateConfig(s, o.name)) },
  { name: 'mermaid', description: 'Mermaid flowchart of every branch', mediaType: 'text/vnd.mermaid', wholeFlow: true, render: (s) => toMermaid(s) },
  { name: 'twilio', description: 'Twilio Studio flow definition (JSON)', mediaType: 'application/json', wholeFlow: true, render: (s, o = {}) => json(toTwilioStudio(s, { name: o.name })) },
  { name: 'connect', description: 'Amazon Connect contact flow, Flow language (JSON)', mediaType: 'application/json', wholeFlow: true, render: (s, o = {}) => json(toAmazonConnect(s, { name: o.name })) },
];

/**
 * Renders filled steps in a format of {@link STEP_RENDERERS} by name.
 *
 * @param steps - filled steps
 * @param format - a renderer's name (`text`, `markdown`, `ssml`, `chat`, `json`, `xstate`, `mermaid`, `twilio`, `connect`)
 * @param options - path, standards, name
 * @returns the rendered text
 * @throws HuashuError `INVALID_ARGUMENT` for an unknown format (the message lists the known ones)
 * @example
 * ```ts
 * renderSteps([{ kind: 'action', action: 'hang-up' }], 'markdown'); //=> '- [ ] 挂机'
 * ```
 */
export function renderSteps(steps: readonly FilledStep[], format: string, options: RenderOptions = {}): string {
  const renderer = STEP_RENDERERS.find((r) => r.name === format);
  if (renderer === undefined) {
    throw new HuashuError('INVALID_ARGUMENT', `renderSteps: unknown format "${format}" (formats: ${STEP_RENDERERS.map((r) => r.name).join(', ')})`);
  }
  return renderer.render(steps, options);
}

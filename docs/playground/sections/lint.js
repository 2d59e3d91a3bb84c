// Lint an agent's message: banned and discouraged phrases are highlighted where they were typed,
// with the reason and the phrases to say instead.
import { getScenario, say } from '../../dist/catalogue/index.js';
import { lint } from '../../dist/lint/index.js';
import { field, h, select } from './dom.js';

const EXAMPLE = '喂，你听不懂吗？这不是我们的事，公司规定就是这样。';

/**
 * The text of a suggestion (a scenario id or `scenario#phrase`) as nodes: said with its fallbacks,
 * or, for a phrase that needs values the agent knows (规定, 时限…), its template with each
 * placeholder shown as a blank to fill (<var>).
 */
function suggestionText(ref) {
  const [id, phrase] = ref.split('#');
  let scenario;
  try {
    scenario = getScenario(id);
  } catch {
    return [];
  }
  try {
    return [say(id, {}, phrase === undefined ? {} : { phrase })];
  } catch {
    const template = (scenario.phrases.find((p) => p.id === phrase) ?? scenario.phrases[0]).texts['zh-CN'].replaceAll('↑', '');
    // {name} or {name|fallback}: a blank named by its variable ({{ and }} are literal braces).
    return template
      .split(/(\{\{|\}\}|\{[^{}]+\})/)
      .filter((part) => part !== '')
      .map((part) => (part === '{{' ? '{' : part === '}}' ? '}' : part.startsWith('{') ? h('var', { title: `fill in {${part.slice(1, -1).split('|')[0]}}` }, part.slice(1, -1).split('|')[0]) : part));
  }
}

/** The text with each finding wrapped in <mark>; overlapping findings are marked from the first. */
function highlighted(text, findings) {
  const out = h('div', { id: 'lint-highlighted', class: 'result', lang: 'zh' });
  let at = 0;
  for (const [index, f] of [...findings].sort((a, b) => a.start - b.start || b.end - a.end).entries()) {
    if (f.start < at) continue;
    out.append(text.slice(at, f.start));
    out.append(h('mark', { class: f.severity, 'data-rule': f.ruleId, title: `${f.ruleId}: ${f.message}`, 'data-index': index }, text.slice(f.start, f.end)));
    at = f.end;
  }
  out.append(text.slice(at));
  return out;
}

export default {
  id: 'lint',
  title: 'Lint an agent’s message',
  description: 'Type what an agent is about to send: lint() finds what must not be said, in any script, width or spacing, and suggests what to say instead.',
  mount(root) {
    const input = h('textarea', { id: 'lint-input', rows: 3, lang: 'zh' });
    input.value = EXAMPLE;
    const language = select('lint-language', [['zh', '中文'], ['en', 'English']], 'en');
    const result = h('div', { id: 'lint-result' });

    function render() {
      const text = input.value;
      const findings = lint(text, { language: language.value });
      const list = h('ul', { id: 'lint-findings', class: 'findings' });
      for (const f of findings) {
        const suggestions = f.suggestions.map((ref) => {
          const said = suggestionText(ref);
          return h('li', { class: 'suggestion', 'data-ref': ref }, h('code', {}, ref), said.length === 0 ? '' : ' ', said.length === 0 ? '' : h('span', { lang: 'zh' }, ...said));
        });
        list.append(
          h(
            'li',
            { class: `finding sev-${f.severity}`, 'data-rule': f.ruleId },
            h('strong', {}, f.severity), ' ', h('code', {}, f.ruleId), ' — “', h('mark', { class: f.severity }, f.text), `” (${f.start}–${f.end}): ${f.message}`,
            suggestions.length === 0 ? '' : h('ul', { class: 'suggestions' }, h('li', { class: 'label' }, 'Say instead:'), ...suggestions),
          ),
        );
      }
      const summary = h('p', { id: 'lint-summary' }, findings.length === 0 ? 'No findings.' : `${findings.length} finding${findings.length === 1 ? '' : 's'}.`);
      result.replaceChildren(highlighted(text, findings), summary, list);
    }

    input.addEventListener('input', render);
    language.addEventListener('change', render);
    root.append(field('Agent’s message', input), h('div', { class: 'row' }, field('Messages in', language)), result);
    render();
  },
};

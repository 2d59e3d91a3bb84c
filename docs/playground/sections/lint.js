// Lint an agent's message: banned and discouraged phrases are highlighted where they were typed,
// with the reason and the phrases to say instead.
import { suggestionText } from '../../dist/catalogue/index.js';
import { lint } from '../../dist/lint/index.js';
import { field, h, select } from './dom.js';

const EXAMPLE = '喂，你听不懂吗？这不是我们的事，公司规定就是这样。';

/**
 * A suggestion (`finding.suggestions[i]`, resolved by the library) as nodes: its ready text, or,
 * for a phrase that needs values the agent knows (规定, 时限…), the text said with each needed
 * variable shown as a blank to fill (<var>).
 */
function suggestionNodes(suggestion) {
  if (suggestion.text !== undefined) return [suggestion.text];
  if (suggestion.needs.length === 0) return [];
  const blanks = Object.fromEntries(suggestion.needs.map((name) => [name, `\u0000${name}\u0000`]));
  try {
    return suggestionText(suggestion, { vars: blanks })
      .split('\u0000')
      .map((part, i) => (i % 2 === 1 ? h('var', { title: `fill in {${part}}` }, part) : part))
      .filter((part) => part !== '');
  } catch {
    return [];
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
        const suggestions = f.suggestions.map((suggestion) => {
          const ref = suggestion.phrase === undefined ? suggestion.scenario : `${suggestion.scenario}#${suggestion.phrase}`;
          const said = suggestionNodes(suggestion);
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

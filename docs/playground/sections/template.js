// Fill a template: huashu/template's fillTemplate (text values only, 1.4 kB min+gzip), with the
// same syntax as the catalogue's phrases: {name}, {name|fallback}, {{ and }} for literal braces.
import { fillTemplate } from '../../dist/template/index.js';
import { errorText, field, h, select } from './dom.js';

/** `name=value` lines as variables (blank lines and lines without `=` are skipped). */
function parseVars(text) {
  const vars = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) vars[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return vars;
}

export default {
  id: 'template',
  title: 'Fill a template',
  description: 'Type a template and its values: fillTemplate() fills {name}, uses {name|fallback} when a value is missing, and says which variable is missing or unknown.',
  mount(root) {
    const template = h('textarea', { id: 'template-input', rows: 2, lang: 'zh' });
    template.value = '很抱歉，{customer|先生/女士}，{system}正在维护，预计{minutes}分钟后恢复。';
    const vars = h('textarea', { id: 'template-vars', rows: 3, lang: 'zh' });
    vars.value = 'system=网上银行\nminutes=30';
    const missing = select('template-missing', [['throw', 'throw'], ['mark', 'mark']], 'throw');
    const extra = select('template-extra', [['allow', 'allow'], ['reject', 'reject']], 'allow');
    const escape = select('template-escape', [['none', 'none'], ['html', 'html']], 'none');
    const output = h('output', { id: 'template-output', lang: 'zh' });

    function render() {
      try {
        output.textContent = fillTemplate(template.value, parseVars(vars.value), { missing: missing.value, extraVariables: extra.value, escape: escape.value });
        output.classList.remove('error');
      } catch (error) {
        output.textContent = errorText(error);
        output.classList.add('error');
      }
    }

    for (const control of [template, vars]) control.addEventListener('input', render);
    for (const control of [missing, extra, escape]) control.addEventListener('change', render);
    root.append(
      field('Template', template),
      field('Values (one name=value a line)', vars),
      h('div', { class: 'row' }, field('A missing value', missing), field('Unused values', extra), field('Escape values', escape)),
      output,
    );
    render();
  },
};

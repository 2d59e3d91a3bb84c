// Steps and flows: a scenario's procedure as steps, filled for the customer and rendered as text,
// Markdown, SSML, chat messages or a flow export (XState, Mermaid, Twilio Studio, Amazon Connect);
// or a free-text script parsed into steps.
import { scenarios } from '../../dist/catalogue/index.js';
import { fillStepsOf, parseScript, renderSteps, STEP_RENDERERS, stepsOf } from '../../dist/steps/index.js';
import { errorText, field, h, select } from './dom.js';

// The formats come from the library's renderer registry (the same list as `huashu steps --format`).
const FORMATS = STEP_RENDERERS.map((r) => [r.name, `${r.name} — ${r.description}`]);

/** `silent, flag:customer-anxious, over:120` as conditions (followPath checks them). */
function parsePath(text) {
  return text
    .split(/[,，\s]+/)
    .filter((e) => e !== '')
    .map((e) => (e.startsWith('flag:') ? { flag: e.slice(5) } : e.startsWith('over:') ? { elapsedOver: Number(e.slice(5)) } : { reply: e }));
}

const SCRIPT = '第一步：“您好，请问有什么可以帮您？”稍停五秒。若客户没有回应，“对不起，您的电话没有声音，请您换一部电话再打来好吗？”5秒后挂机。';

export default {
  id: 'steps',
  title: 'Steps of a procedure',
  description: 'Pick a scenario that has a procedure (or paste a script): its steps are filled for the customer and rendered in any format of the renderer registry (text, Markdown, SSML, chat, flow exports). A path (silent, silent) shows one run: what happens at each decision.',
  mount(root) {
    const withSteps = scenarios().filter((s) => (s.steps ?? []).length > 0);
    const source = select('steps-source', [...withSteps.map((s) => [s.id, `${s.id} — ${s.title.zh}`]), ['script', 'a script I paste…']], withSteps[0]?.id ?? 'script');
    const format = select('steps-format', FORMATS, 'text');
    const surname = h('input', { id: 'steps-surname', value: '王', size: 6 });
    const gender = select('steps-gender', [['female', 'female'], ['male', 'male'], ['unknown', 'unknown']], 'female');
    const path = h('input', { id: 'steps-path', placeholder: 'silent, flag:customer-anxious, over:120', size: 28 });
    const script = h('textarea', { id: 'steps-script', rows: 3, lang: 'zh' });
    script.value = SCRIPT;
    const scriptField = field('Script', script);
    const output = h('pre', { id: 'steps-output', class: 'result', lang: 'zh' });

    function update() {
      scriptField.hidden = source.value !== 'script';
      const customer = surname.value.trim() === '' ? undefined : { surname: surname.value.trim(), gender: gender.value };
      const options = customer === undefined ? {} : { customer };
      try {
        const filled = source.value === 'script' ? fillStepsOf(parseScript(script.value), options) : stepsOf(source.value, options);
        const run = parsePath(path.value);
        output.textContent = renderSteps(filled, format.value, run.length === 0 ? {} : { path: run });
        output.classList.remove('error');
      } catch (error) {
        output.textContent = errorText(error);
        output.classList.add('error');
      }
    }

    for (const control of [source, format, gender]) control.addEventListener('change', update);
    for (const control of [surname, script, path]) control.addEventListener('input', update);
    root.append(
      h('div', { class: 'row' }, field('Procedure', source), field('Render as', format), field('Surname', surname), field('Gender', gender), field('Path (one run)', path)),
      scriptField,
      output,
    );
    update();
  },
};

// Say a scenario's phrase: pick a scenario, a phrase, a locale and a customer; see the filled text.
import { getScenario, say, scenarios } from '../../dist/catalogue/index.js';
import { errorText, field, h, select } from './dom.js';

const LOCALES = [
  ['zh-CN', 'zh-CN (simplified)'],
  ['zh-TW', 'zh-TW (Taiwan)'],
  ['zh-HK', 'zh-HK (Hong Kong)'],
];
const GENDERS = [
  ['female', 'female (女士)'],
  ['male', 'male (先生)'],
  ['unknown', 'unknown'],
];

function byCategory() {
  const groups = new Map();
  for (const s of scenarios()) {
    const list = groups.get(s.category) ?? [];
    list.push([s.id, `${s.id} — ${s.title.zh}`]);
    groups.set(s.category, list);
  }
  return [...groups].map(([group, options]) => ({ group, options }));
}

export default {
  id: 'phrase',
  title: 'Say a phrase',
  description: 'Pick a scenario and a customer: say() fills in the honorific and the variables.',
  mount(root) {
    const first = scenarios()[0]?.id;
    const scenario = select('phrase-scenario', byCategory(), first);
    const phrase = select('phrase-id', []);
    const locale = select('phrase-locale', LOCALES, 'zh-CN');
    const surname = h('input', { id: 'customer-surname', value: '王', size: 6 });
    const gender = select('customer-gender', GENDERS, 'female');
    const title = h('input', { id: 'customer-title', placeholder: '经理, 老师…', size: 8 });
    const keepTone = h('input', { id: 'phrase-keep-tone', type: 'checkbox' });
    const variables = h('div', { id: 'phrase-variables', class: 'row' });
    const output = h('output', { id: 'phrase-output', for: 'phrase-scenario', lang: 'zh' });
    const gloss = h('p', { id: 'phrase-gloss', class: 'gloss' });
    const about = h('p', { id: 'phrase-about', class: 'about' });

    const varInputs = new Map();

    function customer() {
      const value = { surname: surname.value.trim(), gender: gender.value };
      if (title.value.trim() !== '') value.title = title.value.trim();
      return value.surname === '' ? undefined : value;
    }

    function render() {
      const s = getScenario(scenario.value);
      const p = s.phrases.find((x) => x.id === phrase.value) ?? s.phrases[0];
      const vars = { customer: customer() };
      for (const [name, input] of varInputs) if (input.value !== '') vars[name] = input.value;
      try {
        output.textContent = say(s.id, vars, {
          phrase: p.id,
          locale: locale.value,
          toneMarks: keepTone.checked ? 'keep' : 'strip',
        });
        output.classList.remove('error');
      } catch (error) {
        output.textContent = errorText(error);
        output.classList.add('error');
      }
      gloss.textContent = p.gloss;
      about.textContent = `${s.title.en} · ${s.when.en} · channels: ${p.channels.join(', ')}`;
    }

    function showVariables() {
      const s = getScenario(scenario.value);
      const p = s.phrases.find((x) => x.id === phrase.value) ?? s.phrases[0];
      varInputs.clear();
      variables.replaceChildren();
      for (const [name, spec] of Object.entries(p.variables ?? {})) {
        if (spec.type === 'customer') continue;
        const input = h('input', { id: `var-${name}`, value: spec.example ?? '', title: spec.description, size: 12 });
        input.addEventListener('input', render);
        varInputs.set(name, input);
        variables.append(field(`{${name}}`, input));
      }
      render();
    }

    function showPhrases() {
      const s = getScenario(scenario.value);
      phrase.replaceChildren(...s.phrases.map((p) => h('option', { value: p.id }, `${p.id} (${p.channels.join(', ')})`)));
      showVariables();
    }

    scenario.addEventListener('change', showPhrases);
    phrase.addEventListener('change', showVariables);
    for (const control of [locale, gender, keepTone]) control.addEventListener('change', render);
    for (const control of [surname, title]) control.addEventListener('input', render);

    root.append(
      h('div', { class: 'row' }, field('Scenario', scenario), field('Phrase', phrase), field('Locale', locale)),
      h('div', { class: 'row' }, field('Surname', surname), field('Gender', gender), field('Title', title), field('Keep ↑ tone marks', keepTone)),
      variables,
      output,
      gloss,
      about,
    );
    showPhrases();
  },
};

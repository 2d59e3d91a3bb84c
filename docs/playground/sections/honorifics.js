// Address a customer: split a Chinese name (compound surnames, `·` names) and choose the title.
import { honorific, parseName } from '../../dist/honorifics/index.js';
import { errorText, field, h, select } from './dom.js';

export default {
  id: 'honorifics',
  title: 'Address a customer',
  description: 'Type a full name: parseName() finds the surname (compound surnames such as 欧阳 and 司马 included) and honorific() picks the title for the gender, title and locale.',
  mount(root) {
    const name = h('input', { id: 'honorific-name', value: '欧阳娜娜', size: 12, lang: 'zh' });
    const gender = select('honorific-gender', [['female', 'female'], ['male', 'male'], ['unknown', 'unknown']], 'female');
    const title = h('input', { id: 'honorific-title', placeholder: '总, 经理, 老师…', size: 10 });
    const locale = select('honorific-locale', [['zh-CN', 'zh-CN'], ['zh-TW', 'zh-TW'], ['zh-HK', 'zh-HK']], 'zh-CN');
    const output = h('output', { id: 'honorific-output', lang: 'zh' });
    const about = h('p', { id: 'honorific-about', class: 'about' });

    function render() {
      try {
        const customer = { fullName: name.value.trim(), gender: gender.value };
        if (title.value.trim() !== '') customer.title = title.value.trim();
        output.textContent = honorific(customer, { locale: locale.value });
        output.classList.remove('error');
        if (customer.fullName === '') {
          about.textContent = '';
          return;
        }
        const parsed = parseName(customer.fullName);
        const alternatives = parsed.alternatives.map((a) => `${a.surname} + ${a.givenName}`).join(', ');
        about.textContent = `surname ${parsed.surname || '—'} · given name ${parsed.givenName || '—'} · confidence ${parsed.confidence}${alternatives === '' ? '' : ` · or: ${alternatives}`}`;
      } catch (error) {
        output.textContent = errorText(error);
        output.classList.add('error');
        about.textContent = '';
      }
    }

    for (const control of [name, title]) control.addEventListener('input', render);
    for (const control of [gender, locale]) control.addEventListener('change', render);
    root.append(h('div', { class: 'row' }, field('Full name', name), field('Gender', gender), field('Title', title), field('Locale', locale)), output, about);
    render();
  },
};

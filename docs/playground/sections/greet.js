// Greet by the calendar: pick a date, a time and the customer's time zone; see the salutation
// the Chinese calendar calls for there, and the day's lunar date, festivals and holiday status.
import { holidayOn, toLunar } from '../../dist/calendar/index.js';
import { greet } from '../../dist/greetings/index.js';
import { honorific } from '../../dist/honorifics/index.js';
import { errorText, field, h, select } from './dom.js';

const ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'UTC', 'Europe/London', 'America/New_York', 'America/Los_Angeles', 'Australia/Sydney'];
const CHANNELS = ['phone', 'chat', 'letter', 'in-person'];
const LOCALES = ['zh-CN', 'zh-TW', 'zh-HK'];
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** The wall-clock time now in a zone, as a datetime-local value (YYYY-MM-DDTHH:MM). */
function nowIn(timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

function reasonText(reason) {
  switch (reason.kind) {
    case 'festival':
    case 'holiday-period':
      return `${reason.kind}: ${reason.holiday.name} (${reason.holiday.id})`;
    case 'time-of-day':
      return `time of day${reason.slot === undefined ? '' : ` (${reason.slot})`}`;
    default:
      return reason.kind;
  }
}

export default {
  id: 'greet',
  title: 'Greet by the Chinese calendar',
  description: 'Pick a date, a time and the customer’s time zone: greet() chooses the salutation (birthday, festival, holiday period, time of day) and the channel’s opening line.',
  mount(root) {
    const zone = select('greet-zone', ZONES.map((z) => [z, z]), 'Asia/Shanghai');
    const at = h('input', { id: 'greet-at', type: 'datetime-local', value: nowIn('Asia/Shanghai') });
    const channel = select('greet-channel', CHANNELS.map((c) => [c, c]), 'phone');
    const locale = select('greet-locale', LOCALES.map((l) => [l, l]), 'zh-CN');
    const surname = h('input', { id: 'greet-surname', value: '王', size: 6 });
    const gender = select('greet-gender', [['female', 'female'], ['male', 'male'], ['unknown', 'unknown']], 'female');
    const birthday = h('input', { id: 'greet-birthday', placeholder: 'MM-DD', size: 6 });
    const output = h('output', { id: 'greet-output', lang: 'zh' });
    const reason = h('p', { id: 'greet-reason', class: 'gloss' });
    const day = h('p', { id: 'greet-day', class: 'about' });

    function render() {
      const value = at.value;
      if (value === '') return;
      try {
        // greet() takes the address; honorific() makes it from the customer's record.
        const customer = surname.value.trim() === '' ? undefined : honorific({ surname: surname.value.trim(), gender: gender.value }, { locale: locale.value });
        const greeting = greet({
          at: value,
          timeZone: zone.value,
          channel: channel.value,
          locale: locale.value,
          ...(customer === undefined ? {} : { customer, gender: gender.value }),
          ...(birthday.value.trim() === '' ? {} : { birthday: birthday.value.trim() }),
        });
        output.textContent = greeting.text;
        output.classList.remove('error');
        reason.textContent = `Why: ${reasonText(greeting.reason)}`;
      } catch (error) {
        output.textContent = errorText(error);
        output.classList.add('error');
        reason.textContent = '';
      }
      try {
        // `value` has no offset: it is wall time in the zone, so its date is the local date.
        const date = value.slice(0, 10);
        const lunar = toLunar(date);
        const info = holidayOn(date);
        const facts = [`${date} 星期${WEEKDAYS[info.weekday]}`, `农历${lunar.monthName}${lunar.dayName}`];
        for (const f of info.festivals) facts.push(f.name);
        if (info.solarTerm !== null) facts.push(`节气 ${info.solarTerm.name}`);
        if (info.statutory !== null) facts.push(`${info.statutory.name} ${info.statutory.off ? '放假' : '调休上班'}`);
        facts.push(info.workday ? 'workday' : 'day off');
        day.textContent = facts.join(' · ');
      } catch (error) {
        day.textContent = errorText(error);
      }
    }

    for (const control of [zone, at, channel, locale, gender]) control.addEventListener('change', render);
    for (const control of [surname, birthday]) control.addEventListener('input', render);
    root.append(
      h('div', { class: 'row' }, field('Date and time (in the zone)', at), field('Time zone', zone), field('Channel', channel), field('Locale', locale)),
      h('div', { class: 'row' }, field('Surname', surname), field('Gender', gender), field('Birthday', birthday)),
      output,
      reason,
      day,
    );
    render();
  },
};

// Tiny DOM helpers shared by the sections (no framework).

/** Creates an element with attributes and children (strings become text nodes). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  element.append(...children.flat().filter((c) => c !== undefined && c !== null && c !== false));
  return element;
}

/** A labelled form control. */
export function field(label, control) {
  return h('label', { class: 'field' }, h('span', {}, label), control);
}

/** A <select> from [value, label] pairs. */
export function select(id, options, value) {
  const element = h('select', { id });
  for (const option of options) {
    if (option.group !== undefined) {
      const group = h('optgroup', { label: option.group });
      for (const [v, l] of option.options) group.append(h('option', { value: v }, l));
      element.append(group);
    } else {
      const [v, l] = option;
      element.append(h('option', { value: v }, l));
    }
  }
  if (value !== undefined) element.value = value;
  return element;
}

/** The message of an error (huashu errors carry a code). */
export function errorText(error) {
  if (error instanceof Error) return 'code' in error ? `${error.code}: ${error.message}` : error.message;
  return String(error);
}

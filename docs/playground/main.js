// Mounts each playground section. A section is an independent module in ./sections/ exporting
// { id, title, description, mount(element) }; ./sections/index.js lists them.
import { sections } from './sections/index.js';

const root = document.getElementById('sections');
root.replaceChildren();

for (const section of sections) {
  const element = document.createElement('section');
  element.id = section.id;
  element.className = 'section';
  const heading = document.createElement('h2');
  heading.textContent = section.title;
  const description = document.createElement('p');
  description.className = 'description';
  description.textContent = section.description;
  const body = document.createElement('div');
  body.className = 'body';
  element.append(heading, description, body);
  root.append(element);
  try {
    await section.mount(body);
  } catch (error) {
    body.textContent = `This section failed to load: ${error instanceof Error ? error.message : String(error)}`;
    body.className = 'body error';
    throw error;
  }
}

document.body.dataset.ready = 'true';

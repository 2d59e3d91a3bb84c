import { describe, expectTypeOf, it } from 'vitest';
import { createPhrasebook, definePack, type ScenarioId } from '../../src/index.js';

const acme = definePack({
  id: 'acme',
  scenarios: [
    {
      id: 'bank.card-lost',
      category: 'bank',
      title: { zh: '挂失', en: 'Lost card' },
      when: { zh: '挂失', en: 'Lost card' },
      channels: ['phone'],
      phrases: [{ id: 'default', text: '已为您挂失。', gloss: 'Blocked.' }],
      sources: ['https://example.com'],
    },
  ],
});

describe('phrasebook types', () => {
  it('types the scenario ids a defined pack adds, next to the core ids', () => {
    const book = createPhrasebook({ packs: [acme] });
    expectTypeOf(book.say('bank.card-lost')).toEqualTypeOf<string>();
    expectTypeOf(book.say('hold.explain')).toEqualTypeOf<string>();
    expectTypeOf<Parameters<typeof book.getScenario>[0]>().toEqualTypeOf<ScenarioId | 'bank.card-lost'>();
    // @ts-expect-error an id no pack defines is a type error
    book.say('bank.card-stolen');
  });

  it('checks pack fields as they are written', () => {
    // @ts-expect-error channels are phone | chat | letter | in-person
    definePack({ id: 'x', scenarios: [{ id: 'a.b', category: 'a', title: { zh: '甲', en: 'A' }, when: { zh: '甲', en: 'A' }, channels: ['fax'], phrases: [], sources: [] }] });
  });
});

import { describe, expect, it } from 'vitest';
import { createPhrasebook } from '../../src/phrasebook/phrasebook.js';
import { validatePack } from '../../src/schema/validate.js';
import { PackValidationError } from '../../src/schema/errors.js';

const acme = {
  id: 'acme',
  defaults: { brand: '阿克米' },
  greetings: {
    occasions: [{ id: 'double-eleven', name: '双十一', date: '11-11', salutation: '双十一快乐' }],
    wording: { festivals: { 'mid-autumn': '中秋节快乐' } },
  },
};

describe('packs: the greetings section', () => {
  it('greets with the merged packs’ occasions, wording and brand', () => {
    const book = createPhrasebook({ packs: [acme], channel: 'chat' });
    expect(book.greet({ at: '2026-11-11T02:00:00Z' }).text).toBe('双十一快乐！这里是阿克米，很高兴为您服务，有什么可以帮到您？');
    expect(book.greet({ at: '2026-09-25T02:00:00Z', channel: 'phone' }).text).toBe('中秋节快乐！阿克米很高兴为您服务，请说。');
  });

  it('lets a later pack override an earlier one’s occasion and wording', () => {
    const later = { id: 'acme-2027', greetings: { occasions: [{ id: 'double-eleven', name: '双十一', date: '11-11', salutation: '双十一好' }], wording: { festivals: { 'national-day': null } } } };
    const book = createPhrasebook({ packs: [acme, later] });
    expect(book.greet({ at: '2026-11-11T02:00:00Z' }).wish).toBe('双十一好');
    expect(book.greet({ at: '2026-09-25T02:00:00Z' }).wish).toBe('中秋节快乐');
    expect(book.greet({ at: '2026-10-01T02:00:00Z' }).reason).toEqual({ kind: 'holiday-period', holiday: { id: 'national-day', name: '国庆节' } });
  });

  it('uses the built-in wording and no brand with the core pack alone', () => {
    expect(createPhrasebook().greet({ at: '2026-02-16T16:30:00Z', customer: '王女士' }).text).toBe('王女士，新年好！很高兴为您服务，请说。');
  });

  it('addresses customer objects with honorific() in the greeting’s locale, and knows their gender', () => {
    const book = createPhrasebook();
    expect(book.greet({ at: '2026-02-16T16:30:00Z', customer: { surname: '王', gender: 'female' } }).salutation).toBe('王女士，新年好！');
    expect(book.greet({ at: '2026-02-16T16:30:00Z', locale: 'zh-TW', customer: { fullName: '欧阳娜娜', gender: 'female' } }).salutation).toBe('歐陽小姐，新年好！');
    expect(book.greet({ at: '2026-02-16T16:30:00Z', locale: 'zh-TW', customer: { surname: '张', gender: 'female' }, honorific: { femaleTitle: '女士' } }).salutation).toBe('張女士，新年好！');
    expect(book.greet({ at: '2026-03-08T02:00:00Z', customer: { surname: '李', title: '经理', gender: 'female' } }).salutation).toBe('李经理，节日快乐！');
    expect(book.greet({ at: '2026-03-08T02:00:00Z', customer: { surname: '李', gender: 'male' } }).salutation).toBe('李先生，上午好！');
  });

  it('uses the phrasebook’s converter for a traditional locale', () => {
    const book = createPhrasebook({ packs: [acme], locale: 'zh-TW', convert: (t) => t.replace('双', '雙').replace('乐', '樂') });
    expect(book.greet({ at: '2026-11-11T02:00:00Z' }).wish).toBe('雙十一快樂');
  });

  it('validates the section with the pack schema', () => {
    expect(validatePack(acme).greetings?.occasions?.[0]?.date).toBe('11-11');
    expect(() => validatePack({ id: 'bad', greetings: { occasions: [{ id: 'x', name: 'X', date: '2026-11-11', salutation: 'x' }] } })).toThrow(PackValidationError);
    expect(() => validatePack({ id: 'bad', greetings: { wording: { channels: { fax: { body: 'x' } } } } })).toThrow(PackValidationError);
  });

  it('refuses channel wording greet cannot fill when the pack is validated, with its path', () => {
    const issues = (withBrand: unknown) => {
      try {
        validatePack({ id: 'bad', greetings: { wording: { channels: { chat: { withBrand } } } } });
        return [];
      } catch (error) {
        return (error as PackValidationError).issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      }
    };
    expect(issues('欢迎来到{company}')).toEqual(['greetings.wording.channels.chat.withBrand: {company} cannot be filled here (only {brand})']);
    expect(issues({ 'zh-CN': '欢迎光临{brand}', 'zh-TW': '歡迎光臨' })).toEqual(['greetings.wording.channels.chat.withBrand: must contain {brand}']);
    expect(issues('欢迎光临{brand}')).toEqual([]);
    expect(() => createPhrasebook({ packs: [{ id: 'bad', greetings: { wording: { channels: { phone: { body: '{brand}为您服务' } } } } }] })).toThrow(PackValidationError);
  });
});

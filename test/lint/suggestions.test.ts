import { describe, expect, it } from 'vitest';
import { loadLinter } from '../../src/lint/index.js';
import { createLinter, createPhrasebook, lint, MissingVariableError, suggestionText, type Suggestion } from '../../src/index.js';

describe('lint suggestions as data', () => {
  it('gives a built-in rule’s suggestion that needs no value with its ready text', () => {
    expect(lint('这不是我们的事！')[0]?.suggestions).toEqual([{ scenario: 'complaint.receive', needs: [], text: '很抱歉，给您添麻烦了！请问怎么称呼您？' }]);
  });

  it('names the variables a suggested phrase needs, and gives no text for it', () => {
    expect(lint('我也没办法')[0]?.suggestions).toEqual([
      { scenario: 'decline.tactfully', phrase: 'explain', needs: ['rule'] },
      { scenario: 'call.line-busy', needs: [], text: '很抱歉，让您久等了，现在线路比较忙，请问有什么可以帮到您？' },
    ]);
  });

  it('renders a suggestion with the values it needs, for a customer, in a locale', () => {
    const [suggestion] = lint('公司规定就是这样')[0]!.suggestions;
    expect(suggestionText(suggestion!, { vars: { rule: '退款须在签收后七天内申请' } })).toBe('这种情况，有关规定是这样的：退款须在签收后七天内申请');
    expect(suggestionText(suggestion!, { vars: { rule: '退款須在簽收後七天內申請' }, locale: 'zh-TW' })).toBe('這種情況，有關規定是這樣的：退款須在簽收後七天內申請');
    expect(suggestionText({ scenario: 'hold.explain', needs: [] }, { customer: '王女士' })).toBe('很抱歉，王女士，我帮您查询一下，请您稍等片刻，谢谢！');
    expect(suggestionText(lint('这不是我们的事')[0]!.suggestions[0]!)).toBe('很抱歉，给您添麻烦了！请问怎么称呼您？');
  });

  it('throws the typed MissingVariableError naming what a suggestion still needs', () => {
    const [suggestion] = lint('公司规定就是这样')[0]!.suggestions;
    let error: unknown;
    try {
      suggestionText(suggestion!);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingVariableError);
    expect(error).toMatchObject({ code: 'MISSING_VARIABLE', variable: 'rule', phraseId: 'decline.tactfully#explain' });
  });

  it('resolves a team pack rule’s suggestions through the phrasebook (its scenarios and vars)', () => {
    const book = createPhrasebook({
      vars: { brand: '好客' },
      packs: [
        {
          id: 'acme',
          scenarios: [
            {
              id: 'acme.price-match',
              category: 'acme',
              title: { zh: '同价承诺', en: 'Price match' },
              when: { zh: '客户说友商更便宜', en: 'The customer says a competitor is cheaper' },
              channels: ['phone', 'chat'],
              phrases: [
                { id: 'default', text: '{brand}承诺同价，您看到的更低价格我们可以为您核实。', gloss: 'We match prices.', variables: { brand: { type: 'text', description: 'The shop' } } },
                { id: 'order', text: '订单{order}的差价，{customer|您}可以申请退还。', gloss: 'The difference can be refunded.', variables: { order: { type: 'text', description: 'The order number' }, customer: { type: 'customer', description: 'The customer' } } },
              ],
            },
          ],
          rules: [{ id: 'no-competitor', severity: 'warning', patterns: ['友商'], message: { zh: '不提友商', en: 'Do not name competitors' }, suggestions: ['acme.price-match', 'acme.price-match#order', 'hold.explain'] }],
        },
      ],
    });
    const suggestions = book.lint('友商更便宜')[0]!.suggestions;
    expect(suggestions).toEqual([
      { scenario: 'acme.price-match', needs: [], text: '好客承诺同价，您看到的更低价格我们可以为您核实。' },
      { scenario: 'acme.price-match', phrase: 'order', needs: ['order'] },
      { scenario: 'hold.explain', needs: [], text: '很抱歉，先生/女士，我帮您查询一下，请您稍等片刻，谢谢！' },
    ]);
    expect(book.suggestionText(suggestions[1]!, { customer: '王女士', vars: { order: 'A123' } })).toBe('订单A123的差价，王女士可以申请退还。');
    expect(() => book.suggestionText(suggestions[1]!)).toThrow(MissingVariableError);
  });

  it('keeps a plain suggestion a bare linter cannot resolve, never dropping it', () => {
    const linter = createLinter({ rules: [{ id: 'no-sku', severity: 'info', patterns: ['SKU'], message: { zh: '避免术语', en: 'Jargon' }, suggestions: ['acme.explain#plain', 'acme.other'] }] });
    const expected: Suggestion[] = [
      { scenario: 'acme.explain', phrase: 'plain', needs: [] },
      { scenario: 'acme.other', needs: [] },
    ];
    expect(linter.lint('这个SKU')[0]?.suggestions).toEqual(expected);
  });

  it('keeps suggestions across serialize and loadLinter, with a table for a pack’s own references', () => {
    const rule = { id: 'no-sku', severity: 'info' as const, patterns: ['SKU'], message: { zh: '避免术语', en: 'Jargon' }, suggestions: ['acme.explain', 'complaint.receive'] };
    const bytes = createLinter({ rules: [rule] }).serialize();
    expect(loadLinter(bytes).lint('SKU')[0]?.suggestions).toEqual([
      { scenario: 'acme.explain', needs: [] },
      { scenario: 'complaint.receive', needs: [], text: '很抱歉，给您添麻烦了！请问怎么称呼您？' },
    ]);
    const loaded = loadLinter(bytes, { suggestions: { 'acme.explain': { scenario: 'acme.explain', needs: [], text: '库存单位就是商品的编号。' } } });
    expect(loaded.lint('SKU')[0]?.suggestions[0]).toEqual({ scenario: 'acme.explain', needs: [], text: '库存单位就是商品的编号。' });
  });
});

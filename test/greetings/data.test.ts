import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { greetingsDataSchema } from '../../src/schema/greetings.js';

const data = parse(readFileSync(new URL('../../data/greetings/greetings.yaml', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('data/greetings/greetings.yaml', () => {
  it('is valid, and says why 清明 gets no festive wish', () => {
    const parsed = greetingsDataSchema.parse(data);
    const qingming = parsed.festivals.find((f) => f.id === 'qingming');
    expect(qingming?.salutation).toBeNull();
    expect(qingming?.why?.zh).toContain('缅怀');
    expect(parsed.holidays.entries.find((h) => h.id === 'qingming')?.salutation).toBeNull();
  });

  it('documents the slot boundaries in order', () => {
    const parsed = greetingsDataSchema.parse(data);
    expect(parsed.slots.map((s) => `${s.from} ${typeof s.salutation === 'string' ? s.salutation : s.salutation['zh-CN']}`)).toEqual([
      '05:00 早上好',
      '09:00 上午好',
      '11:30 中午好',
      '13:30 下午好',
      '18:00 晚上好',
    ]);
  });

  it('rejects slots out of order and an unknown precedence source', () => {
    const slots = [...(data['slots'] as unknown[])].reverse();
    expect(greetingsDataSchema.safeParse({ ...data, slots }).error?.issues[0]?.message).toBe('slots must be in ascending "from" order');
    expect(greetingsDataSchema.safeParse({ ...data, precedence: ['weather'] }).success).toBe(false);
  });

  it('rejects templates greet cannot fill, where they are written', () => {
    const salutation = { plain: '{wish}！', withCustomer: '{name}，{wish}！' };
    const error = greetingsDataSchema.safeParse({ ...data, salutation }).error;
    expect(error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['salutation.withCustomer', '{name} cannot be filled here (only {customer}, {wish})']]);
    const channels = { ...(data['channels'] as object), letter: { body: '感谢{brand}', withBrand: '感谢' } };
    expect(greetingsDataSchema.safeParse({ ...data, channels }).error?.issues.map((i) => i.message)).toEqual(['{brand} cannot be filled here (no placeholders)', 'must contain {brand}']);
  });
});

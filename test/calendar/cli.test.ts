import { afterEach, describe, expect, it } from 'vitest';
import { removeHolidaySchedule } from '../../src/calendar/index.js';
import { cli } from '../cli/run.js';

const SCHEDULE_2027 = `year: 2027
notices:
  - title: 国务院办公厅关于2027年部分节假日安排的通知
    url: https://www.gov.cn/zhengce/2027.htm
holidays:
  - id: spring-festival
    off: [2027-02-05..2027-02-12]
    work: [2027-01-31, 2027-02-20]
`;

afterEach(() => {
  removeHolidaySchedule(2027);
});

describe('huashu holiday|greet --schedule', () => {
  it('holiday answers from a schedule file instead of the provisional one', async () => {
    expect((await cli(['holiday', '2027-02-13'])).stdout).toBe('2027-02-13 星期六 · 休息日 · 春节假期第9天（共9天）（按放假办法推算，通知未公布） · 加班工资2倍\n');
    expect((await cli(['holiday', '2027-02-13', '--schedule', 's.yaml'], { files: { 's.yaml': SCHEDULE_2027 } })).stdout).toBe('2027-02-13 星期六 · 休息日 · 加班工资2倍\n');
    const { stdout } = await cli(['holiday', '2027-02-20', '--schedule', 's.yaml', '--json'], { files: { 's.yaml': SCHEDULE_2027 } });
    expect(JSON.parse(stdout)).toMatchObject({ workday: true, layer: 'added', statutory: { official: true, notice: { title: '国务院办公厅关于2027年部分节假日安排的通知' } } });
  });

  it('greet reads the schedule too (a list of years in JSON)', async () => {
    const json = JSON.stringify([{ year: 2027, notices: [{ title: 't', url: 'https://www.gov.cn/' }], holidays: [{ id: 'spring-festival', off: ['2027-02-05..2027-02-12'] }] }]);
    expect((await cli(['greet', '--at', '2027-02-13T02:00:00Z', '--schedule', 's.json'], { files: { 's.json': json } })).stdout).toBe('上午好！很高兴为您服务，请说。\n');
    expect((await cli(['greet', '--at', '2027-02-12T02:00:00Z', '--schedule', 's.json'], { files: { 's.json': json } })).stdout).toBe('新年好！很高兴为您服务，请说。\n');
  });

  it('reports a bad schedule with file, line and path, exit 2', async () => {
    const bad = SCHEDULE_2027.replace('2027-01-31', '2027-02-01');
    const { code, stderr } = await cli(['holiday', '2027-02-13', '--schedule', 's.yaml'], { files: { 's.yaml': bad } });
    expect([code, stderr]).toEqual([2, 'huashu holiday: invalid holiday schedule: s.yaml:8:12 holidays[0].work[0] — a 调休 working day must be a Saturday or Sunday\n']);
  });

  it('a missing file is a usage error', async () => {
    const { code, stderr } = await cli(['greet', '--schedule', 'none.yaml']);
    expect([code, stderr]).toEqual([2, 'huashu greet: cannot read schedule file "none.yaml": ENOENT: no such file, open \'none.yaml\'\n']);
  });
});

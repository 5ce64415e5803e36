import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkedByFirstRow, checkedRow, column } from './rows.js';

const shape = z.object({
  id: column.text,
  count: column.bigint,
  status: column.oneOf(['pending', 'running'] as const),
  created_at: column.timestamp,
  note: column.text.nullable(),
});
const sql = 'select id, count(*) as count, status, created_at, note\n  from things group by id';

describe('checked rows of raw statements', () => {
  it('types a row as the driver hands it over: bigint text to a number, timestamp text to a Date', () => {
    const row = checkedRow(
      shape,
      {
        id: 'a',
        count: '42',
        status: 'running',
        created_at: '2026-11-27 10:55:08.162345+00',
        note: null,
        extra: 1,
      },
      sql,
    );
    expect(row).toEqual({
      id: 'a',
      count: 42,
      status: 'running',
      created_at: new Date('2026-11-27T10:55:08.162Z'),
      note: null,
    });
  });

  it('fails loudly on an unexpected row, naming the statement and the column', () => {
    const valid = {
      id: 'a',
      count: '1',
      status: 'pending',
      created_at: '2026-11-27 10:55:08+00',
      note: null,
    };
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ ...valid, id: null }, /id/],
      [{ ...valid, status: 'exploded' }, /status/],
      [{ ...valid, count: '9007199254740993' }, /count.*not a safe integer/s],
      [{ ...valid, count: 'x' }, /count/],
      [{ ...valid, created_at: 'yesterday' }, /unparseable timestamp/],
      [{ ...valid, note: undefined }, /note/],
    ];
    for (const [row, message] of cases) {
      expect(() => checkedRow(shape, row, sql), JSON.stringify(row)).toThrow(message);
      expect(() => checkedRow(shape, row, sql)).toThrow(
        /select id, count\(\*\) as count, status, created_at, note from things/,
      );
    }
  });

  it('a hot read checks its result on the first row and hands the rows over as the driver made them', () => {
    const page = z.object({ id: column.text, position: column.bigintText, created_at: column.timestampText });
    const rows = [
      { id: 'a', position: '1', created_at: '2026-11-27 10:55:08+00', extra: true },
      { id: 'b', position: '2', created_at: '2026-11-27 10:55:09+00', extra: true },
    ];
    const checked = checkedByFirstRow(page, rows, sql);
    expect(checked).toBe(rows);
    expect(checkedByFirstRow(page, [], sql)).toEqual([]);
    // A statement that drifted (a renamed column) fails on its first row.
    expect(() =>
      checkedByFirstRow(page, [{ id: 'a', row_position: '1', created_at: '2026-11-27 10:55:08+00' }], sql),
    ).toThrow(/position/);
  });
});

import { contactRowOf, contactsTable, groupContactOf } from '../../src/core/schema/contacts';
import { LEDGER_TABLES } from '../../src/core/schema/index';

describe('the row makers of the large tables', () => {
  it.each(LEDGER_TABLES.filter((table) => table.rowOf).map((table) => [table.sheet, table] as const))(
    '%s: each value goes under its column, in the order of the table',
    (_sheet, table) => {
      const keys = Object.keys(table.columns);
      const row = (table.rowOf as NonNullable<typeof table.rowOf>)(keys, 7) as Record<string, unknown>;
      for (const key of keys) expect(row[key]).toBe(key);
      expect(row.row).toBe(7);
    },
  );

  it('covers every table that may hold thousands of rows', () => {
    const made = LEDGER_TABLES.filter((table) => table.rowOf).map((table) => table.sheet);
    expect(made).toEqual(expect.arrayContaining(['领导干部', '党外代表人士', '结对关系', '联系记录', '意见办理']));
  });

  it("a group row's contacts have the layout of every other contact", () => {
    const keys = Object.keys(contactsTable.columns);
    const row = contactRowOf(keys, 7) as Parameters<typeof groupContactOf>[0];
    const copy = groupContactOf(row, 'pairing', 'group');
    expect(Object.keys(copy)).toEqual(Object.keys(contactRowOf(keys, 7)));
    expect(copy).toMatchObject({ ...row, pairing: 'pairing', group: 'group' });
  });
});

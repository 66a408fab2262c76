/** The 联系记录 sheet's table: its headers (the contract with users), how each is read and written. */
import { col, defineTable, type RowOf } from './columns';
import { CONTACT_FORMS } from './valueLists';

/**
 * A 联系记录 row from its columns' values in the order of its columns, written out as a literal: a large
 * ledger's contact rows (200k and more) are each made here, and an object literal is laid out in one
 * piece, with every property in the object and no store by a computed key (the generic copy of a
 * shape, then one store per cell, were a third of reading the table). `pairing` is set once the row
 * is resolved, `group` on the copies a group row gives, one per pairing (resolveContacts.ts): every
 * contact then has one layout, and the loops over them stay monomorphic.
 */
export const contactRowOf = (values: readonly unknown[], row: number) => ({
  contactId: values[0],
  pairingId: values[1],
  leaderName: values[2],
  figureName: values[3],
  date: values[4],
  form: values[5],
  summary: values[6],
  suggestions: values[7],
  difficulties: values[8],
  note: values[9],
  filedBy: values[10],
  filedOn: values[11],
  row,
  pairing: undefined,
  group: undefined,
});

/**
 * 联系记录: one row per contact. It names its pairing by 结对编号, or by 干部姓名 + 人士姓名
 * (the pairing of those two people active on the contact date).
 */
export const contactsTable = defineTable(
  '联系记录',
  'tblContacts',
  {
    contactId: col.id('记录编号'),
    pairingId: col.text('结对编号', { width: 12 }),
    leaderName: col.text('干部姓名', { width: 10 }),
    figureName: col.text('人士姓名', { width: 10 }),
    date: col.date('联系日期').mandatory(),
    form: col.oneOf('联系形式', CONTACT_FORMS, { width: 14 }).mandatory(),
    summary: col.longText('联系沟通情况', { width: 44 }).mandatory(),
    suggestions: col.longText('意见建议', { width: 30 }),
    difficulties: col.longText('困难诉求', { width: 30 }),
    note: col.longText('备注', { width: 20 }),
    filedBy: col.text('填报人', { width: 10 }),
    filedOn: col.date('填报日期'),
  },
  contactRowOf,
);
/** A row of 联系记录 as read, before its pairing is resolved. */
export type ContactRow = RowOf<typeof contactsTable>;

/**
 * A group row's contact for one of its pairings: the row's values, that pairing and the group, in the
 * layout of every other contact (a literal: `Object.assign` onto a blank row was most of the cost of
 * a ledger's group rows).
 */
export const groupContactOf = <P, G>(row: ContactRow & { readonly row: number }, pairing: P, group: G) => ({
  contactId: row.contactId,
  pairingId: row.pairingId,
  leaderName: row.leaderName,
  figureName: row.figureName,
  date: row.date,
  form: row.form,
  summary: row.summary,
  suggestions: row.suggestions,
  difficulties: row.difficulties,
  note: row.note,
  filedBy: row.filedBy,
  filedOn: row.filedOn,
  row: row.row,
  pairing,
  group,
});

/** The 联系记录 sheet's table: its headers (the contract with users), how each is read and written. */
import { col, defineTable, type RowOf } from './columns';
import { CONTACT_FORMS } from './valueLists';

/**
 * 联系记录: one row per contact. It names its pairing by 结对编号, or by 干部姓名 + 人士姓名
 * (the pairing of those two people active on the contact date).
 */
export const contactsTable = defineTable('联系记录', 'tblContacts', {
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
});
/** A row of 联系记录 as read, before its pairing is resolved. */
export type ContactRow = RowOf<typeof contactsTable>;

/**
 * A blank 联系记录 row, written out as a literal: a large ledger's contact rows (200k and more) are
 * each made from it, and the rows an object literal makes are laid out in one piece and, as nearly all
 * of them are kept, allocated where kept objects live — the generic copy of a shape was a tenth of
 * the check's time. `pairing` is set once the row is resolved, `group` on the copies a group row
 * gives, one per pairing (resolveContacts.ts): every contact then has one layout, and the loops over
 * them stay monomorphic.
 */
export const blankContactRow = () =>
  ({
    contactId: undefined,
    pairingId: undefined,
    leaderName: undefined,
    figureName: undefined,
    date: undefined,
    form: undefined,
    summary: undefined,
    suggestions: undefined,
    difficulties: undefined,
    note: undefined,
    filedBy: undefined,
    filedOn: undefined,
    row: 0,
    pairing: undefined,
    group: undefined,
  }) satisfies Record<keyof typeof contactsTable.columns | 'row' | 'pairing' | 'group', unknown>;

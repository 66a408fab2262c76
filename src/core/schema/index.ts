/**
 * The ledger's tables, in the order of a new workbook.
 *
 * Glossary (code ↔ 中文): ledger 台账 · leader 党员领导干部 · figure 党外代表人士 · pairing 结对关系 ·
 * contact 联系记录 · followUp 意见办理 · semester 学期 · unit 单位 · level 层级 (school 校级 /
 * college 院级) · coverage 全覆盖 · handover 交接 · problem 问题.
 */
import { contactsTable } from './contacts';
import { festivalsTable } from './festivals';
import { indicatorsTable } from './indicators';
import { figuresTable } from './figures';
import { followUpsTable } from './followUps';
import { leadersTable } from './leaders';
import { pairingsTable } from './pairings';
import { semestersTable } from './semesters';
import { settingsTable } from './settings';
import { unitsTable } from './units';

/** Every table, in sheet order: what a new ledger writes and an upgrade checks for. */
export const LEDGER_TABLES = [
  settingsTable,
  semestersTable,
  unitsTable,
  leadersTable,
  figuresTable,
  pairingsTable,
  contactsTable,
  followUpsTable,
  festivalsTable,
  indicatorsTable,
] as const;

/** Tables schema version 2 added: a version-1 ledger without their sheets reads them as empty. */
export const OPTIONAL_TABLES: readonly string[] = [festivalsTable.sheet, indicatorsTable.sheet];

export {
  contactsTable,
  festivalsTable,
  indicatorsTable,
  figuresTable,
  followUpsTable,
  leadersTable,
  pairingsTable,
  semestersTable,
  settingsTable,
  unitsTable,
};

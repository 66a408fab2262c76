/**
 * An older ledger's dropdowns given the values this version's lists added, in Excel (an upgrade):
 * one sync reads each column's rule on its first row below the header; one more sets, on the
 * column below the header, the widened list with the alert it had. A rule that takes its list
 * from cells, a column without a list, or a list that would pass Excel's 255 characters is left
 * as it is.
 */
import { columnLetters } from '../../core/address';
import { type ListWidening, widenedList } from '../../core/entry/upgradePlan';
import { LAST_ROW } from '../../core/template/ledgerTemplate';
import { type OfficeContext, rangeAt } from './officeApi';

/** Widens the lists in two syncs (one when none lacks a value); nothing is written before the read. */
export async function widenListsOffice(context: OfficeContext, lists: readonly ListWidening[]): Promise<void> {
  if (lists.length === 0) return;
  const sheet = (name: string) => context.workbook.worksheets.getItem(name);
  const probes = lists.map((list) => {
    const validation = rangeAt(sheet(list.sheet), `${columnLetters(list.column)}${list.headerRow + 1}`).dataValidation;
    validation.load('rule,errorAlert');
    return { list, validation };
  });
  await context.sync();
  let written = false;
  for (const { list, validation } of probes) {
    const source = validation.rule.list?.source;
    // A list of its own is text: "待研究,已交办,…"; one from cells is a formula, "=$Z$1:$Z$9".
    if (typeof source !== 'string' || source.trim().startsWith('=')) continue;
    const values = widenedList(
      source.split(',').map((value) => value.trim()),
      list.values,
    );
    if (!values) continue;
    const letter = columnLetters(list.column);
    const target = rangeAt(sheet(list.sheet), `${letter}${list.headerRow + 1}:${letter}${LAST_ROW}`).dataValidation;
    target.clear();
    target.rule = { list: { inCellDropDown: true, source: values.join(',') } };
    target.errorAlert = validation.errorAlert;
    written = true;
  }
  if (written) await context.sync();
}

/**
 * The 覆盖检查 report's R7 sections: the 意见办理 items overdue and due soon, each linked to its
 * 事项编号, and the figures of each 承办部门 (items, answered, on time, overdue, rated, satisfied).
 */
import type { CheckResult, DepartmentResult, OverdueFollowUp } from '../check/checkResult';
import type { Place } from '../problems';
import type { SheetBuilder } from '../sheet/sheetBuilder';
import { type CellContent, text } from '../sheet/sheetSpec';
import { rowHeightFor } from '../sheet/textLayout';
import { departmentLabel, SECTION_LABEL } from './labels';
import { LONG_TEXT_WIDTHS, section } from './reportSection';

/** A finding's ID linked to its own cell, as the report makes it (into the ledger file when separate). */
export type PlaceLink = (label: string, place: Place) => CellContent;

const count = (value: number): CellContent => ({ kind: 'number', value });
const ratio = (part: number, whole: number): CellContent | undefined =>
  whole === 0 ? undefined : { kind: 'number', value: part / whole, format: '0.0%' };

/** Items with their due date coloured `fill` (red when overdue, amber when due soon) and their content in full. */
function itemsSection(
  sheet: SheetBuilder,
  title: string,
  items: readonly OverdueFollowUp[],
  whenEmpty: string,
  fill: 'red' | 'amber',
  placeLink: PlaceLink,
): void {
  section(sheet, title, ['事项编号', '承办部门', '办理期限', '办理状态', '事项内容'], items.length, whenEmpty, () => {
    for (const item of items)
      sheet.line(
        [
          placeLink(item.itemId, item),
          text(item.department),
          { kind: 'date', date: item.due },
          text(item.status),
          text(item.content),
        ],
        (column) => (column === 1 ? 'link' : column === 3 ? fill : 'cell'),
        { height: rowHeightFor(item.content, LONG_TEXT_WIDTHS, 11, 18), mergeLastTo: 8 },
      );
  });
}

/** One line per 承办部门; an overdue count above 0 in red, the two rates as percentages. */
function departmentSection(sheet: SheetBuilder, departments: readonly DepartmentResult[]): void {
  section(
    sheet,
    SECTION_LABEL.departments,
    ['承办部门', '事项', '已答复', '按期答复', '按期答复率', '逾期', '满意/已评价', '满意率'],
    departments.length,
    '没有意见办理事项。',
    () => {
      for (const entry of departments)
        sheet.line(
          [
            text(departmentLabel(entry.department)),
            count(entry.items),
            count(entry.answered),
            count(entry.answeredOnTime),
            ratio(entry.answeredOnTime, entry.answered),
            count(entry.overdue),
            text(`${entry.satisfied}/${entry.rated}`),
            ratio(entry.satisfied, entry.rated),
          ],
          (column) => (column === 5 || column === 8 ? 'percent' : column === 6 && entry.overdue > 0 ? 'red' : 'cell'),
        );
    },
  );
}

/** The overdue items, the items due soon, then the departments' figures. */
export function followUpSections(sheet: SheetBuilder, result: CheckResult, placeLink: PlaceLink): void {
  itemsSection(sheet, SECTION_LABEL.overdueFollowUps, result.overdueFollowUps, '没有逾期的事项。', 'red', placeLink);
  itemsSection(
    sheet,
    SECTION_LABEL.dueSoonFollowUps,
    result.dueSoonFollowUps,
    '没有即将到期的事项。',
    'amber',
    placeLink,
  );
  departmentSection(sheet, result.departments);
}

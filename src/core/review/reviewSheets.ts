/**
 * The 年度考核 sheet (one row per unit: each indicator's rate with a data bar and its score, the
 * total, empty 自评得分 and 审核得分 for people to fill, and 扣分说明) and the 意见办理统计 sheet (per
 * 承办部门), both A4 landscape (SPEC §5b). Sheet specs: the command line and the add-in write the same.
 */
import { SheetBuilder } from '../sheet/sheetBuilder';
import type { CellContent, CellStyle, PageSetup, SheetSpec } from '../sheet/sheetSpec';
import { range, text } from '../sheet/sheetSpec';
import { rowHeightFor } from '../sheet/textLayout';
import type { ReviewResult } from './reviewResult';

/** The sheets' names: a new review replaces the sheets an earlier one wrote. */
export const REVIEW_SHEET = '年度考核';
export const DEPARTMENTS_SHEET = '意见办理统计';

const FONT = '宋体';
const border = { top: 'thin', left: 'thin', bottom: 'thin', right: 'thin' } as const;
const cellStyle = (extra: CellStyle = {}): CellStyle => ({
  font: { name: FONT, size: 10 },
  border,
  align: { vertical: 'middle', wrap: true },
  ...extra,
});
const STYLES: Record<string, CellStyle> = {
  title: { font: { name: FONT, size: 16, bold: true }, align: { horizontal: 'center', vertical: 'middle' } },
  subtitle: { font: { name: FONT, size: 10, color: '595959' } },
  header: cellStyle({
    font: { name: FONT, size: 10, bold: true },
    fill: 'D9E1F2',
    align: { horizontal: 'center', vertical: 'middle', wrap: true },
  }),
  cell: cellStyle(),
  number: cellStyle({ align: { horizontal: 'center', vertical: 'middle' } }),
  total: cellStyle({ font: { name: FONT, size: 10, bold: true }, align: { horizontal: 'center', vertical: 'middle' } }),
  fill: cellStyle({ fill: 'FFF2CC' }),
  none: cellStyle({
    font: { name: FONT, size: 9, color: '7F7F7F' },
    align: { horizontal: 'center', vertical: 'middle', wrap: true },
  }),
  note: cellStyle({ font: { name: FONT, size: 9 }, align: { vertical: 'top', wrap: true } }),
};

const landscape = (lastRow: number, columns: number): PageSetup => ({
  paper: 'A4',
  orientation: 'landscape',
  margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 },
  fitToWidth: 1,
  fitToHeight: 0,
  centerHorizontally: true,
  printArea: range(1, 1, lastRow, columns),
  printTitleRows: { first: 3, last: 4 },
});

const rate = (value: number | null): CellContent =>
  value === null ? text('—（无此项）') : { kind: 'number', value, format: '0.0%' };
const score = (value: number): CellContent => ({ kind: 'number', value, format: '0.0' });
const count = (value: number): CellContent => ({ kind: 'number', value });

/** The 年度考核 sheet of a review. */
export function reviewSheet(result: ReviewResult): SheetSpec {
  const { schoolName } = result;
  const { indicators } = result;
  // 单位, then per indicator its rate and score, then 总分, 自评得分, 审核得分, 扣分说明.
  const widths = [14, ...indicators.flatMap(() => [9, 6]), 7, 7, 7, 40];
  const columns = widths.length;
  const sheet = new SheetBuilder(REVIEW_SHEET, STYLES, widths);
  sheet.line([text(`${schoolName}${result.year}学年联谊交友工作考核汇总`)], 'title', {
    height: 30,
    mergeLastTo: columns,
  });
  const left = result.notBegun.length > 0 ? ` · 未开始、不计：${result.notBegun.map((s) => s.name).join('、')}` : '';
  sheet.line(
    [text(`考核日期 ${result.today} · 计入：${result.semesters.map((s) => s.name).join('、')}${left}`)],
    'subtitle',
    { mergeLastTo: columns },
  );
  const top = sheet.row;
  const totalColumn = 2 + indicators.length * 2;
  sheet.line(
    [
      text('单位'),
      ...indicators.flatMap((indicator) => [
        text(`${indicator.id} ${indicator.name}（${indicator.maxScore} 分）`),
        undefined,
      ]),
      text('总分'),
      text('自评得分'),
      text('审核得分'),
      text('扣分说明'),
    ],
    'header',
    { height: 42 },
  );
  sheet.line(
    [
      undefined,
      ...indicators.flatMap(() => [text('完成率'), text('得分')]),
      undefined,
      undefined,
      undefined,
      undefined,
    ],
    'header',
  );
  const merges = [
    range(top, 1, top + 1, 1),
    ...indicators.map((_, index) => range(top, 2 + index * 2, top, 3 + index * 2)),
    ...[0, 1, 2, 3].map((offset) => range(top, totalColumn + offset, top + 1, totalColumn + offset)),
  ];
  const first = sheet.row;
  for (const unit of result.units) {
    const deductions = unit.deductions.join('；');
    sheet.line(
      [
        text(unit.unit),
        ...indicators.flatMap((indicator) => {
          const value = unit.measures[indicator.measure];
          return [rate(value.rate), score(unit.scores[indicator.id] ?? 0)];
        }),
        score(unit.total),
        undefined,
        undefined,
        deductions === '' ? undefined : text(deductions),
      ],
      (column) =>
        column === 1
          ? 'cell'
          : column === columns
            ? 'note'
            : column === totalColumn
              ? 'total'
              : column > totalColumn
                ? 'fill'
                : column % 2 === 0 && unit.measures[indicators[(column - 2) / 2]?.measure ?? '覆盖率'].rate === null
                  ? 'none'
                  : 'number',
      { height: rowHeightFor(deductions, [widths[columns - 1] ?? 40], 9, 20) },
    );
  }
  if (result.units.length > 0)
    for (const [index] of indicators.entries())
      sheet.highlight({
        kind: 'dataBar',
        range: range(first, 2 + index * 2, sheet.row - 1, 2 + index * 2),
        color: '63BE7B',
        min: 0,
        max: 1,
      });
  const spec = sheet.build({
    page: (lastRow) => landscape(lastRow, columns),
    freeze: { rows: first - 1, columns: 1 },
  });
  return { ...spec, merges: [...spec.merges, ...merges] };
}

/** The 意见办理统计 sheet: per 承办部门 the year's items, answered, answered on time, overdue, satisfaction. */
export function departmentsSheet(result: ReviewResult): SheetSpec {
  const { schoolName } = result;
  const widths = [24, 10, 10, 12, 10, 10];
  const sheet = new SheetBuilder(DEPARTMENTS_SHEET, STYLES, widths);
  sheet.line([text(`${schoolName}${result.year}学年意见建议办理情况统计`)], 'title', { height: 30, mergeLastTo: 6 });
  sheet.line([text(`统计日期 ${result.today}`)], 'subtitle', { mergeLastTo: 6 });
  sheet.line(['承办部门', '事项数', '已答复', '按期答复率', '逾期', '满意率'].map(text), 'header', { height: 24 });
  const ratio = (part: number, whole: number) => rate(whole === 0 ? null : part / whole);
  for (const department of result.departments)
    sheet.line(
      [
        text(department.department || '（未填承办部门）'),
        count(department.items),
        count(department.answered),
        ratio(department.answeredOnTime, department.answered),
        count(department.overdue),
        ratio(department.satisfied, department.rated),
      ],
      (column) => (column === 1 ? 'cell' : 'number'),
    );
  if (result.departments.length === 0) sheet.line([text('本学年没有意见办理事项。')], 'cell', { mergeLastTo: 6 });
  return sheet.build({ page: (lastRow) => ({ ...landscape(lastRow, 6), printTitleRows: { first: 3, last: 3 } }) });
}

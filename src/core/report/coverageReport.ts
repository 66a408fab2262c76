/**
 * The 覆盖检查 sheet: the check's result laid out for 统战部 staff to read, print and send on. It is
 * a sheet spec, so the command line and the add-in write the same sheet.
 */
import { type CheckResult, type CheckVerdict, checkVerdict } from '../check/checkResult';
import { LEDGER_TABLES } from '../schema/index';
import { type Place, SEVERITY_LABEL, type Severity } from '../problems';
import { SheetBuilder } from '../sheet/sheetBuilder';
import type { CellContent, CellStyle, LinkTarget, PageSetup } from '../sheet/sheetSpec';
import { range, text } from '../sheet/sheetSpec';
import { rowHeightFor } from '../sheet/textLayout';
import { followUpSections } from './followUpSections';
import { LONG_TEXT_WIDTHS, REPORT_WIDTHS, section } from './reportSection';
import {
  FESTIVAL_STATUS_LABEL,
  festivalHeading,
  PAIRING_STATUS_LABEL,
  schoolLeaderStatusLabel,
  SECTION_LABEL,
} from './labels';

/** The report's sheet name: the add-in replaces this sheet on each check and the pane opens it. */
export const REPORT_SHEET = '覆盖检查';

const GREEN = 'C6EFCE';
const AMBER = 'FFEB9C';
const RED = 'FFC7CE';
const BLUE = 'DDEBF7';
const FONT = '宋体';

const cellStyle = (fill?: string, extra: CellStyle = {}): CellStyle => ({
  font: { name: FONT, size: 11 },
  border: { top: 'thin', left: 'thin', bottom: 'thin', right: 'thin' },
  align: { vertical: 'top', wrap: true },
  ...(fill ? { fill } : {}),
  ...extra,
});

const STYLES: Record<string, CellStyle> = {
  title: { font: { name: FONT, size: 16, bold: true }, align: { vertical: 'middle' } },
  subtitle: { font: { name: FONT, size: 10, color: '595959' } },
  section: { font: { name: FONT, size: 12, bold: true, color: '1F4E78' } },
  header: cellStyle('D9E1F2', {
    font: { name: FONT, size: 11, bold: true },
    align: { horizontal: 'center', vertical: 'middle', wrap: true },
  }),
  cell: cellStyle(),
  link: cellStyle(undefined, { font: { name: FONT, size: 11, color: '0563C1', underline: true } }),
  percent: cellStyle(undefined, { numberFormat: '0.0%' }),
  green: cellStyle(GREEN),
  amber: cellStyle(AMBER),
  red: cellStyle(RED),
  blue: cellStyle(BLUE),
  none: { font: { name: FONT, size: 11, color: '548235' } },
};

/** What the report needs besides the result: when the check ran and where the ledger is. */
export interface ReportOptions {
  /** When the check ran, as the shell's clock reads it (the core has none), e.g. '2027-01-20 10:32'. */
  readonly checkedAt: string;
  /** The ledger's file name, when the report is a separate workbook (the command line); links then open it. */
  readonly ledgerFile?: string;
}

const ratio = (part: number, whole: number): CellContent | undefined =>
  whole === 0 ? undefined : { kind: 'number', value: part / whole, format: '0.0%' };
const count = (value: number): CellContent => ({ kind: 'number', value });
const ratioColour = (part: number, whole: number): string =>
  whole === 0 || part === whole ? 'green' : part / whole >= 0.8 ? 'amber' : 'red';
const SEVERITY_STYLE: Record<Severity, string> = { error: 'red', warning: 'amber', info: 'blue' };
/** The sheet tab says the verdict at a glance: green, amber while only pending, red for gaps and errors alike. */
const TAB_COLOUR: Record<CheckVerdict, string> = {
  passed: '70AD47',
  pendingOnly: 'FFC000',
  gaps: 'C00000',
  errors: 'C00000',
};

/**
 * The check's result as a sheet a 统战部 staff member reads at a glance and can print: title,
 * summary by unit with data bars, then every gap and every data problem, each linked to its cell.
 */
export function coverageReport(result: CheckResult, options: ReportOptions): ReturnType<SheetBuilder['build']> {
  const sheet = new SheetBuilder(REPORT_SHEET, STYLES, REPORT_WIDTHS);
  const link = (label: string, target: Omit<LinkTarget, 'file'>): CellContent => ({
    kind: 'link',
    text: label,
    to: { ...target, ...(options.ledgerFile ? { file: options.ledgerFile } : {}) },
  });
  /** A finding's ID, linked to its own cell (wherever its table's ID column is). */
  const placeLink = (label: string, place: Place) =>
    place.cell ? link(label, { sheet: place.sheet, cell: place.cell }) : text(label);
  const { semester, summary } = result;

  sheet.line([text(`联谊交友覆盖检查 · ${semester.name}`)], 'title', { height: 28, mergeLastTo: 8 });
  sheet.line(
    [
      text(
        `学期 ${semester.start} 至 ${semester.end} · 检查日期 ${result.today} · 生成于 ${options.checkedAt}${result.today <= semester.end ? ' · 学期进行中，尚未联系的结对记为“待联系”' : ''}`,
      ),
    ],
    'subtitle',
    { mergeLastTo: 8 },
  );
  sheet.gap();

  sheet.line(['在职党外代表人士', '已结对', '覆盖率', '应联系结对', '已联系', '待联系', '未完成'].map(text), 'header');
  sheet.line(
    [
      count(summary.figuresInService),
      count(summary.figuresCovered),
      ratio(summary.figuresCovered, summary.figuresInService),
      count(summary.pairingsDue),
      count(summary.pairingsMet),
      count(summary.pairingsPending),
      count(summary.pairingsMissed),
    ],
    (column) =>
      column === 3
        ? ratioColour(summary.figuresCovered, summary.figuresInService)
        : column === 6 && summary.pairingsPending > 0
          ? 'amber'
          : column === 7 && summary.pairingsMissed > 0
            ? 'red'
            : 'cell',
  );

  section(
    sheet,
    '各单位',
    ['单位', '在职人士', '已覆盖', '覆盖率', '结对', '已联系', '联系完成率'],
    result.units.length,
    '（没有单位）',
    () => {
      const first = sheet.row;
      for (const unit of result.units) {
        sheet.line(
          [
            text(unit.unit),
            count(unit.figuresInService),
            count(unit.figuresCovered),
            ratio(unit.figuresCovered, unit.figuresInService),
            count(unit.pairingsDue),
            count(unit.pairingsMet),
            ratio(unit.pairingsMet, unit.pairingsDue),
          ],
          (column) =>
            column === 4
              ? ratioColour(unit.figuresCovered, unit.figuresInService)
              : column === 7
                ? ratioColour(unit.pairingsMet, unit.pairingsDue)
                : 'cell',
        );
      }
      for (const column of [4, 7])
        sheet.highlight({
          kind: 'dataBar',
          range: range(first, column, sheet.row - 1, column),
          color: '63BE7B',
          min: 0,
          max: 1,
        });
    },
  );

  const open = result.pairings.filter((pairing) => pairing.status !== 'met');
  section(
    sheet,
    SECTION_LABEL.openPairings,
    ['结对编号', '层级', '领导干部', '党外代表人士', '单位', '本学期联系', '状态'],
    open.length,
    '全部结对本学期均已联系。',
    () => {
      for (const p of open) {
        sheet.line(
          [
            placeLink(p.pairingId, p),
            text(p.level),
            text(p.leader),
            text(p.figure),
            text(p.unit),
            count(p.contacts),
            text(PAIRING_STATUS_LABEL[p.status]),
          ],
          (column) => (column === 1 ? 'link' : column === 7 ? (p.status === 'missed' ? 'red' : 'amber') : 'cell'),
        );
      }
    },
  );

  // R8: a section per festival whose window has opened, listing the pairings not (yet) visited.
  for (const festival of result.festivals)
    section(
      sheet,
      festivalHeading(festival),
      ['结对编号', '领导干部', '联谊对象', '所属单位', '情况'],
      festival.notVisited.length,
      '应走访的结对均已走访。',
      () => {
        for (const gap of festival.notVisited)
          sheet.line(
            [
              placeLink(gap.pairingId, gap),
              text(gap.leader),
              text(gap.figure),
              text(gap.unit),
              text(FESTIVAL_STATUS_LABEL[gap.status]),
            ],
            (column) => (column === 1 ? 'link' : column === 5 ? (gap.status === 'missed' ? 'red' : 'amber') : 'cell'),
          );
      },
    );

  section(
    sheet,
    SECTION_LABEL.uncoveredFigures,
    ['人士编号', '姓名', '所在单位'],
    result.uncoveredFigures.length,
    '每位在职党外代表人士均已结对（全覆盖）。',
    () => {
      for (const f of result.uncoveredFigures)
        sheet.line([placeLink(f.figureId, f), text(f.name), text(f.unit)], (column) => (column === 1 ? 'link' : 'red'));
    },
  );

  section(
    sheet,
    SECTION_LABEL.schoolLeaders,
    ['干部编号', '姓名', '结对数', '情况'],
    result.schoolLeaders.length,
    '（没有在任的校级干部）',
    () => {
      for (const l of result.schoolLeaders) {
        const label = schoolLeaderStatusLabel(l.status, l.pairings, l.wanted);
        sheet.line([placeLink(l.leaderId, l), text(l.name), count(l.pairings), text(label)], (column) =>
          column === 1 ? 'link' : column === 4 ? (l.status === 'ok' ? 'green' : 'red') : 'cell',
        );
      }
    },
  );

  followUpSections(sheet, result, placeLink);

  const sheetOrder = new Map<string, number>(LEDGER_TABLES.map((table, index) => [table.sheet, index]));
  section(
    sheet,
    `数据问题（${result.problems.length} 条）`,
    ['级别', '工作表', '单元格', '列', '说明'],
    result.problems.length,
    '没有发现数据问题。',
    () => {
      for (const problem of result.problems) {
        const height = rowHeightFor(problem.message, LONG_TEXT_WIDTHS, 11, 18);
        const where =
          sheetOrder.has(problem.sheet) && problem.cell
            ? link(problem.cell, { sheet: problem.sheet, cell: problem.cell })
            : text(problem.cell);
        sheet.line(
          [
            text(SEVERITY_LABEL[problem.severity]),
            text(problem.sheet),
            where,
            text(problem.column),
            text(problem.message),
          ],
          (column) => (column === 1 ? SEVERITY_STYLE[problem.severity] : column === 3 ? 'link' : 'cell'),
          { height, mergeLastTo: 8 },
        );
      }
    },
  );

  const verdict = checkVerdict(result);
  return sheet.build({
    page: (lastRow): PageSetup => ({
      paper: 'A4',
      orientation: 'landscape',
      margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
      fitToWidth: 1,
      fitToHeight: 0,
      centerHorizontally: true,
      printArea: range(1, 1, lastRow, 8),
      printTitleRows: { first: 1, last: 2 },
    }),
    tabColor: TAB_COLOUR[verdict],
  });
}

/**
 * The 交接单 laid out for print as a sheet spec: a title, who leaves and when, one bordered block
 * per pairing (figure, unit, start, last contact, contacts this year, open 意见办理 items, notes),
 * then lines for 移交人, 接收人 and 统战部 to sign and date. A4 portrait, one page wide, centred.
 */
import { BODY_FONT, TITLE_FONT } from '../forms/formSheet';
import { formatChineseDate, type LocalDate } from '../localDate';
import {
  type CellRange,
  type CellSpec,
  type CellStyle,
  portraitSheet,
  range,
  type SheetSpec,
  text,
} from '../sheet/sheetSpec';
import { rowHeightFor, splitToHeight } from '../sheet/textLayout';
import type { HandoverEntry, HandoverForm } from './handoverForm';

/** Column widths in characters: label, value, label, value — about 16 cm, inside A4's printable width. */
const WIDTHS = [14, 30, 12, 26] as const;
const BODY_SIZE = 12;
/** A little under Excel's tallest row (409 points); a longer text continues in the next row of its box. */
const ROW_LIMIT = 400;
const LINE = { top: 'thin', left: 'thin', bottom: 'thin', right: 'thin' } as const;
const body = { name: BODY_FONT, size: BODY_SIZE };

const STYLES: Record<string, CellStyle> = {
  title: { font: { name: TITLE_FONT, size: 20 }, align: { horizontal: 'center', vertical: 'middle' } },
  line: { font: body, align: { horizontal: 'left', vertical: 'middle', wrap: true } },
  heading: { font: { ...body, bold: true }, fill: 'F2F2F2', border: LINE, align: { vertical: 'middle', wrap: true } },
  label: { font: body, border: LINE, align: { horizontal: 'center', vertical: 'middle', wrap: true } },
  value: { font: body, border: LINE, align: { horizontal: 'left', vertical: 'middle', wrap: true } },
  text: { font: body, border: LINE, align: { horizontal: 'left', vertical: 'top', wrap: true } },
  textFirst: {
    font: body,
    border: { top: 'thin', left: 'thin', right: 'thin' },
    align: { vertical: 'top', wrap: true },
  },
  textMiddle: { font: body, border: { left: 'thin', right: 'thin' }, align: { vertical: 'top', wrap: true } },
  textLast: {
    font: body,
    border: { bottom: 'thin', left: 'thin', right: 'thin' },
    align: { vertical: 'top', wrap: true },
  },
  sign: { font: body, align: { horizontal: 'left', vertical: 'bottom' } },
  signLine: { font: body, border: { bottom: 'thin' }, align: { vertical: 'bottom' } },
};

/** The sheet being laid out, row by row. */
class Layout {
  readonly cells: CellSpec[] = [];
  readonly merges: CellRange[] = [];
  readonly rows: Array<{ index: number; height: number }> = [];
  row = 1;

  /** A (merged) box with one style on every cell, so its border is drawn all round. */
  box(area: CellRange, content: string, style: string): void {
    for (let row = area.top; row <= area.bottom; row++)
      for (let column = area.left; column <= area.right; column++) {
        const anchor = row === area.top && column === area.left && content !== '';
        this.cells.push({ row, column, style, ...(anchor ? { content: text(content) } : {}) });
      }
    if (area.top !== area.bottom || area.left !== area.right) this.merges.push(area);
  }

  /** One row of one text over all four columns. */
  wide(content: string, style: string, height?: number): void {
    const fit = rowHeightFor(content, WIDTHS, BODY_SIZE, 22);
    this.rows.push({ index: this.row, height: Math.max(fit, height ?? 0) });
    this.box(range(this.row, 1, this.row, 4), content, style);
    this.row += 1;
  }

  /** Two label–value pairs side by side. */
  pairs(left: [string, string], right: [string, string]): void {
    const height = Math.max(
      rowHeightFor(left[1], [WIDTHS[1]], BODY_SIZE, 24),
      rowHeightFor(right[1], [WIDTHS[3]], BODY_SIZE),
      rowHeightFor(left[0], [WIDTHS[0]], BODY_SIZE),
    );
    this.rows.push({ index: this.row, height });
    [left[0], left[1], right[0], right[1]].forEach((content, index) =>
      this.box(range(this.row, index + 1), content, index % 2 === 0 ? 'label' : 'value'),
    );
    this.row += 1;
  }

  /** A label beside lines of text over three columns; a text too tall for a row continues below it. */
  section(label: string, lines: readonly string[]): void {
    const widths = WIDTHS.slice(1);
    const pieces = lines.flatMap((line) => splitToHeight(line, widths, BODY_SIZE, ROW_LIMIT));
    const rows: string[] = [];
    for (const piece of pieces.length > 0 ? pieces : ['无']) {
      const joined = rows.length > 0 ? `${rows[rows.length - 1]}\n${piece}` : piece;
      if (rows.length > 0 && rowHeightFor(joined, widths, BODY_SIZE) <= ROW_LIMIT) rows[rows.length - 1] = joined;
      else rows.push(piece);
    }
    const top = this.row;
    rows.forEach((content, index) => {
      const last = index === rows.length - 1;
      this.rows.push({ index: this.row, height: rowHeightFor(content, widths, BODY_SIZE, 30) });
      const style = rows.length === 1 ? 'text' : index === 0 ? 'textFirst' : last ? 'textLast' : 'textMiddle';
      this.box(range(this.row, 2, this.row, 4), content, style);
      this.row += 1;
    });
    this.box(range(top, 1, this.row - 1, 1), label, 'label');
  }
}

const day = (date: LocalDate | null | undefined): string => (date ? formatChineseDate(date) : '无');

function entryBlock(layout: Layout, entry: HandoverEntry, index: number, academicYear: string): void {
  const { pairing, successor } = entry;
  layout.wide(
    `${index + 1}. 结对 ${pairing.id}（${pairing.level}）：${pairing.leader.name} — ${pairing.figure.name}`,
    'heading',
    26,
  );
  layout.pairs(['联谊对象', pairing.figure.name], ['所在单位', pairing.unit]);
  layout.pairs(['结对开始', day(pairing.start)], ['最近联系', day(entry.lastContact)]);
  layout.pairs(
    ['本学年联系', `${entry.contactsThisYear} 次（${academicYear}）`],
    ['接任干部', successor ? `${successor.leader.name}（${successor.pairingId}）` : '—（结束结对）'],
  );
  layout.section(
    '未办结的\n意见办理',
    entry.openItems.map(
      (item) =>
        `${item.itemId}：${item.content}（承办部门：${item.department || '未定'}；期限：${item.due ? formatChineseDate(item.due) : '未定'}）`,
    ),
  );
  layout.section('备 注', entry.notes);
}

/** The 交接单 as a sheet spec named `name` (the caller makes it unique in the workbook). */
export function handoverSheet(form: HandoverForm, name: string): SheetSpec {
  const layout = new Layout();
  layout.wide(`${form.schoolName}联谊交友工作交接单`, 'title', 40);
  layout.wide(`交接日期：${formatChineseDate(form.on)}\u3000\u3000交接原因：${form.reason}`, 'line', 26);
  const { leaving } = form;
  const who = [leaving.unit, leaving.post].filter((part) => part !== '').join(' ');
  layout.pairs(
    [leaving.role === 'leader' ? '离任干部' : '联谊对象', who ? `${leaving.name}（${who}）` : leaving.name],
    ['状 态', leaving.status],
  );
  layout.wide(`交接的结对：${form.entries.length === 0 ? '无' : `${form.entries.length} 个`}`, 'line', 26);
  form.entries.forEach((entry, index) => entryBlock(layout, entry, index, form.academicYear));
  layout.row += 1;
  for (const role of ['移交人（签字）：', '接收人（签字）：', '统战部（盖章）：']) {
    layout.rows.push({ index: layout.row, height: 36 });
    layout.box(range(layout.row, 1), role, 'sign');
    layout.box(range(layout.row, 2), '', 'signLine');
    layout.box(range(layout.row, 3), '日期：', 'sign');
    layout.box(range(layout.row, 4), '\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日', 'sign');
    layout.row += 1;
  }
  const lastRow = layout.row - 1;
  return portraitSheet({
    name,
    styles: STYLES,
    cells: layout.cells,
    merges: layout.merges,
    rows: layout.rows,
    widths: WIDTHS,
    lastRow,
  });
}

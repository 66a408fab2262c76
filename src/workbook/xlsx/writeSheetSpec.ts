/** A sheet spec written through exceljs into a new workbook, as the Office.js adapter writes it into an open one. */
import ExcelJS from 'exceljs';
import { localDateToSerial } from '../../core/localDate';
import { rangeA1 } from '../../core/sheet/a1Range';
import { hyperlinkFormula } from '../../core/sheet/hyperlinkFormula';
import type { CellContent, CellStyle, Highlight, PageSetup, SheetSpec } from '../../core/sheet/sheetSpec';

/** CJK fonts are declared with the GB2312 charset so Excel picks a Chinese fallback (宋体) when missing. */
const GB2312_CHARSET = 134;
const A4 = 9;

const argb = (color: string): string => `FF${color.toUpperCase()}`;

/** Links are HYPERLINK formulas, shared with the Office.js adapter (src/core/sheet/hyperlinkFormula.ts). */
export { hyperlinkFormula };

function cellValue(content: CellContent): ExcelJS.CellValue {
  switch (content.kind) {
    case 'text':
      return content.text;
    case 'number':
      return content.value;
    case 'date':
      return localDateToSerial(content.date);
    case 'link':
      return { formula: hyperlinkFormula(content.text, content.to), result: content.text } as ExcelJS.CellFormulaValue;
  }
}

function font(style: CellStyle['font']): Partial<ExcelJS.Font> | undefined {
  if (!style) return undefined;
  const isCjk = style.name !== undefined && /[^ -~]/.test(style.name);
  return {
    ...(style.name !== undefined ? { name: style.name } : {}),
    ...(isCjk ? { charset: GB2312_CHARSET } : {}),
    ...(style.size !== undefined ? { size: style.size } : {}),
    ...(style.bold ? { bold: true } : {}),
    ...(style.underline ? { underline: true } : {}),
    ...(style.color !== undefined ? { color: { argb: argb(style.color) } } : {}),
  };
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle | undefined, content: CellContent | undefined): void {
  const numberFormat =
    style?.numberFormat ??
    (content?.kind === 'text'
      ? '@'
      : content?.kind === 'date'
        ? (content.format ?? 'yyyy-mm-dd')
        : content?.kind === 'number'
          ? content.format
          : undefined);
  if (numberFormat !== undefined) cell.numFmt = numberFormat;
  if (!style) return;
  const cellFont = font(style.font);
  if (cellFont) cell.font = cellFont;
  if (style.fill !== undefined) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.border) {
    const side = (weight: 'thin' | 'medium' | undefined) =>
      weight ? { style: weight, color: { argb: 'FF000000' } } : undefined;
    cell.border = {
      top: side(style.border.top),
      left: side(style.border.left),
      bottom: side(style.border.bottom),
      right: side(style.border.right),
    } as Partial<ExcelJS.Borders>;
  }
  if (style.align)
    cell.alignment = { horizontal: style.align.horizontal, vertical: style.align.vertical, wrapText: style.align.wrap };
}

function pageSetup(page: PageSetup): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: A4,
    orientation: page.orientation,
    fitToPage: true,
    fitToWidth: page.fitToWidth,
    fitToHeight: page.fitToHeight,
    horizontalCentered: page.centerHorizontally,
    margins: page.margins,
    printArea: rangeA1(page.printArea),
    ...(page.printTitleRows ? { printTitlesRow: `${page.printTitleRows.first}:${page.printTitleRows.last}` } : {}),
  };
}

function highlightRule(highlight: Highlight): ExcelJS.ConditionalFormattingOptions {
  const ref = rangeA1(highlight.range);
  if (highlight.kind === 'dataBar') {
    return {
      ref,
      rules: [
        {
          type: 'dataBar',
          priority: 1,
          cfvo: [
            { type: 'num', value: highlight.min },
            { type: 'num', value: highlight.max },
          ],
          color: { argb: argb(highlight.color) },
          gradient: false,
        } as unknown as ExcelJS.ConditionalFormattingRule,
      ],
    };
  }
  const literal = `"${highlight.value.replace(/"/g, '""')}"`;
  return {
    ref,
    rules: [
      {
        type: 'cellIs',
        operator: 'equal',
        priority: 1,
        formulae: [literal],
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(highlight.fill) } },
          ...(highlight.fontColor ? { font: { color: { argb: argb(highlight.fontColor) } } } : {}),
        },
      },
    ],
  };
}

/** Adds one sheet to an exceljs workbook exactly as the spec describes it. */
export function addSheetSpec(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(spec.name, {
    ...(spec.tabColor ? { properties: { tabColor: { argb: argb(spec.tabColor) } } } : {}),
    views: [
      spec.freeze ? { state: 'frozen', xSplit: spec.freeze.columns, ySplit: spec.freeze.rows } : { state: 'normal' },
    ],
    ...(spec.page ? { pageSetup: pageSetup(spec.page) } : {}),
  });
  for (const column of spec.columns) sheet.getColumn(column.index).width = column.width;
  for (const row of spec.rows) sheet.getRow(row.index).height = row.height;
  for (const cellSpec of spec.cells) {
    const cell = sheet.getCell(cellSpec.row, cellSpec.column);
    if (cellSpec.content) cell.value = cellValue(cellSpec.content);
    applyStyle(cell, cellSpec.style === undefined ? undefined : spec.styles[cellSpec.style], cellSpec.content);
  }
  for (const merge of spec.merges) sheet.mergeCells(merge.top, merge.left, merge.bottom, merge.right);
  for (const validation of spec.validations) {
    const host = sheet as unknown as { dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void } };
    host.dataValidations.add(rangeA1(validation.range), {
      type: 'list',
      allowBlank: true,
      formulae: [`"${validation.values.join(',')}"`],
      showErrorMessage: true,
      errorStyle: validation.strict ? 'stop' : 'information',
    });
  }
  for (const highlight of spec.highlights) sheet.addConditionalFormatting(highlightRule(highlight));
  return sheet;
}

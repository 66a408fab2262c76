/**
 * How the parts of a sheet spec other than its values become Office.js property sets. Each
 * function only queues commands; beside each, what it adds to the request (see writeBatch.ts).
 */
import { rangeA1 } from '../../core/sheet/a1Range';
import type { BorderWeight, CellStyle, Highlight, ListValidation, PageSetup } from '../../core/sheet/sheetSpec';
import { type BorderEdge, type OfficeRange, type OfficeRangeFormat, type OfficeWorksheet, rangeAt } from './officeApi';
import { jsonBytes, requestBytes, utf8Bytes } from './writeBatch';

const hex = (color: string): string => `#${color}`;
const WEIGHT: Record<BorderWeight, 'Thin' | 'Medium'> = { thin: 'Thin', medium: 'Medium' };
const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const POINTS_PER_INCH = 72;

/**
 * Column widths in the spec are Excel's width unit (characters of the default font's digit, as the
 * .xlsx adapter writes them into `<col width>`); Office.js takes points. Excel draws a width w as
 * trunc((256·w + trunc(128/7)) / 256 · 7) pixels with the 7-pixel digit of the default 11-point
 * font, and a pixel is 0.75 point at 96 dpi, so both adapters give the same widths on screen.
 */
export function columnWidthPoints(width: number): number {
  const pixels = Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}

function border(format: OfficeRangeFormat, edge: BorderEdge, weight: BorderWeight | undefined): void {
  if (!weight) return;
  const line = format.borders.getItem(edge);
  line.style = 'Continuous';
  line.weight = WEIGHT[weight];
  line.color = '#000000';
}

const heavier = (a: BorderWeight | undefined, b: BorderWeight | undefined): BorderWeight | undefined =>
  a === 'medium' || b === 'medium' ? 'medium' : (a ?? b);

/**
 * Applies a named style to a rectangle. The spec gives each cell its own four edges; on a block of
 * cells the edges shared inside the block are drawn when either neighbour asks for them.
 */
export function applyStyle(range: OfficeRange, style: CellStyle, size: { rows: number; columns: number }): void {
  const { font, fill, align, border: edges } = style;
  const format = range.format;
  if (font?.name !== undefined) format.font.name = font.name;
  if (font?.size !== undefined) format.font.size = font.size;
  if (font?.bold) format.font.bold = true;
  if (font?.underline) format.font.underline = 'Single';
  if (font?.color !== undefined) format.font.color = hex(font.color);
  if (fill !== undefined) format.fill.color = hex(fill);
  if (align?.horizontal) format.horizontalAlignment = HORIZONTAL[align.horizontal];
  if (align?.vertical) format.verticalAlignment = VERTICAL[align.vertical];
  if (align?.wrap) format.wrapText = true;
  if (!edges) return;
  border(format, 'EdgeTop', edges.top);
  border(format, 'EdgeBottom', edges.bottom);
  border(format, 'EdgeLeft', edges.left);
  border(format, 'EdgeRight', edges.right);
  if (size.rows > 1) border(format, 'InsideHorizontal', heavier(edges.top, edges.bottom));
  if (size.columns > 1) border(format, 'InsideVertical', heavier(edges.left, edges.right));
}

/** What applyStyle queues on a rectangle: the range, its format and the objects below it, one set per property, three per border line. */
export function styleBytes(style: CellStyle, address: string, size: { rows: number; columns: number }): number {
  const font = Object.keys(style.font ?? {}).length;
  const align = Object.keys(style.align ?? {}).length;
  const fill = style.fill !== undefined ? 1 : 0;
  const edges = style.border ? Object.values(style.border).filter(Boolean).length : 0;
  const lines = edges > 0 ? edges + (size.rows > 1 ? 1 : 0) + (size.columns > 1 ? 1 : 0) : 0;
  return requestBytes({
    ranges: 1,
    objects: 1 + (font > 0 ? 1 : 0) + fill + (lines > 0 ? 1 + lines : 0),
    actions: font + fill + align + 3 * lines,
    payload: utf8Bytes(address) + utf8Bytes(style.font?.name ?? ''),
  });
}

/** Queues a dropdown; a strict list refuses other values (Stop), a loose one only informs. */
export function applyValidation(
  sheet: OfficeWorksheet,
  validation: ListValidation,
  message?: { title: string; text: string },
): void {
  const source = validation.values.join(',');
  const target = rangeAt(sheet, rangeA1(validation.range)).dataValidation;
  target.ignoreBlanks = true;
  target.rule = { list: { inCellDropDown: true, source } };
  target.errorAlert = {
    showAlert: true,
    style: validation.strict ? 'Stop' : 'Information',
    title: message?.title ?? '',
    message: message?.text ?? '',
  };
}

/** What applyValidation queues: a range, its validation and three sets, the list and the alert's words. */
export const validationBytes = (validation: ListValidation, message?: { title: string; text: string }): number =>
  requestBytes({
    ranges: 1,
    objects: 1,
    actions: 3,
    payload:
      utf8Bytes(rangeA1(validation.range)) + jsonBytes(validation.values.join(',')) + jsonBytes(message ?? {}) + 160,
  });

/** Queues a conditional format: a data bar, or a fill where a cell equals a value. */
export function applyHighlight(sheet: OfficeWorksheet, highlight: Highlight): void {
  const range = rangeAt(sheet, rangeA1(highlight.range));
  if (highlight.kind === 'dataBar') {
    const bar = range.conditionalFormats.add('DataBar').dataBar;
    bar.lowerBoundRule = { type: 'Number', formula: String(highlight.min) };
    bar.upperBoundRule = { type: 'Number', formula: String(highlight.max) };
    bar.positiveFormat.fillColor = hex(highlight.color);
    bar.positiveFormat.gradientFill = false;
    return;
  }
  const rule = range.conditionalFormats.add('CellValue').cellValue;
  rule.format.fill.color = hex(highlight.fill);
  if (highlight.fontColor !== undefined) rule.format.font.color = hex(highlight.fontColor);
  rule.rule = { formula1: `="${highlight.value.replace(/"/g, '""')}"`, operator: 'EqualTo' };
}

/** What applyHighlight queues: a range, the new format and the objects below it, four or five sets. */
export const highlightBytes = (highlight: Highlight): number =>
  requestBytes({
    ranges: 1,
    objects: 4,
    actions: 5,
    payload: utf8Bytes(rangeA1(highlight.range)) + jsonBytes(highlight),
  });

/** What applyPage queues: the page layout, eleven sets, the print area and title rows. */
export const pageBytes = (page: PageSetup): number =>
  requestBytes({ objects: 1, actions: 13, payload: jsonBytes(page) + 80 });

/** Queues the page setup; the spec's margins are inches, Office.js takes points. */
export function applyPage(sheet: OfficeWorksheet, page: PageSetup): void {
  const layout = sheet.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  const { margins } = page;
  const points = (inches: number) => Math.round(inches * POINTS_PER_INCH * 100) / 100;
  layout.topMargin = points(margins.top);
  layout.bottomMargin = points(margins.bottom);
  layout.leftMargin = points(margins.left);
  layout.rightMargin = points(margins.right);
  layout.headerMargin = points(margins.header);
  layout.footerMargin = points(margins.footer);
  layout.centerHorizontally = page.centerHorizontally;
  // 0 pages tall is Excel's "automatic": one page wide, as many pages down as the content needs.
  layout.zoom = { horizontalFitToPages: page.fitToWidth, verticalFitToPages: page.fitToHeight };
  layout.setPrintArea(rangeA1(page.printArea));
  if (page.printTitleRows) layout.setPrintTitleRows(`$${page.printTitleRows.first}:$${page.printTitleRows.last}`);
}

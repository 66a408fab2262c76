/**
 * One cell as worksheet XML, the way the writer puts a user's value into a file: text always as an
 * inline string (never a formula, whatever it starts with, and with no change to the shared
 * strings part), numbers and booleans as values, dates as serials of the workbook's date system
 * (the caller gives a date style), error codes as errors.
 */
import type { Cell } from '../../../core/cell';
import { localDateToSerial } from '../../../core/localDate';
import { escapeXml } from './xmlText';

/**
 * Characters XML 1.0 cannot hold, written as Excel writes them (`_x0001_`); a literal `_x…_` in the
 * text has its underscore escaped the same way, so Excel and LibreOffice read it back as typed.
 */
const hex = (code: number): string => code.toString(16).toUpperCase().padStart(4, '0');

/** The characters XML 1.0 cannot hold (built from codes: the lint forbids them written in a pattern). */
const NOT_XML = new RegExp(
  `[${[
    [0, 8],
    [11, 12],
    [14, 31],
    [0xfffe, 0xffff],
  ]
    .map(([from, to]) => `\\u${hex(from as number)}-\\u${hex(to as number)}`)
    .join('')}]`,
  'g',
);

const encodeText = (text: string): string =>
  escapeXml(
    text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(NOT_XML, (char) => `_x${hex(char.charCodeAt(0))}_`),
  );

/** The inner XML of an inline string (or a shared string item) holding plain text. */
export function textItem(text: string, prefix = ''): string {
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<${prefix}t${space}>${encodeText(text)}</${prefix}t>`;
}

/** A `<c>` element at `ref` holding `cell`, with style `style` (omitted for 0). */
export function cellXml(prefix: string, ref: string, cell: Cell, style: number | undefined, date1904: boolean): string {
  const open = (type: string) =>
    `<${prefix}c r="${ref}"${style ? ` s="${style}"` : ''}${type === '' ? '' : ` t="${type}"`}>`;
  const close = `</${prefix}c>`;
  const value = (text: string) => `<${prefix}v>${text}</${prefix}v>`;
  switch (cell.kind) {
    // A formula without its result has no value to write (no use case sets one): the cell is left empty.
    case 'uncalculated':
    case 'empty':
      return `<${prefix}c r="${ref}"${style ? ` s="${style}"` : ''}/>`;
    case 'text':
      return `${open('inlineStr')}<${prefix}is>${textItem(cell.text, prefix)}</${prefix}is>${close}`;
    case 'number':
      return `${open('')}${value(String(cell.value))}${close}`;
    case 'date':
      return `${open('')}${value(String(localDateToSerial(cell.date, date1904)))}${close}`;
    case 'boolean':
      return `${open('b')}${value(cell.value ? '1' : '0')}${close}`;
    case 'error':
      return `${open('e')}${value(escapeXml(cell.code))}${close}`;
  }
}

/**
 * A .csv file exported from an online form (钉钉, WPS 表单, 问卷星 …) as cells the core reads: its
 * encoding told from its bytes, never guessed silently — a byte-order mark (UTF-8, UTF-16), else
 * UTF-8 if the bytes are valid UTF-8, else GB18030 (GBK's superset, what Chinese Windows and WPS
 * write) if they are valid GB18030, else a refusal that names the encodings tried. Every field is
 * a text cell, as typed: the reader's rules read dates and lists from text.
 */
import { textCell } from '../../core/cell';
import { type Failure, failure } from '../../core/failures';
import type { RawWorkbook } from '../../core/rawWorkbook';
import { err, ok, type Result } from '../../core/result';
import { parseCsv } from './parseCsv';

/** The encodings tried, in order, on a file without a byte-order mark. */
export const CSV_ENCODINGS = ['UTF-8', 'GB18030'] as const;

/** The text of a CSV file and the encoding it was read in, or why it cannot be read. */
export function decodeCsv(bytes: Uint8Array): Result<{ readonly text: string; readonly encoding: string }, Failure> {
  const boms: ReadonlyArray<readonly [readonly number[], string, string]> = [
    [[0xef, 0xbb, 0xbf], 'utf-8', 'UTF-8'],
    [[0xff, 0xfe], 'utf-16le', 'UTF-16'],
    [[0xfe, 0xff], 'utf-16be', 'UTF-16'],
  ];
  for (const [bom, label, name] of boms)
    if (bom.every((byte, index) => bytes[index] === byte))
      return decoded(bytes.subarray(bom.length), label, name) ?? err(failure('csvEncoding', { tried: [name] }));
  return (
    decoded(bytes, 'utf-8', 'UTF-8') ??
    decoded(bytes, 'gb18030', 'GB18030') ??
    err(failure('csvEncoding', { tried: [...CSV_ENCODINGS] }))
  );
}

function decoded(bytes: Uint8Array, label: string, name: string) {
  try {
    return ok({ text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes), encoding: name });
  } catch {
    return undefined;
  }
}

/**
 * The CSV file as a workbook of one sheet named `sheet` (联系记录: what a form collects), each
 * field a text cell, with the encoding it was read in (said when the header is not found).
 */
export function readCsvCells(
  bytes: Uint8Array,
  sheet: string,
): Result<{ readonly workbook: RawWorkbook; readonly encoding: string }, Failure> {
  const text = decodeCsv(bytes);
  if (!text.ok) return text;
  const parsed = parseCsv(text.value.text);
  if (!parsed.ok) return err(failure('csvUnclosedQuote', { record: parsed.unclosedAt }));
  const rows = parsed.rows.map((fields) => fields.map(textCell));
  return ok({ workbook: { sheets: [{ name: sheet, rows }], date1904: false }, encoding: text.value.encoding });
}

/**
 * CSV text as rows of fields (RFC 4180 as online forms and spreadsheets write it): fields quoted
 * or not, "" for a quote inside quotes, line breaks inside quotes, CRLF, LF or CR between records.
 * The separator is the header line's: a comma, or a tab (Excel's "Unicode text"), or a semicolon.
 */

/** The records, or the 1-based record where a quoted field is never closed. */
export type CsvParse =
  { readonly ok: true; readonly rows: string[][] } | { readonly ok: false; readonly unclosedAt: number };

/** The separator the first line uses most: comma, tab or semicolon (comma when none). */
export function csvSeparator(text: string): string {
  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  const counts = [',', '\t', ';'].map((separator) => [separator, firstLine.split(separator).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

/**
 * Splits CSV text into records of fields; a trailing line break ends the last record, it does not
 * start an empty one.
 * @example parseCsv('a,"b ""c"""\n1,2') // { ok: true, rows: [['a', 'b "c"'], ['1', '2']] }
 */
export function parseCsv(text: string, separator = csvSeparator(text)): CsvParse {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteRecord = 0;
  let index = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (index < text.length) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      index += 1;
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      quoteRecord = rows.length + 1;
    } else if (char === separator) endField();
    else if (char === '\r' || char === '\n') {
      endRecord();
      if (char === '\r' && text[index + 1] === '\n') index += 1;
    } else field += char;
    index += 1;
  }
  if (quoted) return { ok: false, unclosedAt: quoteRecord };
  if (field !== '' || row.length > 0) endRecord();
  return { ok: true, rows };
}

/** Excel's A1 addresses (column letters, cell names) from 1-based row and column numbers. */

/** 1-based column number → Excel letters (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** 1-based row and column → 'E12'. */
export const a1 = (row: number, column: number): string => `${columnLetters(column)}${row}`;

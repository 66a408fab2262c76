/** The file names the commands take: a ledger or a new file they write is an .xlsx. */

/** Whether a file name ends in .xlsx (any case). */
export const isXlsxName = (file: string): boolean => /\.xlsx$/i.test(file);

/**
 * The one message for an output option (`--out`, `--report`) naming a file that is not an .xlsx,
 * or undefined when the option is absent or right.
 */
export function notXlsxOption(option: string, file: string | undefined): string | undefined {
  return file === undefined || isXlsxName(file) ? undefined : `--${option} 的文件名应以 .xlsx 结尾：${file}`;
}

/**
 * Reads the cells of an .xlsx file (Excel's, WPS's, LibreOffice's, or anything that writes Office
 * Open XML, Transitional or Strict) into what the core reads, in one pass over the package: the zip
 * directory, the workbook's parts, shared strings and date styles, then each worksheet a piece at a
 * time. The command line and the browser preview use it; exceljs is loaded only to write a new
 * workbook. A file that is not an .xlsx ledger is refused with the reason, never a crash.
 */
import { type Failure, failure } from '../../core/failures';
import type { RawWorkbook } from '../../core/rawWorkbook';
import { err, ok, type Result } from '../../core/result';
import { dateStyles } from './package/dateStyles';
import { DamagedEntryError, entryText } from './package/entryText';
import { sharedStrings } from './package/sharedStrings';
import type { RawInflate } from './package/rawInflate';
import { sheetCells } from './package/sheetCells';
import { workbookParts } from './package/workbookParts';
import { zipDirectory } from './package/zipDirectory';

/** Why a file's bytes are not a workbook this reader can open. */
export type WorkbookReadFailure = Failure<'fileEmpty' | 'fileEncrypted' | 'notXlsx' | 'fileUnreadable'>;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: an encrypted .xlsx or an old binary .xls. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((byte, index) => bytes[index] === byte);

/** Tells what kind of file the bytes are before reading them, so the message can be precise. */
export function sniffXlsx(bytes: Uint8Array): WorkbookReadFailure | undefined {
  if (bytes.length === 0) return failure('fileEmpty', {});
  if (startsWith(bytes, OLE_MAGIC)) return failure('fileEncrypted', {});
  if (!startsWith(bytes, ZIP_MAGIC)) return failure('notXlsx', {});
  return undefined;
}

/** How a host reads: its inflater (fflate when none is given; see package/rawInflate.ts). */
export interface XlsxReadOptions {
  readonly inflate?: RawInflate;
  /** Told before each worksheet is read (the preview shows it while a big file opens). */
  readonly onSheet?: (index: number, total: number, name: string) => void;
}

/** Every worksheet's cells, or why the file cannot be read. */
export async function readXlsxCells(
  bytes: Uint8Array,
  options: XlsxReadOptions = {},
): Promise<Result<RawWorkbook, WorkbookReadFailure>> {
  const sniffed = sniffXlsx(bytes);
  if (sniffed) return err(sniffed);
  const zip = zipDirectory(bytes);
  if (!zip.ok)
    return err(
      zip.why === 'notZip'
        ? failure('notXlsx', {})
        : failure('fileUnreadable', { detail: '压缩包目录不完整，文件可能只复制了一部分' }),
    );
  try {
    const parts = workbookParts((path) => {
      const found = zip.entries.get(path);
      return found && entryText(bytes, found);
    });
    if (!parts) return err(failure('notXlsx', {}));
    const entry = (path: string | undefined) => (path === undefined ? undefined : zip.entries.get(path));
    const { inflate } = options;
    const context = {
      strings: await sharedStrings(bytes, entry(parts.sharedStrings), inflate),
      dateStyles: dateStyles(bytes, entry(parts.styles)),
      date1904: parts.date1904,
      inflate,
    };
    const sheets = [];
    // One sheet after the other: only one sheet's pieces are in memory at a time.
    for (const sheet of parts.sheets) {
      options.onSheet?.(sheets.length, parts.sheets.length, sheet.name);
      const part = entry(sheet.path);
      if (!part) throw new DamagedEntryError(sheet.path, '缺少这个工作表的内容');
      sheets.push(await sheetCells(sheet.name, bytes, part, context));
    }
    return ok({ sheets, date1904: parts.date1904 });
  } catch (cause) {
    // Whatever a damaged or unusual package makes fail is said as such, never thrown at the user.
    return err(failure('fileUnreadable', { detail: unreadableDetail(cause) }));
  }
}

/** Why the package could not be read, in words (the inflater's and V8's own messages are English). */
function unreadableDetail(cause: unknown): string {
  if (cause instanceof DamagedEntryError) return `其中的 ${cause.entry} 已损坏`;
  // "Invalid string length", "Array buffer allocation failed": a part larger than a string or buffer can be.
  if (cause instanceof RangeError) return '其中的内容太大，超出了能读取的范围';
  return '文件的结构无法识别';
}

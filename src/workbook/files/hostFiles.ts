/**
 * The pane's file operations for 分发 and 汇总 (src/app/hostFiles.ts): returned files read by the
 * product's own readers, unit workbooks written through exceljs — fetched only when the first is
 * written, as in the preview's downloads — and the .zip by the package writer's zip code, so no
 * archive library is added. This module itself is loaded only when 分发 or 汇总 starts.
 */
import type { HostFiles } from '../../app/hostFiles';
import { writeZip } from '../xlsx/package/zipWriter';
import { readReturnedFile } from './readReturnedFile';

/** The implementation both pane hosts (Excel and the preview) use. */
export const hostFiles: HostFiles = {
  readReturned: (file) => readReturnedFile(file.name, file.bytes),
  async newWorkbook(sheets) {
    // exceljs (about 1 MB) in its own chunk, fetched with the first unit workbook.
    const { newWorkbookBytes } = await import(/* webpackChunkName: "newWorkbook" */ '../xlsx/newWorkbook');
    return newWorkbookBytes(sheets);
  },
  zip: (files) => writeZip(files.map(({ name, bytes }) => ({ name, content: bytes }))),
};

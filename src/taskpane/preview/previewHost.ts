/**
 * The browser preview's host: an .xlsx the user opened, its cells in memory behind the port, and
 * the same use cases as Excel and the command line. What they write (the report, the 登记表)
 * stays in that copy and is offered as a new workbook to download. The user's file is never
 * written and nothing is sent anywhere.
 */
import { type Clock, fixedDayClock } from '../../app/clock';
import { FORMS_RECORD } from '../../app/renderFormSheets';
import { createLedgerHost, type Download, type LedgerHost } from '../../app/ledgerHost';
import type { WorkbookSession } from '../../app/session';
import { type Failure, failure, unexpectedFailure } from '../../core/failures';
import { FORM_SHEET_PREFIX } from '../../core/forms/renderForms';
import type { LocalDate } from '../../core/localDate';
import type { RawWorkbook } from '../../core/rawWorkbook';
import { REPORT_SHEET } from '../../core/report/coverageReport';
import { err, ok, type Result } from '../../core/result';
import { createMemoryWorkbook } from '../../workbook/memory/memoryWorkbook';
import { newSheetName } from '../../workbook/port';
import { readXlsxCells } from '../../workbook/xlsx/readXlsxCells';

/** Where the preview runs: the opened file's name and the day it works on. */
export interface PreviewOptions {
  /** The opened file's name: the report's links open the ledger beside it. */
  readonly fileName?: string;
  /** The day the check runs on (the browser's date unless a demo or test fixes it). */
  readonly today: LocalDate;
}

/** Hands the thread back to the browser so the pane repaints between pieces of long work. */
const yieldToBrowser = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A host on the file's bytes, or on an empty workbook when there are none (then only 新建 makes sense). */
export async function createPreviewHost(
  bytes: Uint8Array | undefined,
  options: PreviewOptions,
): Promise<Result<LedgerHost, Failure>> {
  let cells: RawWorkbook = { sheets: [], date1904: false };
  if (bytes) {
    const read = await readXlsxCells(bytes);
    if (!read.ok) return read;
    cells = read.value;
  }
  const workbook = createMemoryWorkbook(cells, { pause: yieldToBrowser });
  const session: WorkbookSession = async (work) => {
    try {
      return await work(workbook);
    } catch (cause) {
      return err(unexpectedFailure(cause));
    }
  };
  const clock: Clock = fixedDayClock(options.today);
  const host = createLedgerHost('preview', session, {
    clock,
    inPane: true,
    ...(options.fileName !== undefined ? { ledgerFile: options.fileName } : {}),
  });

  // The semester each download was made for, named in its file name.
  const semesters: { report?: string; forms?: string } = {};

  /** The last report, or the last forms, as a new workbook. */
  async function download(what: 'report' | 'forms'): Promise<Result<Download, Failure>> {
    const read = await workbook.read({ records: [FORMS_RECORD] });
    const wanted = new Set(what === 'report' ? [REPORT_SHEET] : (read.records[FORMS_RECORD] ?? []));
    const sheets = workbook.addedSheets().filter((sheet) => wanted.has(newSheetName(sheet)));
    const semester = semesters[what];
    if (sheets.length === 0 || semester === undefined) return err(failure('nothingToDownload', { what }));
    // exceljs (about 1 MB) is fetched only now, to write the new workbook.
    const { newWorkbookBytes } = await import(/* webpackChunkName: "newWorkbook" */ '../../workbook/xlsx/newWorkbook');
    return ok({
      fileName: `${what === 'report' ? REPORT_SHEET : FORM_SHEET_PREFIX}-${semester}.xlsx`,
      bytes: await newWorkbookBytes(sheets),
    });
  }

  return ok({
    ...host,
    async check(request) {
      const checked = await host.check(request);
      if (checked.ok) semesters.report = checked.value.semester.id;
      return checked;
    },
    async renderForms(request, progress, signal) {
      const rendered = await host.renderForms(request, progress, signal);
      if (rendered.ok) semesters.forms = rendered.value.semesterId;
      return rendered;
    },
    download,
  });
}

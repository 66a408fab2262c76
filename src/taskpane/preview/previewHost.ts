/**
 * The browser preview's host: an .xlsx the user opened, its cells in memory behind the port, and
 * the same use cases as Excel and the command line. What the user changes in the ledger (填报,
 * 新建, 升级, 汇总, 交接) stays in that copy as unsaved changes until 下载更新后的台账 writes them into a copy of
 * the file under a new name; the report and the 登记表 are offered as new workbooks of their own.
 * The user's file is never written and nothing is sent anywhere.
 */
import { DEPARTMENTS_SHEET, REVIEW_SHEET } from '../../core/review/reviewSheets';
import { browserInflate } from './browserInflate';
import { type Clock, fixedDayClock } from '../../app/clock';
import { FORMS_RECORD } from '../../app/renderFormSheets';
import { createLedgerHost, type Download, type DownloadKind, type LedgerHost } from '../../app/ledgerHost';
import type { AppEnv, WorkbookSession } from '../../app/session';
import { type Failure, failure, unexpectedFailure } from '../../core/failures';
import { FORM_SHEET_PREFIX } from '../../core/forms/renderForms';
import type { LocalDate } from '../../core/localDate';
import type { RawWorkbook } from '../../core/rawWorkbook';
import { REPORT_SHEET } from '../../core/report/coverageReport';
import { err, ok, type Result } from '../../core/result';
import { createMemoryWorkbook } from '../../workbook/memory/memoryWorkbook';
import { newSheetName, type WorkbookPort } from '../../workbook/port';
import { loadHostFiles } from '../../workbook/files/loadHostFiles';
import { readXlsxCells } from '../../workbook/xlsx/readXlsxCells';
import { trackUnsaved } from './unsavedChanges';
import { updatedLedgerBytes, updatedLedgerName } from './updatedLedger';

/** Where the preview runs: the opened file's name and the day it works on. */
export interface PreviewOptions {
  /** The opened file's name: the report's links open the ledger beside it; the updated ledger is named after it. */
  readonly fileName?: string;
  /** The day the check runs on (the browser's date unless a demo or test fixes it). */
  readonly today: LocalDate;
  /** With no file: start on the fictional sample, whose making is not a change of the user's. */
  readonly sample?: boolean;
  /** Told how far the opening got: a big ledger takes seconds to read. */
  readonly progress?: (step: OpenStep) => void;
}

/** How far opening a file got: the preview's code loading, then each worksheet read. */
export type OpenStep =
  | { readonly stage: 'loading' }
  | { readonly stage: 'sheet'; readonly done: number; readonly total: number; readonly sheet: string };

/** What a report or forms made from changes not downloaded yet add to their file name. */
export const UNSAVED_MARK = '含未保存的更改';

/** Hands the thread back to the browser so the pane repaints between pieces of long work. */
const yieldToBrowser = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A host on the file's bytes, or on an empty workbook when there are none (then only 新建 makes sense). */
export async function createPreviewHost(
  bytes: Uint8Array | undefined,
  options: PreviewOptions,
): Promise<Result<LedgerHost, Failure>> {
  let cells: RawWorkbook = { sheets: [], date1904: false };
  if (bytes) {
    const onSheet = (done: number, total: number, sheet: string) =>
      options.progress?.({ stage: 'sheet', done, total, sheet });
    const read = await readXlsxCells(bytes, { inflate: browserInflate(), onSheet });
    if (!read.ok) return read;
    cells = read.value;
  }
  const workbook = createMemoryWorkbook(cells, { pause: yieldToBrowser });
  const unsaved = trackUnsaved(workbook.changes);
  const sessionOn =
    (port: WorkbookPort): WorkbookSession =>
    async (work) => {
      try {
        return await work(port);
      } catch (cause) {
        return err(unexpectedFailure(cause));
      } finally {
        unsaved.refresh();
      }
    };
  // The check and the forms write through a port that marks the sheets they add as theirs, not the ledger's.
  const generatingPort: WorkbookPort = {
    ...workbook,
    replaceSheets: (replacement, replaceOptions) => {
      unsaved.generating(replacement.add);
      return workbook.replaceSheets(replacement, replaceOptions);
    },
  };
  const clock: Clock = fixedDayClock(options.today);
  const env: AppEnv = {
    clock,
    inPane: true,
    ...(options.fileName !== undefined ? { ledgerFile: options.fileName } : {}),
  };
  const host = createLedgerHost('preview', sessionOn(workbook), env, loadHostFiles);
  const generating = createLedgerHost('preview', sessionOn(generatingPort), env, loadHostFiles);

  if (!bytes && options.sample) {
    const created = await host.createLedger({ sample: true });
    if (!created.ok) return created;
    unsaved.saved(unsaved.ledgerChanges().length);
  }

  // The semester each download was made for, named in its file name.
  const semesters: { report?: string; forms?: string; review?: string } = {};

  /** The opened file with the ledger's changes, under a new name; those changes then count as saved. */
  async function downloadLedger(): Promise<Result<Download, Failure>> {
    const changes = unsaved.ledgerChanges();
    const written = await updatedLedgerBytes(bytes, changes);
    if (!written.ok) return written;
    const fileName = updatedLedgerName(options.fileName, options.today);
    unsaved.saved(changes.length, fileName);
    return ok({ fileName, bytes: written.value });
  }

  /** The last report, or the last forms, as a new workbook; the name says when they hold unsaved changes. */
  async function download(what: DownloadKind): Promise<Result<Download, Failure>> {
    if (what === 'ledger') return downloadLedger();
    const read = await workbook.read({ records: [FORMS_RECORD] });
    const wanted = new Set(
      what === 'report'
        ? [REPORT_SHEET]
        : what === 'review'
          ? [REVIEW_SHEET, DEPARTMENTS_SHEET]
          : (read.records[FORMS_RECORD] ?? []),
    );
    const sheets = workbook.addedSheets().filter((sheet) => wanted.has(newSheetName(sheet)));
    const semester = semesters[what];
    if (sheets.length === 0 || semester === undefined) return err(failure('nothingToDownload', { what }));
    const mark = unsaved.current()[what] ? `-${UNSAVED_MARK}` : '';
    // exceljs (about 1 MB) is fetched only now, to write the new workbook.
    const { newWorkbookBytes } = await import(/* webpackChunkName: "newWorkbook" */ '../../workbook/xlsx/newWorkbook');
    return ok({
      fileName: `${what === 'report' ? REPORT_SHEET : what === 'review' ? REVIEW_SHEET : FORM_SHEET_PREFIX}-${semester}${mark}.xlsx`,
      bytes: await newWorkbookBytes(sheets),
    });
  }

  return ok({
    ...host,
    async check(request) {
      const checked = await generating.check(request);
      if (checked.ok) {
        semesters.report = checked.value.semester.id;
        unsaved.generated('report');
      }
      return checked;
    },
    async review(request) {
      const reviewed = await generating.review(request);
      if (reviewed.ok) {
        semesters.review = reviewed.value.year;
        unsaved.generated('review');
      }
      return reviewed;
    },
    async renderForms(request, progress, signal) {
      const rendered = await generating.renderForms(request, progress, signal);
      if (rendered.ok) {
        semesters.forms = rendered.value.semesterId;
        unsaved.generated('forms');
      }
      return rendered;
    },
    download,
    unsaved: { current: unsaved.current, subscribe: unsaved.subscribe },
  });
}

/**
 * What a pane's host does with files besides the open workbook, for 分发 and 汇总: read a file the
 * user picked (a unit's returned copy, a form's CSV), write a new workbook (a unit's copy) and put
 * files into one .zip to download. Declared here, once, so the use cases stay free of file formats;
 * the implementation (src/workbook/files/hostFiles.ts) is loaded only when one of them is used.
 */
import type { ReturnedFile } from '../core/distribute/returnedFile';
import type { Failure } from '../core/failures';
import type { Result } from '../core/result';
import type { NewSheet } from '../workbook/port';

/** A file as the user picked it, or as it is handed to them: its name and its bytes. */
export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The file operations 分发 and 汇总 need. */
export interface HostFiles {
  /** A returned file as cells: a .csv as a form's contacts (its encoding detected), anything else as an .xlsx. */
  readReturned(file: PickedFile): Promise<Result<ReturnedFile, Failure>>;
  /** A new workbook of these sheets, as .xlsx bytes. */
  newWorkbook(sheets: readonly NewSheet[]): Promise<Uint8Array>;
  /** One .zip holding these files, in order. */
  zip(files: readonly PickedFile[]): Uint8Array;
}

/** Loads the implementation when first needed (a chunk of its own in the pane). */
export type LoadHostFiles = () => Promise<HostFiles>;

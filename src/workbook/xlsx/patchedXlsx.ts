/**
 * The user's file plus what a use case changed in its copy in memory, as the bytes of a new file
 * (SPEC §8): the changes are made at the package level, so every part they do not touch is the
 * file's own zip entry, unchanged, and the parts they touch keep every element and attribute they
 * do not change. Browser-safe (fflate, no file system); exceljs is loaded only when a generated
 * sheet is added, to lay that one sheet out.
 */
import { type Failure, failure } from '../../core/failures';
import { err, ok, type Result } from '../../core/result';
import type { WorkbookChange } from '../memory/workbookChanges';
import { editContext, PatchRefusal } from './package/editContext';
import { openPackage } from './package/packageParts';
import { addColumns } from './package/sheetColumns';
import { appendRows, setCells } from './package/sheetAppend';
import { addSheets, removeSheet } from './package/sheetGraft';
import { widenLists } from './package/sheetLists';

/** The new file's bytes, or why the changes cannot be made in this file (the original is never changed). */
export async function patchedXlsx(
  original: Uint8Array,
  changes: readonly WorkbookChange[],
): Promise<Result<Uint8Array, Failure>> {
  const parts = openPackage(original);
  if (!parts) return err(failure('notXlsx', {}));
  try {
    const context = editContext(parts);
    for (const change of changes) {
      switch (change.kind) {
        case 'rows':
          appendRows(context, change);
          break;
        case 'cells':
          setCells(context, change.edits);
          break;
        case 'columns':
          addColumns(context, change.additions);
          break;
        case 'lists':
          widenLists(context, change.lists);
          break;
        case 'sheets':
          // The replaced sheets go first: a new sheet may take the name of the one it replaces.
          for (const name of change.remove) removeSheet(context, name);
          await addSheets(context, change.add);
          break;
      }
    }
    return ok(parts.bytes());
  } catch (cause) {
    if (cause instanceof PatchRefusal) return err(cause.failure);
    return err(failure('workbookNotPatched', { detail: cause instanceof Error ? cause.message : String(cause) }));
  }
}

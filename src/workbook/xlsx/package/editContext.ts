/**
 * What every edit of a package shares: the parts, the workbook's date system, its sheets by name
 * (read afresh, since adding and removing sheets changes them) and its styles (a styles part is
 * made for a file that has none). An edit that cannot be made safely throws `PatchRefusal`, which
 * the caller turns into a failure: the user's file is never half-changed, as the new bytes are only
 * produced once every edit went through.
 */
import { type Failure, failure } from '../../../core/failures';
import { addContentType, addRelationship } from './packageLinks';
import type { PackageParts } from './packageParts';
import { MINIMAL_STYLES, styleBook, type StyleBook } from './stylesBook';
import { relationshipsPath, type SheetPart, workbookParts } from './workbookParts';

/** An edit refused, with the sentence for the user. */
export class PatchRefusal extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
    this.name = 'PatchRefusal';
  }
}

/** Refuses with a detail for the catalog's `workbookNotPatched`. */
export const refuse = (detail: string): never => {
  throw new PatchRefusal(failure('workbookNotPatched', { detail }));
};

/** The package and what the edits need to know about it. */
export interface EditContext {
  readonly parts: PackageParts;
  readonly date1904: boolean;
  /** The workbook part's path. */
  readonly workbook: string;
  /** The worksheets now, in workbook order. */
  sheets(): readonly SheetPart[];
  /** A worksheet's part by its name (case and surrounding spaces ignored, as Excel does); refuses when there is none. */
  sheetPath(name: string): string;
  /** The styles (made on first use; a file without a styles part gets one). */
  styles(): StyleBook;
}

const fold = (name: string): string => name.trim().toLowerCase();
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** The context of a package; refuses a package that holds no workbook. */
export function editContext(parts: PackageParts): EditContext {
  const first = workbookParts(parts.read) ?? refuse('文件中没有工作簿');
  let book: StyleBook | undefined;
  const sheets = () => (workbookParts(parts.read) ?? first).sheets;
  return {
    parts,
    date1904: first.date1904,
    workbook: first.workbook,
    sheets,
    sheetPath: (name) =>
      sheets().find((sheet) => fold(sheet.name) === fold(name))?.path ?? refuse(`没有「${name}」工作表`),
    styles: () => {
      if (book) return book;
      let path = workbookParts(parts.read)?.styles;
      if (path === undefined) {
        path = `${first.workbook.split('/').slice(0, -1).join('/')}/styles.xml`.replace(/^\//, '');
        const namespace = /<(?:[\w.-]+:)?workbook\b[^>]*\sxmlns(?::[\w.-]+)?="([^"]*)"/.exec(
          parts.read(first.workbook) ?? '',
        );
        parts.write(
          path,
          MINIMAL_STYLES(namespace?.[1] ?? 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'),
        );
        addRelationship(parts, first.workbook, `${relationshipBase(parts, first.workbook)}/styles`, path);
        addContentType(parts, path, STYLES_TYPE);
      }
      book = styleBook(parts, path);
      return book;
    },
  };
}

/** The relationship type URIs' base the workbook already uses (Strict or Transitional). */
export function relationshipBase(parts: PackageParts, workbook: string): string {
  const rels = parts.read(relationshipsPath(workbook));
  return rels?.includes('http://purl.oclc.org/ooxml/officeDocument/relationships')
    ? 'http://purl.oclc.org/ooxml/officeDocument/relationships'
    : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
}

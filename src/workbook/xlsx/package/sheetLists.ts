/**
 * An older ledger's dropdowns given the values this version's lists added (an upgrade): in each
 * named column, a `<dataValidation type="list">` whose list is written in it (`"a,b,c"`) and that
 * covers the column's first row below the header gets the values it lacks, after its own. One that
 * takes its list from cells (`=$Z$1:$Z$9`), or that would pass Excel's 255 characters, is left as it
 * is; so is everything else in the sheet.
 */
import { widenedList } from '../../../core/entry/upgradePlan';
import type { ListWidening } from '../../port';
import type { EditContext } from './editContext';
import { attributeOf, decodeXml, elementPattern, escapeXml } from './xmlText';

/** 'AB12' → [row 12, column 28]. */
function cellAt(reference: string): [number, number] | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(reference.toUpperCase());
  if (!match) return undefined;
  const column = [...(match[1] as string)].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  return [Number(match[2]), column];
}

/** Whether a `sqref` ('K2:K1048576 M2') covers the cell at row, column. */
function covers(sqref: string, row: number, column: number): boolean {
  return sqref.split(/\s+/).some((area) => {
    const [from = '', to = from] = area.split(':');
    const start = cellAt(from);
    const end = cellAt(to);
    if (!start || !end) return false;
    return start[0] <= row && row <= end[0] && start[1] <= column && column <= end[1];
  });
}

/** The validation element with its list widened, or the same text when it is not one to widen. */
function widened(element: string, list: ListWidening): string {
  const tag = /^<[^>]*>/.exec(element)?.[0] ?? '';
  if (attributeOf(tag, 'type') !== 'list' || !covers(attributeOf(tag, 'sqref') ?? '', list.headerRow + 1, list.column))
    return element;
  const formula = /<((?:[\w.-]+:)?formula1)>([\s\S]*?)<\/\1>/.exec(element);
  const text = formula ? decodeXml(formula[2] ?? '') : '';
  if (!formula || !/^".*"$/s.test(text)) return element;
  const values = widenedList(text.slice(1, -1).split(','), list.values);
  if (!values) return element;
  const written = `<${formula[1]}>${escapeXml(`"${values.join(',')}"`)}</${formula[1]}>`;
  return element.replace(formula[0], written);
}

/** Widens the dropdowns of the named columns, sheet by sheet; a sheet without any is not rewritten. */
export function widenLists(context: EditContext, lists: readonly ListWidening[]): void {
  for (const sheet of new Set(lists.map((list) => list.sheet))) {
    const path = context.sheetPath(sheet);
    const xml = context.parts.read(path) ?? '';
    let changed = xml;
    for (const list of lists.filter((candidate) => candidate.sheet === sheet))
      changed = changed.replace(elementPattern('dataValidation'), (element) => widened(element, list));
    if (changed !== xml) context.parts.write(path, changed);
  }
}

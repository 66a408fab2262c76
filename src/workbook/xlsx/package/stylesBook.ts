/**
 * The styles part as the writer needs it: which cell styles show dates, a date style made from
 * any other (the same font, fill, border and alignment with a yyyy-mm-dd format), and the styles
 * of a sheet built elsewhere appended with their indices remapped. Styles are only ever appended,
 * so every index the user's cells use keeps its meaning.
 */
import { BUILT_IN_DATES, isDateFormat } from './dateStyles';
import type { PackageParts } from './packageParts';
import { appendItems, listItems } from './xmlLists';
import { attributes, escapeXml, setAttribute } from './xmlText';

/** The date format of new date cells, the one new ledgers use. */
const DATE_FORMAT = 'yyyy-mm-dd';
const FIRST_CUSTOM_FORMAT = 164;
/** The styleSheet's children in schema order: a missing list goes before the first of those after it. */
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];
const after = (list: string): string[] => ORDER.slice(ORDER.indexOf(list) + 1);

/** Index maps of grafted styles: another part's cell style (or differential style) index → this part's. */
export interface GraftedStyles {
  readonly cellXfs: ReadonlyMap<number, number>;
  readonly dxfs: ReadonlyMap<number, number>;
}

/** The styles of the package being edited. */
export interface StyleBook {
  /** Whether a cell style shows numbers as dates. */
  isDate(style: number | undefined): boolean;
  /** A style that shows dates and otherwise looks like `base` (`base` itself when it shows dates). */
  dateStyle(base: number | undefined): number;
  /** Appends the cell and differential styles another styles part's cells use. */
  graft(other: string, cellXfs: readonly number[], dxfs: readonly number[]): GraftedStyles;
}

const startTag = (element: string): string => element.slice(0, element.indexOf('>') + 1);
const withStart = (element: string, tag: string): string => tag + element.slice(element.indexOf('>') + 1);
const bare = (element: string): string => element.replace(/<(\/?)[\w.-]+:/g, '<$1');

/** The styles part at `path` in `parts` (created by the caller when the file has none). */
export function styleBook(parts: PackageParts, path: string): StyleBook {
  let xml = parts.read(path) ?? '';
  const items = (list: string, item: string) => listItems(xml, 'styleSheet', list, item);
  const formats = () =>
    new Map(
      items('numFmts', 'numFmt').map((element) => {
        const attrs = attributes(startTag(element));
        return [Number(attrs.get('numFmtId')), attrs.get('formatCode') ?? ''] as const;
      }),
    );
  const append = (list: string, item: string, added: readonly string[]): number => {
    const result = appendItems(xml, 'styleSheet', list, item, added, after(list));
    xml = result.xml;
    parts.write(path, xml);
    return result.first;
  };
  /** The index of an identical item, or of the item appended. */
  const reuse = (list: string, item: string, element: string): number => {
    const found = items(list, item).findIndex((existing) => bare(existing) === bare(element));
    return found >= 0 ? found : append(list, item, [element]);
  };
  const formatId = (code: string): number => {
    const known = formats();
    for (const [id, existing] of known) if (existing === code) return id;
    const id = Math.max(FIRST_CUSTOM_FORMAT - 1, ...known.keys()) + 1;
    append('numFmts', 'numFmt', [`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`]);
    return id;
  };
  const isDate = (style: number | undefined): boolean => {
    const xf = items('cellXfs', 'xf')[style ?? 0];
    const id = Number(attributes(startTag(xf ?? '')).get('numFmtId') ?? 0);
    const code = formats().get(id);
    return code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id);
  };
  const dates = new Map<number, number>();

  return {
    isDate,
    dateStyle(base) {
      const from = base ?? 0;
      if (isDate(from)) return from;
      const known = dates.get(from);
      if (known !== undefined) return known;
      const xf = items('cellXfs', 'xf')[from] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
      const id = formatId(DATE_FORMAT);
      const tag = setAttribute(setAttribute(startTag(bare(xf)), 'numFmtId', String(id)), 'applyNumberFormat', '1');
      const style = reuse('cellXfs', 'xf', withStart(bare(xf), tag));
      dates.set(from, style);
      return style;
    },
    graft(other, cellXfs, dxfs) {
      const list = (name: string, item: string) => listItems(other, 'styleSheet', name, item).map(bare);
      const otherFormats = new Map(
        list('numFmts', 'numFmt').map((element) => {
          const attrs = attributes(startTag(element));
          return [attrs.get('numFmtId') ?? '', attrs.get('formatCode') ?? ''] as const;
        }),
      );
      const [fonts, fills, borders, xfs] = [
        list('fonts', 'font'),
        list('fills', 'fill'),
        list('borders', 'border'),
        list('cellXfs', 'xf'),
      ];
      const mapped = new Map<number, number>();
      for (const index of cellXfs) {
        const xf = xfs[index];
        if (xf === undefined || mapped.has(index)) continue;
        const attrs = attributes(startTag(xf));
        let tag = startTag(xf);
        const code = otherFormats.get(attrs.get('numFmtId') ?? '');
        if (code !== undefined) tag = setAttribute(tag, 'numFmtId', String(formatId(code)));
        const sub = (name: string, from: readonly string[], target: string, item: string) => {
          const element = from[Number(attrs.get(name) ?? 0)];
          if (element !== undefined) tag = setAttribute(tag, name, String(reuse(target, item, element)));
        };
        sub('fontId', fonts, 'fonts', 'font');
        sub('fillId', fills, 'fills', 'fill');
        sub('borderId', borders, 'borders', 'border');
        tag = setAttribute(tag, 'xfId', '0');
        mapped.set(index, reuse('cellXfs', 'xf', withStart(xf, tag)));
      }
      const otherDxfs = list('dxfs', 'dxf');
      const mappedDxfs = new Map<number, number>();
      for (const index of dxfs) {
        const dxf = otherDxfs[index];
        if (dxf !== undefined && !mappedDxfs.has(index)) mappedDxfs.set(index, reuse('dxfs', 'dxf', dxf));
      }
      return { cellXfs: mapped, dxfs: mappedDxfs };
    },
  };
}

/** A styles part for a package that has none (a hand-made file): the defaults Excel writes. */
export const MINIMAL_STYLES = (namespace: string): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<styleSheet xmlns="${namespace}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

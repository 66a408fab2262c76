/**
 * .xlsx packages built by hand, part by part, so a test can write exactly the XML some producer
 * writes (Strict namespaces, prefixed elements, rows without `r=`, odd part names…) instead of what
 * exceljs happens to write. Zipped with fflate: stored or deflated, in one piece or streamed.
 */
import { strToU8, Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';

/** A part's content: text, bytes, or text produced in pieces (for parts too large to hold as one string). */
export type PartContent = string | Uint8Array | (() => Iterable<string>);

/** One sheet of the workbook, as workbook.xml lists it. */
export interface SheetPart {
  /** The sheet's name as a user sees it; escaped by the builder. */
  readonly name: string;
  /**
   * What goes inside `<sheetData>`, written without a namespace prefix (the builder adds the
   * package's prefix), or a function producing it in pieces, each piece whole elements.
   */
  readonly rows?: string | (() => Iterable<string>);
  /** What goes between `<worksheet>` and `<sheetData>` (e.g. `<dimension ref="A1:B2"/>`, `<cols>`). */
  readonly before?: string;
  readonly state?: 'visible' | 'hidden' | 'veryHidden';
  /** The part's path in the package; `xl/worksheets/sheetN.xml` by default (N counts from 1). */
  readonly part?: string;
  /** A chartsheet has no cells: workbook.xml lists it, its part is a `<chartsheet>`. */
  readonly type?: 'worksheet' | 'chartsheet';
  /** Listed in workbook.xml and its relationships, but no part in the package. */
  readonly missing?: boolean;
}

/** Number formats for styles.xml: `cellXfs[s]` is the numFmtId of style `s="s"`. */
export interface StylesSpec {
  /** Custom formats by id (164 and up), written to `<numFmts>`. */
  readonly numFmts?: Readonly<Record<number, string>>;
  readonly cellXfs: readonly number[];
}

export interface PackageOptions {
  /** Strict OOXML: the purl.oclc.org namespaces and relationship types, `conformance="strict"`. */
  readonly strict?: boolean;
  /** A prefix on every SpreadsheetML element (`<x:worksheet xmlns:x=…>`, `<x:row>`, `<x:c>`). */
  readonly prefix?: string;
  /** `<workbookPr date1904="…"/>` exactly as given; no workbookPr date1904 attribute when undefined. */
  readonly date1904?: string;
  /** Each entry is the inner XML of one `<si>` (see `si` for plain text). No sharedStrings part when undefined. */
  readonly sharedStrings?: readonly string[];
  /** No styles part when undefined. */
  readonly styles?: StylesSpec;
  /** `stored` writes every entry uncompressed (level 0); `deflated` by default. */
  readonly compression?: 'stored' | 'deflated';
  /** Relationship targets as absolute part names (`/xl/worksheets/sheet1.xml`) instead of relative ones. */
  readonly absoluteTargets?: boolean;
}

const NS = {
  transitional: {
    main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
    relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  },
  strict: {
    main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
    relationships: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  },
} as const;
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text escaped for XML content and attribute values. */
export const xmlEscape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The inner XML of an `<si>` or `<is>` holding plain text, with `xml:space="preserve"` when it needs one. */
export const si = (text: string): string =>
  /^\s|\s$/.test(text) ? `<t xml:space="preserve">${xmlEscape(text)}</t>` : `<t>${xmlEscape(text)}</t>`;

/** `<row r="n">…</row>`. */
export const row = (n: number, ...cells: string[]): string => `<row r="${n}">${cells.join('')}</row>`;

/** A cell holding `<v>value</v>`, with further attributes such as `t="s"` or `s="1"`. */
export const cell = (ref: string, value: string | number, attributes = ''): string =>
  `<c r="${ref}"${attributes ? ` ${attributes}` : ''}><v>${value}</v></c>`;

/** Adds `prefix:` to every element name in XML written without prefixes (attributes are left alone). */
export function prefixElements(xml: string, prefix: string | undefined): string {
  if (!prefix) return xml;
  return xml.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, `<$1${prefix}:$2`);
}

function stylesXml(styles: StylesSpec): string {
  const numFmts = Object.entries(styles.numFmts ?? {});
  const formats = numFmts.length
    ? `<numFmts count="${numFmts.length}">${numFmts
        .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`)
        .join('')}</numFmts>`
    : '';
  const xfs = styles.cellXfs
    .map(
      (numFmtId) =>
        `<xf numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0"${numFmtId ? ' applyNumberFormat="1"' : ''}/>`,
    )
    .join('');
  return (
    formats +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${styles.cellXfs.length}">${xfs}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
  );
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

const relationshipsXml = (relationships: readonly Relationship[]): string =>
  `${DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${relationships
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlEscape(r.target)}"/>`)
    .join('')}</Relationships>`;

/** Every part of the package by path, in the order they are zipped. */
export function xlsxParts(sheets: readonly SheetPart[], options: PackageOptions = {}): Map<string, PartContent> {
  const ns = options.strict ? NS.strict : NS.transitional;
  const relType = (name: string): string =>
    options.strict
      ? `http://purl.oclc.org/ooxml/officeDocument/relationships/${name}`
      : `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${name}`;
  const prefix = options.prefix;
  const tag = (name: string): string => (prefix ? `${prefix}:${name}` : name);
  const rootAttributes = `xmlns${prefix ? `:${prefix}` : ''}="${ns.main}" xmlns:r="${ns.relationships}"`;
  /** A whole SpreadsheetML part: the root with its namespaces, the body prefixed as asked. */
  const document = (root: string, body: string, extra = ''): string =>
    `${DECLARATION}<${tag(root)} ${rootAttributes}${extra}>${prefixElements(body, prefix)}</${tag(root)}>`;
  const target = (path: string): string => (options.absoluteTargets ? `/${path}` : path.replace(/^xl\//, ''));

  const parts = new Map<string, PartContent>();
  const overrides: Array<[string, string]> = [['xl/workbook.xml', `${TYPE}.sheet.main+xml`]];
  const workbookRelationships: Relationship[] = [];
  const sheetEntries: string[] = [];
  let worksheetNumber = 0;
  let chartsheetNumber = 0;
  sheets.forEach((sheet, index) => {
    const type = sheet.type ?? 'worksheet';
    const defaultPart =
      type === 'chartsheet'
        ? `xl/chartsheets/sheet${++chartsheetNumber}.xml`
        : `xl/worksheets/sheet${++worksheetNumber}.xml`;
    const part = sheet.part ?? defaultPart;
    const id = `rId${index + 1}`;
    workbookRelationships.push({ id, type: relType(type), target: target(part) });
    const state = sheet.state && sheet.state !== 'visible' ? ` state="${sheet.state}"` : '';
    sheetEntries.push(`<sheet name="${xmlEscape(sheet.name)}" sheetId="${index + 1}"${state} r:id="${id}"/>`);
    if (sheet.missing) return;
    overrides.push([part, `${TYPE}.${type}+xml`]);
    if (type === 'chartsheet') {
      parts.set(part, document('chartsheet', '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'));
      return;
    }
    const rows = sheet.rows ?? '';
    const before = sheet.before ?? '';
    if (typeof rows === 'string') {
      parts.set(part, document('worksheet', `${before}<sheetData>${rows}</sheetData>`));
    } else {
      parts.set(part, function* () {
        yield `${DECLARATION}<${tag('worksheet')} ${rootAttributes}>${prefixElements(`${before}<sheetData>`, prefix)}`;
        for (const piece of rows()) yield prefixElements(piece, prefix);
        yield `</${tag('sheetData')}></${tag('worksheet')}>`;
      });
    }
  });

  let nextId = sheets.length + 1;
  if (options.sharedStrings) {
    const strings = options.sharedStrings;
    parts.set(
      'xl/sharedStrings.xml',
      document(
        'sst',
        strings.map((inner) => `<si>${inner}</si>`).join(''),
        ` count="${strings.length}" uniqueCount="${strings.length}"`,
      ),
    );
    overrides.push(['xl/sharedStrings.xml', `${TYPE}.sharedStrings+xml`]);
    workbookRelationships.push({
      id: `rId${nextId++}`,
      type: relType('sharedStrings'),
      target: target('xl/sharedStrings.xml'),
    });
  }
  if (options.styles) {
    parts.set('xl/styles.xml', document('styleSheet', stylesXml(options.styles)));
    overrides.push(['xl/styles.xml', `${TYPE}.styles+xml`]);
    workbookRelationships.push({ id: `rId${nextId++}`, type: relType('styles'), target: target('xl/styles.xml') });
  }

  const date1904 = options.date1904 === undefined ? '' : ` date1904="${xmlEscape(options.date1904)}"`;
  const workbook = document(
    'workbook',
    `<workbookPr${date1904}/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetEntries.join('')}</sheets>`,
    options.strict ? ' conformance="strict"' : '',
  );

  const contentTypes =
    `${DECLARATION}<Types xmlns="${CONTENT_TYPES}">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([path, type]) => `<Override PartName="/${xmlEscape(path)}" ContentType="${type}"/>`).join('') +
    '</Types>';

  const ordered = new Map<string, PartContent>();
  ordered.set('[Content_Types].xml', contentTypes);
  ordered.set(
    '_rels/.rels',
    relationshipsXml([
      {
        id: 'rId1',
        type: relType('officeDocument'),
        target: options.absoluteTargets ? '/xl/workbook.xml' : 'xl/workbook.xml',
      },
    ]),
  );
  ordered.set('xl/workbook.xml', workbook);
  ordered.set('xl/_rels/workbook.xml.rels', relationshipsXml(workbookRelationships));
  for (const [path, content] of parts) ordered.set(path, content);
  return ordered;
}

/**
 * Zips parts into one file's bytes. Parts given as text or bytes go through `zipSync` (sizes in
 * the local headers); as soon as one part comes in pieces, the whole archive is streamed (sizes in
 * data descriptors after each entry), so a part of tens of megabytes never exists as one string.
 */
export function zipParts(
  parts: ReadonlyMap<string, PartContent>,
  compression: 'stored' | 'deflated' = 'deflated',
): Uint8Array {
  const level = compression === 'stored' ? 0 : 6;
  const whole = [...parts.values()].every((content) => typeof content !== 'function');
  if (whole) {
    const files: Record<string, Uint8Array> = {};
    for (const [path, content] of parts)
      files[path] = typeof content === 'string' ? strToU8(content) : (content as Uint8Array);
    return zipSync(files, { level });
  }
  const chunks: Uint8Array[] = [];
  let failed: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failed = error;
    else chunks.push(data);
  });
  for (const [path, content] of parts) {
    const entry = level === 0 ? new ZipPassThrough(path) : new ZipDeflate(path, { level });
    zip.add(entry);
    if (typeof content === 'function') {
      for (const piece of content()) entry.push(strToU8(piece));
      entry.push(new Uint8Array(0), true);
    } else {
      entry.push(typeof content === 'string' ? strToU8(content) : content, true);
    }
  }
  zip.end();
  if (failed) throw failed;
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** The bytes of an .xlsx holding these sheets. */
export const xlsxBytes = (sheets: readonly SheetPart[], options: PackageOptions = {}): Uint8Array =>
  zipParts(xlsxParts(sheets, options), options.compression);

/** A zip of arbitrary entries (for files that are zips but not workbooks). */
export const zipBytes = (entries: Readonly<Record<string, string | Uint8Array>>, compression?: 'stored' | 'deflated') =>
  zipParts(new Map(Object.entries(entries)), compression);

/**
 * The same zip with one entry's compressed data overwritten by bytes that are not deflate data
 * (0xFF starts a block of the reserved type 3). Needs sizes in the local header (a `zipSync` archive).
 */
export function corruptEntry(zip: Uint8Array, path: string): Uint8Array {
  const name = strToU8(path);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let offset = 0; offset + 30 <= zip.length; offset++) {
    if (view.getUint32(offset, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(offset + 26, true);
    const found = zip.subarray(offset + 30, offset + 30 + nameLength);
    if (nameLength !== name.length || !found.every((byte, index) => byte === name[index])) continue;
    const compressedSize = view.getUint32(offset + 18, true);
    const start = offset + 30 + nameLength + view.getUint16(offset + 28, true);
    const corrupted = zip.slice();
    corrupted.fill(0xff, start, start + compressedSize);
    return corrupted;
  }
  throw new Error(`no entry ${path} in the zip`);
}

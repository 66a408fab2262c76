/**
 * A ledger with the parts a real user's workbook carries and a library rewrite would drop, added by
 * hand to an exceljs-made ledger: custom XML, an add-in's settings (web extension and task pane),
 * comments with their VML, a conditional format, defined names (a named range, a print area), a
 * drawing with a shape, an extension list of unknown content, and an empty formatted row further
 * down 联系记录. The package writer must carry all of them over untouched.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument';

/** Recognisable content in each extra part, checked verbatim after a write. */
export const EXTRA_MARKERS = {
  customXml: '<lt:value>请保留这段自定义 XML</lt:value>',
  webExtension:
    '<we:property name="lianyiSettings" value="&quot;{\\&quot;unit\\&quot;:\\&quot;统战部\\&quot;}&quot;"/>',
  comment: '<t>请核对联系日期</t>',
  conditionalFormat: '<conditionalFormatting sqref="E2:E500">',
  definedName: '<definedName name="联系人名单">',
  shape: '<a:t>结对示意</a:t>',
  extension: '<lt:keep>未知扩展内容</lt:keep>',
  formattedRow: '<row r="40" s="1" customFormat="1" ht="24" customHeight="1"/>',
} as const;

/** The parts every extra adds, by path (for "untouched" checks). */
export const EXTRA_PARTS = [
  'customXml/item1.xml',
  'customXml/itemProps1.xml',
  'customXml/_rels/item1.xml.rels',
  'xl/webextensions/webextension1.xml',
  'xl/webextensions/taskpanes.xml',
  'xl/webextensions/_rels/taskpanes.xml.rels',
  'xl/comments1.xml',
  'xl/drawings/vmlDrawing1.vml',
  'xl/drawings/drawing1.xml',
] as const;

const VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
  '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:300pt;margin-top:10pt;width:120pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">' +
  '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
  '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>5, 15, 1, 10, 7, 15, 5, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>1</x:Row><x:Column>4</x:Column></x:ClientData></v:shape></xml>';

const DRAWING =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
  '<xdr:twoCellAnchor><xdr:from><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  '<xdr:to><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="矩形 1"/><xdr:cNvSpPr/></xdr:nvSpPr>' +
  '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="762000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>' +
  `<xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN"/>${EXTRA_MARKERS.shape}</a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

/** Adds an element before the first of `before` in a part's XML. */
function insertBefore(xml: string, element: string, before: readonly string[]): string {
  const at = Math.min(...before.map((name) => xml.indexOf(`<${name}`)).filter((index) => index >= 0));
  if (!Number.isFinite(at)) throw new Error(`none of ${before.join(', ')} found`);
  return xml.slice(0, at) + element + xml.slice(at);
}

const addRelationship = (xml: string, id: string, type: string, target: string): string =>
  xml.replace('</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`);

/** The path of a sheet's part by its name, from workbook.xml and its relationships (exceljs's layout). */
function sheetPath(files: Record<string, Uint8Array>, name: string): string {
  const workbook = strFromU8(files['xl/workbook.xml'] as Uint8Array);
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(workbook)?.[1];
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels'] as Uint8Array);
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!target) throw new Error(`no sheet ${name}`);
  return `xl/${target}`;
}

/** The ledger's bytes with every extra part added (deterministic: same input, same output). */
export function withExtraParts(ledger: Uint8Array): Uint8Array {
  const files = unzipSync(ledger);
  const text = (path: string) => strFromU8(files[path] as Uint8Array);
  const set = (path: string, xml: string) => (files[path] = strToU8(xml));
  const contacts = sheetPath(files, '联系记录');
  const pairings = sheetPath(files, '结对关系');
  const relsOf = (path: string) => path.replace(/([^/]+)$/, '_rels/$1.rels');

  set('customXml/item1.xml', `<lt:root xmlns:lt="urn:lianyi-test">${EXTRA_MARKERS.customXml}</lt:root>`);
  set(
    'customXml/itemProps1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{6C2A3B4D-1111-4E5F-9A0B-123456789ABC}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>',
  );
  set(
    'customXml/_rels/item1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
  );
  set(
    'xl/_rels/workbook.xml.rels',
    addRelationship(text('xl/_rels/workbook.xml.rels'), 'rId900', `${R}/customXml`, '../customXml/item1.xml'),
  );

  set(
    'xl/webextensions/webextension1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{52811C31-4593-4A5D-A6C9-5E3B8B2A3C11}">' +
      '<we:reference id="c2f2c9b4-5a4e-4f0e-9a43-1f6b2a8e5d10" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/>' +
      `<we:properties>${EXTRA_MARKERS.webExtension}</we:properties><we:bindings/><we:snapshot xmlns:r="${R}"/></we:webextension>`,
  );
  set(
    'xl/webextensions/taskpanes.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">' +
      `<wetp:taskpane dockstate="right" visibility="0" width="350" row="4"><wetp:webextensionref xmlns:r="${R}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`,
  );
  set(
    'xl/webextensions/_rels/taskpanes.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>',
  );
  set(
    '_rels/.rels',
    addRelationship(
      text('_rels/.rels'),
      'rId900',
      'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes',
      'xl/webextensions/taskpanes.xml',
    ),
  );

  set(
    'xl/comments1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>统战部</author></authors>' +
      `<commentList><comment ref="E2" authorId="0"><text><r>${EXTRA_MARKERS.comment}</r></text></comment></commentList></comments>`,
  );
  set('xl/drawings/vmlDrawing1.vml', VML);
  set('xl/drawings/drawing1.xml', DRAWING);
  const contactRels = addRelationship(
    addRelationship(text(relsOf(contacts)), 'rId901', `${R}/comments`, '../comments1.xml'),
    'rId902',
    `${R}/vmlDrawing`,
    '../drawings/vmlDrawing1.vml',
  );
  set(relsOf(contacts), contactRels);
  set(relsOf(pairings), addRelationship(text(relsOf(pairings)), 'rId903', `${R}/drawing`, '../drawings/drawing1.xml'));

  let sheet = text(contacts);
  sheet = sheet.replace('</sheetData>', `${EXTRA_MARKERS.formattedRow}</sheetData>`);
  sheet = insertBefore(
    sheet,
    `${EXTRA_MARKERS.conditionalFormat}<cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar></cfRule></conditionalFormatting>`,
    ['dataValidations', 'pageMargins'],
  );
  sheet = insertBefore(sheet, '<legacyDrawing r:id="rId902"/>', ['tableParts']);
  sheet = sheet.replace(
    '</worksheet>',
    `<extLst><ext uri="{8E1B3A20-LIANYI-TEST}" xmlns:lt="urn:lianyi-test">${EXTRA_MARKERS.extension}</ext></extLst></worksheet>`,
  );
  set(contacts, sheet);
  set(pairings, insertBefore(text(pairings), '<drawing r:id="rId903"/>', ['tableParts']));

  const workbook = text('xl/workbook.xml').replace(
    '</sheets>',
    `</sheets><definedNames>${EXTRA_MARKERS.definedName}'联系记录'!$C$2:$C$100</definedName><definedName name="_xlnm.Print_Area" localSheetId="7">'联系记录'!$A$1:$L$30</definedName></definedNames>`,
  );
  set('xl/workbook.xml', workbook);

  const overrides = [
    ['/customXml/itemProps1.xml', `${TYPE}.customXmlProperties+xml`],
    ['/xl/webextensions/webextension1.xml', 'application/vnd.ms-office.webextension+xml'],
    ['/xl/webextensions/taskpanes.xml', 'application/vnd.ms-office.webextensiontaskpanes+xml'],
    ['/xl/comments1.xml', `${TYPE}.spreadsheetml.comments+xml`],
    ['/xl/drawings/drawing1.xml', `${TYPE}.drawing+xml`],
  ];
  set(
    '[Content_Types].xml',
    text('[Content_Types].xml').replace(
      '</Types>',
      `${overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('')}</Types>`,
    ),
  );
  return zipSync(files, { level: 6, mtime: new Date(2026, 0, 1) });
}

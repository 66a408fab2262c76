/**
 * @jest-environment jsdom
 */
// jsdom for its DOMParser: the manifest is read as XML, the way Office reads it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEV_ORIGIN } from '../../../scripts/packaging';
import { readPng } from './png';
import { ROOT, itWithXmllint, validateManifest } from './xmllint';

const MANIFEST = path.join(ROOT, 'manifest.xml');
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const OVERRIDES = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';

const xml = readFileSync(MANIFEST, 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');

const children = (parent: Element | Document, name: string, ns = '*'): Element[] =>
  Array.from(parent.getElementsByTagNameNS(ns, name));
const one = (parent: Element | Document, name: string, ns = '*'): Element => {
  const found = children(parent, name, ns);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0] as Element;
};
/** The direct child named `name` (labels and descriptions also occur deeper down). */
const child = (parent: Element, name: string): Element => {
  const found = Array.from(parent.children).filter((element) => element.localName === name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${parent.localName}>, found ${found.length}`);
  return found[0] as Element;
};
const xsiType = (element: Element): string | null => element.getAttributeNS(XSI, 'type');
const resource = (kind: 'Url' | 'String' | 'Image', id: string): string => {
  const match = children(doc, kind, BT).find((element) => element.getAttribute('id') === id);
  if (!match) throw new Error(`no bt:${kind} with id ${id}`);
  return match.getAttribute('DefaultValue') ?? '';
};
/** The repository file a manifest URL points to (every URL is under DEV_ORIGIN). */
const localFile = (url: string): string => path.join(ROOT, new URL(url).pathname);

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('OfficeApp');
  });

  itWithXmllint('validates against the add-in manifest schema (xmllint)', () => {
    const verdict = validateManifest(MANIFEST);
    expect(verdict.output).toContain('validates');
    expect(verdict.valid).toBe(true);
  });

  itWithXmllint('the schema check does catch a broken manifest', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lianyi-manifest-'));
    try {
      const broken = path.join(dir, 'manifest.xml');
      writeFileSync(
        broken,
        xml.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'),
      );
      expect(validateManifest(broken).valid).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is a Chinese task pane add-in for Excel workbooks that reads and writes the document', () => {
    expect(xsiType(doc.documentElement)).toBe('TaskPaneApp');
    const app = doc.documentElement;
    expect(child(app, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(app, 'Version').textContent).toBe('1.0.0.0');
    expect(child(app, 'ProviderName').textContent?.trim()).not.toBe('');
    expect(child(app, 'DefaultLocale').textContent).toBe('zh-CN');
    expect(child(app, 'DisplayName').getAttribute('DefaultValue')).toBe('联谊交友台账');
    expect(child(app, 'Description').getAttribute('DefaultValue')).toContain('联谊交友台账');
    expect(child(app, 'Permissions').textContent).toBe('ReadWriteDocument');
    const hosts = Array.from(child(app, 'Hosts').children);
    expect(hosts.map((host) => host.getAttribute('Name'))).toEqual(['Workbook']);
    expect(children(doc, 'AppDomain')).toHaveLength(0);
  });

  it('requires ExcelApi 1.9 (page layout and data validation)', () => {
    const sets = children(child(doc.documentElement, 'Requirements'), 'Set').map((set) => [
      set.getAttribute('Name'),
      set.getAttribute('MinVersion'),
    ]);
    expect(sets).toEqual([['ExcelApi', '1.9']]);
  });

  it('puts the group 联谊交友 on the Home tab with the three buttons and their actions', () => {
    const tab = one(doc, 'OfficeTab', OVERRIDES);
    expect(tab.getAttribute('id')).toBe('TabHome');
    const group = one(tab, 'Group', OVERRIDES);
    expect(resource('String', child(group, 'Label').getAttribute('resid') ?? '')).toBe('联谊交友');

    const buttons = children(group, 'Control', OVERRIDES).map((control) => {
      const label = resource('String', child(control, 'Label').getAttribute('resid') ?? '');
      const action = child(control, 'Action');
      const source = action.getElementsByTagNameNS(OVERRIDES, 'SourceLocation')[0]?.getAttribute('resid');
      const target = source
        ? resource('Url', source)
        : action.getElementsByTagNameNS(OVERRIDES, 'FunctionName')[0]?.textContent;
      return { type: xsiType(control), label, action: xsiType(action), target };
    });
    expect(buttons).toEqual([
      { type: 'Button', label: '台账面板', action: 'ShowTaskpane', target: `${DEV_ORIGIN}taskpane.html` },
      { type: 'Button', label: '覆盖检查', action: 'ExecuteFunction', target: 'runCoverageCheck' },
      { type: 'Button', label: '生成登记表', action: 'ShowTaskpane', target: `${DEV_ORIGIN}taskpane.html?view=forms` },
    ]);
    expect(resource('Url', one(doc, 'FunctionFile', OVERRIDES).getAttribute('resid') ?? '')).toBe(
      `${DEV_ORIGIN}commands.html`,
    );
    expect(child(child(doc.documentElement, 'DefaultSettings'), 'SourceLocation').getAttribute('DefaultValue')).toBe(
      `${DEV_ORIGIN}taskpane.html`,
    );
  });

  it('writes every URL on the dev origin, so the production build can move them all to ADDIN_URL', () => {
    const urls = Array.from(xml.matchAll(/(?:DefaultValue="|>)(https?:\/\/[^"<]+)/g), (match) => match[1] ?? '');
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith(DEV_ORIGIN)).toBe(true);
  });

  it('points at icons that exist and have the size they are declared with', () => {
    const declared: Array<[string, number]> = [
      [child(doc.documentElement, 'IconUrl').getAttribute('DefaultValue') ?? '', 64],
      [child(doc.documentElement, 'HighResolutionIconUrl').getAttribute('DefaultValue') ?? '', 128],
    ];
    for (const image of children(doc, 'Image', BT).filter((element) => element.hasAttribute('size'))) {
      declared.push([resource('Image', image.getAttribute('resid') ?? ''), Number(image.getAttribute('size'))]);
    }
    expect(declared.length).toBeGreaterThanOrEqual(2 + 3 * 4);
    for (const [url, size] of declared) {
      const png = readPng(readFileSync(localFile(url)));
      expect([url, png.width, png.height]).toEqual([url, size, size]);
    }
  });
});

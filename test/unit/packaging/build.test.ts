import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CDN_HOSTS,
  OFFICE_JS_DORMANT_URLS,
  OFFICE_JS_FILES,
  OFFICE_JS_SOURCE,
  OFFICE_JS_TARGET,
  buildAddin,
  contentSecurityPolicy,
} from '../../../scripts/packaging';

/** The production build, once, into a temporary folder (dist/ is left to the developer). */
const ADDIN_URL = 'https://addin.example.edu.cn/lianyi/';
const out = mkdtempSync(path.join(os.tmpdir(), 'lianyi-dist-'));

beforeAll(async () => {
  await buildAddin({ outDir: out, addinUrl: ADDIN_URL });
}, 180_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}
const relative = (file: string): string => path.relative(out, file).split(path.sep).join('/');
const read = (name: string): string => readFileSync(path.join(out, name), 'utf8');
/** The src of every <script> and href of every <link> (quoted or not, as the minifier leaves them). */
const references = (html: string): string[] =>
  Array.from(
    html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g),
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );

describe('production build', () => {
  it('has the three pages, the icons and office.js with the files it loads for Excel', () => {
    for (const page of ['taskpane.html', 'commands.html', 'notice.html', 'manifest.xml'])
      expect(existsSync(path.join(out, page))).toBe(true);
    for (const icon of ['icon-16', 'icon-32', 'icon-64', 'icon-80', 'icon-128', 'check-32', 'forms-32']) {
      expect(existsSync(path.join(out, 'assets', `${icon}.png`))).toBe(true);
    }
    for (const file of OFFICE_JS_FILES) {
      const copied = readFileSync(path.join(out, OFFICE_JS_TARGET, file));
      expect(copied.equals(readFileSync(path.join(OFFICE_JS_SOURCE, file)))).toBe(true); // as Microsoft published it
    }
  });

  it.each(['taskpane.html', 'commands.html', 'notice.html'])(
    '%s has the strict CSP and loads office.js from the add-in itself',
    (page) => {
      const html = read(page);
      const csp = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/i.exec(html)?.[1];
      expect(csp).toBe(contentSecurityPolicy());
      expect(csp).not.toMatch(/unsafe-eval|\*|https?:/);
      const refs = references(html);
      expect(refs[0]).toBe('assets/icon-32.png');
      expect(refs).toContain('assets/office-js/office.js');
      for (const ref of refs) expect(ref).not.toMatch(/^(?:[a-z]+:|\/\/|\/)/i); // relative: works under any ADDIN_URL path
      const scripts = Array.from(html.matchAll(/<script\b[^>]*>/g), (m) => m[0]);
      expect(scripts.every((tag) => /\bsrc=/.test(tag))).toBe(true); // no inline script
    },
  );

  it('loads exceljs only on demand, in a chunk of its own', () => {
    const chunks = filesUnder(out)
      .map(relative)
      .filter((name) => /^exceljs\.[0-9a-f]+\.js$/.test(name));
    expect(chunks).toHaveLength(1);
    const taskpaneScripts = references(read('taskpane.html')).filter((ref) => ref.endsWith('.js'));
    expect(taskpaneScripts.some((ref) => ref.includes('exceljs'))).toBe(false);
    for (const script of taskpaneScripts.filter((ref) => !ref.startsWith('assets/'))) {
      expect(read(script)).not.toContain('[Content_Types].xml'); // exceljs's own code stays out of the entry
    }
  });

  it('loads the package writer (下载更新后的台账) only on demand, not with the pane or the opened file', () => {
    const names = filesUnder(out).map(relative);
    const writer = names.filter((name) => /^patchedXlsx\.[0-9a-f]+\.js$/.test(name));
    expect(writer).toHaveLength(1);
    expect(read(writer[0] ?? '')).toContain('zip too large'); // the zip writer's own code
    const preview = names.filter((name) => /^preview\.[0-9a-f]+\.js$/.test(name));
    const taskpaneScripts = references(read('taskpane.html')).filter((ref) => ref.endsWith('.js'));
    for (const script of [...preview, ...taskpaneScripts.filter((ref) => !ref.startsWith('assets/'))])
      expect(read(script)).not.toContain('zip too large');
  });

  it('loads 分发, 汇总 and 交接 (views, use cases, file operations) only after the pane’s first load', () => {
    const names = filesUnder(out).map(relative);
    const chunk = (name: string) => names.find((file) => new RegExp(`^${name}\\.[0-9a-f]+\\.js$`).test(file)) ?? '';
    // A sentence of each: a view's caption, the unit copy's 说明, the zip writer.
    expect(read(chunk('ledgerWorkflows'))).toContain('汇总预览');
    expect(read(chunk('workflows'))).toContain('为保护个人信息');
    const taskpaneScripts = references(read('taskpane.html')).filter((ref) => ref.endsWith('.js'));
    for (const script of taskpaneScripts.filter((ref) => !ref.startsWith('assets/'))) {
      expect(read(script)).not.toContain('汇总预览');
      expect(read(script)).not.toContain('为保护个人信息');
      expect(read(script)).not.toContain('zip too large');
    }
  });

  it('writes manifest.xml for ADDIN_URL', () => {
    const manifest = read('manifest.xml');
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain(`<SourceLocation DefaultValue="${ADDIN_URL}taskpane.html"/>`);
    expect(manifest).toContain(`DefaultValue="${ADDIN_URL}taskpane.html?view=forms"`);
    expect(manifest).toContain(`DefaultValue="${ADDIN_URL}commands.html"`);
  });

  it('contains no CDN address, and in office.js only the dormant ones', () => {
    const found: string[] = [];
    for (const file of filesUnder(out).filter((name) => /\.(?:js|html|xml|txt|json|css)$/.test(name))) {
      const name = relative(file);
      const text = readFileSync(file, 'utf8');
      for (const host of CDN_HOSTS.filter((cdn) => text.includes(cdn))) found.push(`${name}: ${host}`);
    }
    const outsideOfficeJs = found.filter((hit) => !hit.startsWith(`${OFFICE_JS_TARGET}/`));
    expect(outsideOfficeJs).toEqual([]);
    const hostsInOfficeJs = new Set(found.map((hit) => hit.split(': ')[1]));
    for (const host of hostsInOfficeJs) expect(Object.keys(OFFICE_JS_DORMANT_URLS)).toContain(host);
    expect(found.some((hit) => hit.includes('appsforoffice.microsoft.com'))).toBe(false);
  });

  it('refuses an http ADDIN_URL without building anything', async () => {
    const refused = mkdtempSync(path.join(os.tmpdir(), 'lianyi-dist-'));
    try {
      await expect(buildAddin({ outDir: refused, addinUrl: 'http://addin.example.edu.cn/lianyi/' })).rejects.toThrow(
        /HTTPS/,
      );
      expect(readdirSync(refused)).toEqual([]);
    } finally {
      rmSync(refused, { recursive: true, force: true });
    }
  }, 60_000);
});

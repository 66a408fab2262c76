'use strict';
/**
 * Packaging the add-in, in one place for webpack.config.js, npm start and the tests: the origin the manifest is
 * written for, ADDIN_URL, the Office.js files shipped with the add-in, the pages' Content-Security-Policy and the
 * production build itself.
 */
const path = require('node:path');
const { execFile } = require('node:child_process');
const { URL } = require('node:url');

/** Every URL in manifest.xml starts with this: the dev server of `npm start`. */
const DEV_ORIGIN = 'https://localhost:3000/';
const DEV_PORT = 3000;

/**
 * The add-in's base URL from ADDIN_URL: an absolute https URL without query or fragment, ending in `/`.
 * Throws an Error with a Chinese message saying what to change.
 *
 * @example parseAddinUrl('https://addin.example.edu.cn/lianyi') // 'https://addin.example.edu.cn/lianyi/'
 */
function parseAddinUrl(raw) {
  const text = String(raw ?? '').trim();
  if (text === '')
    throw new Error('ADDIN_URL 为空：请写加载项所在的 HTTPS 地址，例如 ADDIN_URL=https://addin.example.edu.cn/lianyi/');
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_URL「${text}」不是完整的网址：请写成 https://服务器/路径/ 的形式。`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(
      `ADDIN_URL「${text}」不是 HTTPS 地址：Office 只加载 https:// 开头的加载项页面，请先为内网服务器配置 HTTPS 证书。`,
    );
  }
  if (url.username !== '' || url.password !== '') throw new Error(`ADDIN_URL「${text}」中不能包含用户名或密码。`);
  if (url.search !== '' || url.hash !== '')
    throw new Error(`ADDIN_URL「${text}」中不能带 ? 或 # 部分：只写加载项文件所在的目录。`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

const XML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** manifest.xml with every DEV_ORIGIN URL moved to `addinUrl` (a value from parseAddinUrl). */
function applyAddinUrl(manifestXml, addinUrl) {
  const base = parseAddinUrl(addinUrl);
  if (!manifestXml.includes(DEV_ORIGIN))
    throw new Error(`manifest.xml 中没有 ${DEV_ORIGIN} 开头的地址，无法替换为 ADDIN_URL。`);
  return manifestXml.split(DEV_ORIGIN).join(base.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]));
}

/**
 * What office.js loads at run time in Excel, beside itself (see OSF._OfficeAppFactory in office.debug.js): the host
 * file `excel-<platform>-<version>.js` named by the host, the UI strings `<locale>/office_strings.js` (falling back to
 * en-us), and o15apptofilemappingtable.js when the page gets no host info: a plain browser (the browser preview, where
 * Office.onReady answers with host null) and a dialog in Excel on Windows (which then loads excel-15.02.js).
 * Not shipped on purpose: Office.js's own telemetry (telemetry/, ariatelemetry/), sign-in helpers (webauth/) and other
 * hosts; office.js carries on without them.
 */
const OFFICE_JS_FILES = [
  'office.js',
  'excel-web-16.00.js', // Excel on the web
  'excel-win32-16.01.js', // Excel on Windows (Microsoft 365, Office 2021 and later)
  'excel-win32-16.00.js', // Excel on Windows builds that still name 16.00
  'excel-mac-16.00.js', // Excel on Mac
  'o15apptofilemappingtable.js', // no host info: a plain browser (the preview), or a dialog in Excel on Windows
  'excel-15.02.js', // …which then loads this for Excel (notice.html, the ribbon command's dialog)
  'zh-cn/office_strings.js',
  'en-us/office_strings.js', // the fallback locale
];
const OFFICE_JS_SOURCE = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
const OFFICE_JS_TARGET = 'assets/office-js';

/**
 * Where the pages load office.js from, chosen at build time by OFFICE_JS:
 * - `bundled` (the default): the copy above, shipped in dist/, for intranets without internet access. It is
 *   frozen at the npm version of @microsoft/office-js until the add-in is rebuilt.
 * - `cdn`: Microsoft's CDN, the only place Microsoft supports office.js from (fixes and new hosts arrive
 *   without a rebuild); every user's Excel must then reach appsforoffice.microsoft.com.
 * Throws an Error with a Chinese message for any other value.
 */
const OFFICE_JS_CDN_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
function officeJsSource(raw = process.env.OFFICE_JS) {
  const value = String(raw ?? '')
    .trim()
    .toLowerCase();
  if (value === '' || value === 'bundled') return 'bundled';
  if (value === 'cdn') return 'cdn';
  throw new Error(
    `OFFICE_JS「${raw}」无效：不设（随加载项提供 office.js，默认）或写 OFFICE_JS=cdn（从微软 CDN 加载）。`,
  );
}

/** The page's <script src> for office.js. */
const officeJsUrl = (source) => (source === 'cdn' ? OFFICE_JS_CDN_URL : `${OFFICE_JS_TARGET}/office.js`);

/**
 * The Content-Security-Policy of every page (a <meta> in the HTML; the nginx example sends the same as a header).
 * Only the add-in's own origin: scripts, office.js, the lazily loaded exceljs chunk, images and requests.
 * - style-src 'unsafe-inline': Fluent UI v9 (Griffel) inserts <style> elements at run time; a nonce would need a
 *   server that writes each page, and the add-in is plain static files. Scripts stay strict: no inline, no eval.
 * - img-src data: / blob: are not needed: icons are inline SVG elements, not image URLs.
 * - Office.js talks to Excel with postMessage, which CSP does not restrict; Excel on the web embeds the pane in a
 *   frame, so no frame-ancestors here (a <meta> cannot set it anyway).
 * In development the dev server's live-reload socket on localhost:3000 is allowed as well; built with
 * OFFICE_JS=cdn, scripts from Microsoft's CDN (office.js and the host files it loads from there).
 */
function contentSecurityPolicy({ development = false, officeJs = 'bundled' } = {}) {
  return [
    "default-src 'self'",
    officeJs === 'cdn' ? `script-src 'self' ${new URL(OFFICE_JS_CDN_URL).origin}` : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    development ? `connect-src 'self' wss://localhost:${DEV_PORT} ws://localhost:${DEV_PORT}` : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Hosts from which an add-in commonly pulls scripts, styles or fonts. None may appear in what this project writes;
 * in Microsoft's office.js files only the entries of OFFICE_JS_DORMANT_URLS.
 */
const CDN_HOSTS = [
  'appsforoffice.microsoft.com',
  'ajax.aspnetcdn.com',
  'ajax.microsoft.com',
  'alcdn.msauth.net',
  'res.cdn.office.net',
  'res-1.cdn.office.net',
  'static2.sharepointonline.com',
  'spoprod-a.akamaihd.net',
  'cdn.jsdelivr.net',
  'unpkg.com',
  'cdnjs.cloudflare.com',
  'fonts.googleapis.com',
  'fonts.gstatic.com',
];

/**
 * CDN addresses inside Microsoft's office.js files that Excel never requests from this add-in (and that the CSP
 * would block): MicrosoftAjax for Office 2013 / Outlook, MSAL for nested app authentication (this add-in signs in
 * to nothing).
 */
const OFFICE_JS_DORMANT_URLS = {
  'ajax.aspnetcdn.com': 'MicrosoftAjax.js fallback of Office 2013 hosts and Outlook; not loaded for Excel 2016+ hosts',
  'alcdn.msauth.net': 'msal-browser for nested app authentication; loaded only when an add-in asks to sign in',
};

const ROOT = path.resolve(__dirname, '..');

/**
 * Runs the webpack build (production unless told) into `outDir`, with ADDIN_URL = `addinUrl` and OFFICE_JS =
 * `officeJs` when given.
 * Resolves with webpack's output; rejects with it when the build fails.
 */
function buildAddin({ outDir, addinUrl, mode = 'production', officeJs } = {}) {
  const cli = require.resolve('webpack-cli/bin/cli.js');
  const args = [cli, '--mode', mode, '--no-color'];
  if (outDir !== undefined) args.push('--env', `outDir=${path.resolve(outDir)}`);
  const env = { ...process.env };
  delete env.ADDIN_URL;
  if (addinUrl !== undefined) env.ADDIN_URL = addinUrl;
  delete env.OFFICE_JS;
  if (officeJs !== undefined) env.OFFICE_JS = officeJs;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      if (error) reject(Object.assign(new Error(`webpack 构建失败：\n${output}`), { output }));
      else resolve({ output });
    });
  });
}

module.exports = {
  DEV_ORIGIN,
  DEV_PORT,
  parseAddinUrl,
  applyAddinUrl,
  OFFICE_JS_FILES,
  OFFICE_JS_SOURCE,
  OFFICE_JS_TARGET,
  OFFICE_JS_CDN_URL,
  officeJsSource,
  officeJsUrl,
  contentSecurityPolicy,
  CDN_HOSTS,
  OFFICE_JS_DORMANT_URLS,
  buildAddin,
};

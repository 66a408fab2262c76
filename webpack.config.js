'use strict';
/**
 * The add-in as static files in dist/:
 *   taskpane.html  the task pane and, opened in a plain browser, the browser preview (src/taskpane/index.tsx)
 *   commands.html  the function file of the ribbon's ExecuteFunction buttons (src/commands/commands.ts)
 *   notice.html    the small dialog in which a ribbon command reports its outcome (src/commands/notice.ts)
 *   assets/        icons, and office.js with the files it loads for Excel (assets/office-js/)
 *   manifest.xml   with every https://localhost:3000/ replaced by ADDIN_URL (production builds)
 *
 *   npm run build                 production; ADDIN_URL=https://… npm run build for the server the files go to
 *   OFFICE_JS=cdn npm run build   office.js from Microsoft's CDN instead of the copy in assets/ (see scripts/packaging.js)
 *   npm run build:dev / watch     development build into dist/
 *   npm run dev-server            https://localhost:3000 (certificates from office-addin-dev-certs; http if none)
 *   --env outDir=…                another output folder (the packaging test builds into a temporary one)
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const {
  DEV_ORIGIN,
  DEV_PORT,
  parseAddinUrl,
  applyAddinUrl,
  OFFICE_JS_FILES,
  OFFICE_JS_SOURCE,
  OFFICE_JS_TARGET,
  officeJsSource,
  officeJsUrl,
  contentSecurityPolicy,
} = require('./scripts/packaging.js');

/** The pages, all from one template (src/web/page.html): CSP meta, office.js (local or CDN), then the page's bundle. */
const WITHOUT_EVAL = './src/web/withoutEval.ts';
const PAGES = [
  {
    name: 'taskpane',
    entry: [WITHOUT_EVAL, './src/taskpane/index.tsx'],
    title: '联谊交友台账',
    // Shown from the first paint until the pane renders (React replaces it): never a blank page.
    body: "<div id=\"root\"><p style=\"margin:0;padding:12px;font:14px 'Microsoft YaHei UI','PingFang SC','Segoe UI',sans-serif\">正在载入联谊交友台账…</p></div>",
    // The page's own colours follow the browser's theme before the pane sets Excel's (PaneFrame).
    colorScheme: 'light dark',
  },
  {
    name: 'commands',
    entry: [WITHOUT_EVAL, './src/commands/commands.ts'],
    title: '联谊交友台账 · 功能区命令',
    body: '',
  },
  {
    name: 'notice',
    entry: './src/commands/notice.ts',
    title: '联谊交友台账 · 提示',
    body: '<main id="notice"></main>',
  },
];

/** The manifest for the production build: ADDIN_URL applied, or left on localhost with a warning when unset. */
function productionManifest(xml) {
  const raw = process.env.ADDIN_URL;
  if (raw === undefined || raw.trim() === '') {
    process.stderr.write(
      `\n[manifest] 未设置 ADDIN_URL：dist/manifest.xml 仍指向 ${DEV_ORIGIN}，只能在本机调试。` +
        '\n           部署时请这样构建：ADDIN_URL=https://服务器/路径/ npm run build\n\n',
    );
    return xml;
  }
  return applyAddinUrl(xml, raw);
}

/** HTTPS options for the dev server from office-addin-dev-certs, or undefined (serve http) when it cannot make them. */
async function devServerHttps() {
  try {
    const devCerts = require('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(
      `\n[dev-server] 无法创建或安装开发证书（office-addin-dev-certs：${reason}）。` +
        `\n             改用 http://localhost:${DEV_PORT} 提供页面：浏览器预览可以用，Excel 只加载 https 页面，需要证书后才能旁加载。` +
        '\n             装好证书的办法：以有 sudo 权限的用户运行 npx office-addin-dev-certs install\n\n',
    );
    return undefined;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const outDir = path.resolve(__dirname, env.outDir ?? 'dist');
  if (production && process.env.ADDIN_URL) parseAddinUrl(process.env.ADDIN_URL); // refuse a bad ADDIN_URL before building
  const officeJs = officeJsSource(); // refuse a bad OFFICE_JS before building
  const https = serving ? await devServerHttps() : undefined;

  return {
    mode: production ? 'production' : 'development',
    // No eval-based source maps: the pages' CSP allows no 'unsafe-eval', in development either.
    devtool: production ? false : 'source-map',
    context: __dirname,
    entry: Object.fromEntries(PAGES.map((page) => [page.name, page.entry])),
    output: {
      path: outDir,
      // Relative URLs throughout, so dist/ works under any path of any server (ADDIN_URL).
      publicPath: 'auto',
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Types are checked by `npm test` (tsc -p tsconfig.json); the bundle only needs the transpiled code.
            options: { configFile: path.resolve(__dirname, 'tsconfig.web.json'), transpileOnly: true },
          },
        },
      ],
    },
    plugins: [
      ...PAGES.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            template: path.resolve(__dirname, 'src/web/page.html'),
            chunks: [page.name],
            title: page.title,
            body: page.body,
            colorScheme: page.colorScheme,
            officeJs: officeJsUrl(officeJs),
            csp: contentSecurityPolicy({ development: !production, officeJs }),
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // Microsoft's files as published (already minified): `minimized` keeps the minimizer off them.
          // Not copied when the pages load office.js from Microsoft's CDN.
          ...(officeJs === 'cdn' ? [] : OFFICE_JS_FILES).map((file) => ({
            from: path.join(OFFICE_JS_SOURCE, file),
            to: `${OFFICE_JS_TARGET}/${file}`,
            info: { minimized: true },
          })),
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (production ? productionManifest(content.toString('utf8')) : content),
          },
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // exceljs (about 1 MB) in a chunk of its own, fetched only when the browser preview reads or writes a file.
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: 'exceljs',
            chunks: 'async',
            priority: 10,
            enforce: true,
          },
        },
      },
    },
    performance: {
      // office.js's host files (1.3 MB each) are loaded by office.js, one per host; the exceljs chunk is loaded only
      // when a workbook is read or written in the browser preview. Warn only for the pages' own start-up code.
      assetFilter: (file) => file.endsWith('.js') && !file.startsWith(OFFICE_JS_TARGET) && !/exceljs/.test(file),
      maxEntrypointSize: 1_500_000,
      maxAssetSize: 1_500_000,
    },
    devServer: {
      port: DEV_PORT,
      // Name localhost explicitly: otherwise the dev server refuses cross-site no-cors requests, which is how Excel on
      // the web fetches the ribbon icons named in the manifest. Other Host headers are still refused.
      allowedHosts: ['localhost'],
      server: https ? { type: 'https', options: https } : { type: 'http' },
      headers: { 'Content-Security-Policy': contentSecurityPolicy({ development: true, officeJs }) },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
      devMiddleware: { writeToDisk: false },
    },
  };
};

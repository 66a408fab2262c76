/**
 * OFFICE_JS=cdn: the pages load office.js from Microsoft's CDN (the only place Microsoft supports it
 * from) instead of the copy shipped in dist/, which stays the default for intranets without internet.
 * Checked on the webpack configuration (the production build itself is built once, in build.test.ts).
 */
import path from 'node:path';
import {
  contentSecurityPolicy,
  OFFICE_JS_CDN_URL,
  OFFICE_JS_FILES,
  OFFICE_JS_TARGET,
  officeJsSource,
} from '../../../scripts/packaging';

interface Plugin {
  readonly constructor: { readonly name: string };
  readonly userOptions?: { officeJs?: string; csp?: string };
  readonly patterns?: ReadonlyArray<{ to?: unknown }>;
}
type ConfigFactory = (env: object, argv: object) => Promise<{ plugins: Plugin[] }>;

async function configWith(officeJs: string | undefined) {
  const saved = process.env.OFFICE_JS;
  if (officeJs === undefined) delete process.env.OFFICE_JS;
  else process.env.OFFICE_JS = officeJs;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const factory = require(path.resolve(__dirname, '../../../webpack.config.js')) as ConfigFactory;
    const { plugins } = await factory({}, { mode: 'production' });
    const pages = plugins.filter((plugin) => plugin.constructor.name === 'HtmlWebpackPlugin');
    const copied = plugins.find((plugin) => plugin.constructor.name === 'CopyPlugin')?.patterns ?? [];
    return { pages: pages.map((page) => page.userOptions ?? {}), copied: copied.map((pattern) => String(pattern.to)) };
  } finally {
    if (saved === undefined) delete process.env.OFFICE_JS;
    else process.env.OFFICE_JS = saved;
  }
}

describe('where office.js comes from', () => {
  it('by default from the add-in itself: the files copied into dist/, a CSP of the add-in alone', async () => {
    const { pages, copied } = await configWith(undefined);
    expect(pages).toHaveLength(3);
    for (const page of pages) {
      expect(page.officeJs).toBe(`${OFFICE_JS_TARGET}/office.js`);
      expect(page.csp).toBe(contentSecurityPolicy());
    }
    for (const file of OFFICE_JS_FILES) expect(copied).toContain(`${OFFICE_JS_TARGET}/${file}`);
  });

  it('with OFFICE_JS=cdn from Microsoft’s CDN: nothing of office.js copied, the CDN allowed for scripts only', async () => {
    const { pages, copied } = await configWith('cdn');
    for (const page of pages) {
      expect(page.officeJs).toBe(OFFICE_JS_CDN_URL);
      expect(page.csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
      expect(page.csp).toContain("connect-src 'self'");
    }
    expect(copied.filter((to) => to.startsWith(OFFICE_JS_TARGET))).toEqual([]);
    expect(OFFICE_JS_CDN_URL).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });

  it('refuses any other value with a line saying what to write', async () => {
    expect(officeJsSource(' CDN ')).toBe('cdn');
    expect(officeJsSource('')).toBe('bundled');
    expect(() => officeJsSource('local')).toThrow('OFFICE_JS「local」无效');
    await expect(configWith('https://example.org/office.js')).rejects.toThrow(/OFFICE_JS/);
  });
});

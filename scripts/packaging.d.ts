/** Types of scripts/packaging.js (CommonJS, shared by webpack.config.js, npm start and the tests). */
export declare const DEV_ORIGIN: string;
export declare const DEV_PORT: number;
export declare function parseAddinUrl(raw: string | undefined): string;
export declare function applyAddinUrl(manifestXml: string, addinUrl: string): string;
export declare const OFFICE_JS_FILES: readonly string[];
export declare const OFFICE_JS_SOURCE: string;
export declare const OFFICE_JS_TARGET: string;
/** Where the pages load office.js from (OFFICE_JS): the copy in dist/ (default) or Microsoft's CDN. */
export type OfficeJsSource = 'bundled' | 'cdn';
export declare const OFFICE_JS_CDN_URL: string;
export declare function officeJsSource(raw?: string): OfficeJsSource;
export declare function officeJsUrl(source: OfficeJsSource): string;
export declare function contentSecurityPolicy(options?: {
  readonly development?: boolean;
  readonly officeJs?: OfficeJsSource;
}): string;
export declare const CDN_HOSTS: readonly string[];
export declare const OFFICE_JS_DORMANT_URLS: Readonly<Record<string, string>>;
export declare function buildAddin(options?: {
  readonly outDir?: string;
  readonly addinUrl?: string;
  readonly mode?: 'production' | 'development';
  readonly officeJs?: OfficeJsSource;
}): Promise<{ readonly output: string }>;

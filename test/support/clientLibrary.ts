/**
 * Office.js's own client library, as Excel on the web loads it (`excel-web-16.00.debug.js` of
 * @microsoft/office-js), evaluated in the test's jsdom window (the test file says
 * `@jest-environment jsdom`). Every `context.sync()` of the add-in's code then builds the request
 * body Excel would receive; the library's HTTP hook (`HttpUtility.setCustomSendRequestFunc`, used
 * when a context is given a URL instead of the local document) hands each body to a
 * LibraryWorkbook, which answers as Excel would. The real `Excel.run` is used, with its clean-up
 * request at the end (awaited here, so a test sees it).
 */
import { readFileSync } from 'node:fs';
import type { OfficeContext, OfficeRun } from '../../src/workbook/office/officeApi';
import { excelRun } from '../../src/workbook/office/officeApi';
import { utf8Bytes } from '../../src/workbook/office/writeBatch';
import type { LibraryWorkbook } from './clientLibraryWorkbook';
import type { WireRequest } from './clientLibraryWire';

/** One request the library sent: its size in UTF-8 bytes, its number of actions, and whether Excel.run sent it after the batch (the clean-up). */
export interface LibraryRequest {
  readonly bytes: number;
  readonly actions: number;
  readonly afterBatch: boolean;
  /** How many actions of each kind of method or property set, e.g. `_KeepReference`, `Values`. */
  readonly names: ReadonlyMap<string, number>;
}

interface HttpRequest {
  readonly body?: unknown;
}
interface HttpResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}
interface LibraryGlobals {
  readonly OfficeExtension: {
    readonly HttpUtility: { setCustomSendRequestFunc(send: (request: HttpRequest) => Promise<HttpResponse>): void };
    readonly ClientRequestContext: { defaultRequestUrlAndHeaders: { url: string; headers: Record<string, string> } };
    readonly Utility: { _synchronousCleanup: boolean };
  };
}

const LIBRARY = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');
let target: { workbook: LibraryWorkbook; requests: LibraryRequest[]; afterBatch: boolean } | undefined;

function send(request: HttpRequest): Promise<HttpResponse> {
  if (!target) throw new Error('no LibraryWorkbook connected');
  const text = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
  const body = (typeof request.body === 'string' ? JSON.parse(request.body) : request.body) as WireRequest;
  const bytes = utf8Bytes(text);
  const names = new Map<string, number>();
  for (const action of body.Actions) if (action.Name) names.set(action.Name, (names.get(action.Name) ?? 0) + 1);
  target.requests.push({ bytes, actions: body.Actions.length, afterBatch: target.afterBatch, names });
  const response = target.workbook.respond(body, bytes);
  return Promise.resolve({ statusCode: 200, headers: {}, body: JSON.stringify(response) });
}

/** Evaluates the library once per test file and points its requests at the connected workbook. */
export function loadClientLibrary(): void {
  const globals = globalThis as unknown as Partial<LibraryGlobals>;
  if (globals.OfficeExtension) return;
  if (typeof window === 'undefined') throw new Error('clientLibrary needs `@jest-environment jsdom`');
  (0, eval)(readFileSync(LIBRARY, 'utf8'));
  const { OfficeExtension } = globalThis as unknown as LibraryGlobals;
  OfficeExtension.HttpUtility.setCustomSendRequestFunc(send);
  // A URL that is not the local document sends through the HTTP hook, as Office Online Server does.
  OfficeExtension.ClientRequestContext.defaultRequestUrlAndHeaders = { url: 'https://excel.invalid/', headers: {} };
  OfficeExtension.Utility._synchronousCleanup = true;
}

/** What a connected workbook recorded: every request, in order. */
export interface LibraryRecording {
  readonly requests: LibraryRequest[];
  /** `Excel.run` through the library (the add-in's own excelRun), noting when the batch has returned. */
  readonly run: OfficeRun;
}

/** Sends the library's requests to this workbook from now on. */
export function connect(workbook: LibraryWorkbook): LibraryRecording {
  loadClientLibrary();
  const connection = { workbook, requests: [] as LibraryRequest[], afterBatch: false };
  target = connection;
  const run: OfficeRun = (batch) => {
    connection.afterBatch = false;
    return excelRun(async (context: OfficeContext) => {
      const result = await batch(context);
      connection.afterBatch = true;
      return result;
    });
  };
  return { requests: connection.requests, run };
}

/** The figures a test reports: the number of requests, the largest one, and the clean-up request Excel.run sent. */
export function requestSizes(requests: readonly LibraryRequest[]): { count: number; max: number; cleanup: number } {
  return {
    count: requests.length,
    max: Math.max(0, ...requests.map((request) => request.bytes)),
    cleanup: requests.filter((request) => request.afterBatch).reduce((sum, request) => sum + request.bytes, 0),
  };
}

/**
 * The request body Office.js's client library sends for one `context.sync()` (the "ProcessQuery"
 * JSON of excel-web-16.00.js) and the response it expects, as far as the responder in
 * clientLibraryWorkbook.ts reads and writes them. Names and numbers are the library's own.
 */

/** How an object is reached: from the workbook, as a property, a method's result, an indexer, a kept reference. */
export const PATH = {
  global: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
  nullObject: 7,
} as const;

/** What an action does: bring an object into being, load properties, call a method, set a property. */
export const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;

export interface WireArguments {
  readonly Arguments?: readonly unknown[];
}

export interface WireObjectPath {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: WireArguments;
}

export interface WireAction {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: WireArguments;
  readonly QueryInfo?: { readonly Select?: readonly string[] };
}

/** One sync's request body. */
export interface WireRequest {
  readonly Actions: readonly WireAction[];
  readonly ObjectPaths: Readonly<Record<string, WireObjectPath>>;
}

export interface WireResult {
  readonly ActionId: number;
  readonly Value: unknown;
}

/** The response body: a result per action that has one, and the error that stopped the batch, if any. */
export interface WireResponse {
  readonly Results: readonly WireResult[];
  readonly Error?: {
    readonly Code: string;
    readonly Message: string;
    readonly Location: string;
    readonly ActionIndex: number;
  };
}

/** A refusal as Excel sends it: an error code the add-in's failure catalog knows ('ItemNotFound'…). */
export class WireError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The library's name of a property in a response: `values` → `Values`. */
export const wireName = (property: string): string => property.charAt(0).toUpperCase() + property.slice(1);

/** The arguments of a path or an action. */
export const argumentsOf = (item: { readonly ArgumentInfo?: WireArguments }): readonly unknown[] =>
  item.ArgumentInfo?.Arguments ?? [];

/** UTF-8 bytes of a request body: what counts against Excel on the web's 5 MB cap. */
export const bodyBytes = (text: string): number => Buffer.byteLength(text, 'utf8');

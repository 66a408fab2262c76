import { type Bounds, FakeSheet, type FakeTable, OfficeFakeError } from './fakeModel';

/**
 * The core of the fake Excel (see fakeExcel.ts): the workbook's state and Office.js's batching:
 * commands and loads are queued and run in order at `sync()`; a loaded property read before its
 * sync throws; a request or response larger than the configured limits fails the whole sync the
 * way Excel on the web does (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded).
 */
interface Step {
  readonly kind: 'load' | 'command';
  readonly bytes: number;
  /** Runs the command or takes the load's snapshot; returns the response size and what to publish. */
  run(): { response: number; publish?: () => void };
}

/** Bytes of a value as JSON; a proxy object counts as a small placeholder, as Office.js sends ids. */
export const size = (value: unknown): number =>
  Buffer.byteLength(
    JSON.stringify(value, (_key, item: unknown) => (item instanceof Loaded ? '{proxy}' : item)) ?? '',
    'utf8',
  );
export const notLoaded = (what: string) =>
  new Error(`PropertyNotLoaded: '${what}' is not available. Call load() and context.sync() before reading it.`);

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly settings = new Map<string, unknown>();
  date1904 = false;
  selection: { sheet: string; areas: Bounds[] } | undefined;
  active: string | undefined;
  selected: { sheet: string; address: string } | undefined;
  syncs = 0;
  /** Syncs that had suspendApiCalculationUntilNextSync() queued before them. */
  suspendedSyncs = 0;
  suspendPending = false;
  requestLimit = Infinity;
  responseLimit = Infinity;
  /** What a call on a missing sheet's null object does: give null objects, or fail the sync. */
  nullChaining: 'propagate' | 'throw' = 'propagate';
  readonly requestSizes: number[] = [];
  /** Orders writes to cells and formats; shared with every session of the workbook. */
  private readonly counter = { seq: 0 };
  get seq(): number {
    return this.counter.seq;
  }
  set seq(value: number) {
    this.counter.seq = value;
  }
  queue: Step[] = [];

  addSheet(name: string, rows: ReadonlyArray<ReadonlyArray<unknown>> = []): FakeSheet {
    const sheet = new FakeSheet(name).fill(rows);
    this.sheets.push(sheet);
    this.active ??= name;
    return sheet;
  }

  find(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): FakeSheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  /** The first key of each command's arguments, in order: 'values', 'numberFormat', 'font.name'… */
  readonly commandLog: string[] = [];

  command(args: object, run: () => void): void {
    this.commandLog.push(Object.keys(args)[0] ?? '');
    this.queue.push({ kind: 'command', bytes: 100 + size(args), run: () => (run(), { response: 0 }) });
  }

  load(run: () => { response: number; publish: () => void }): void {
    this.queue.push({ kind: 'load', bytes: 100, run });
  }

  /** Edits a co-author makes just before a sync of ours runs, by its number (1 = the first sync). */
  private readonly coAuthorEdits = new Map<number, Array<(wb: FakeWorkbook) => void>>();

  /**
   * A second writer landing between our syncs: `edit` changes the workbook just before our sync
   * number `sync` runs, as a co-author's change reaches Excel between two of our requests.
   */
  coAuthorBefore(sync: number, edit: (wb: FakeWorkbook) => void): void {
    this.coAuthorEdits.set(sync, [...(this.coAuthorEdits.get(sync) ?? []), edit]);
  }

  /**
   * Another user's session on the same workbook (a colleague's copy of the add-in): the same sheets,
   * tables and settings, its own queue and sync count, so two hosts can run at once and their
   * syncs interleave.
   */
  session(): FakeWorkbook {
    const other = Object.create(this) as FakeWorkbook;
    Object.assign(other, {
      queue: [],
      syncs: 0,
      suspendedSyncs: 0,
      suspendPending: false,
      requestSizes: [],
      commandLog: [],
      syncLog: [],
      coAuthorEdits: new Map(),
    });
    return other;
  }

  /** What each sync carried: its loads and its commands. */
  readonly syncLog: Array<{ readonly loads: number; readonly commands: number }> = [];

  async sync(): Promise<void> {
    this.syncs += 1;
    for (const edit of this.coAuthorEdits.get(this.syncs) ?? []) edit(this);
    if (this.suspendPending) this.suspendedSyncs += 1;
    this.suspendPending = false;
    const steps = this.queue;
    this.queue = [];
    const loads = steps.filter((step) => step.kind === 'load').length;
    this.syncLog.push({ loads, commands: steps.length - loads });
    const bytes = steps.reduce((sum, step) => sum + step.bytes, 0);
    this.requestSizes.push(bytes);
    if (bytes > this.requestLimit)
      throw new OfficeFakeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size has exceeded the limit (${bytes} bytes).`,
      );
    const publish: Array<() => void> = [];
    let response = 0;
    for (const step of steps) {
      const done = step.run();
      response += done.response;
      if (done.publish) publish.push(done.publish);
    }
    if (response > this.responseLimit)
      throw new OfficeFakeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${response} bytes).`,
      );
    for (const apply of publish) apply();
  }
}

/** Properties of a proxy object: readable only once loaded and synced. */
export class Loaded {
  private readonly loadedValues = new Map<string, unknown>();
  private createdAt: number;
  constructor(
    protected readonly wb: FakeWorkbook,
    private readonly exists: () => boolean = () => true,
  ) {
    this.createdAt = wb.syncs;
  }
  protected get<T>(property: string): T {
    if (!this.loadedValues.has(property)) throw notLoaded(property);
    return this.loadedValues.get(property) as T;
  }
  protected queueLoad(properties: string, snapshot: (property: string) => unknown): this {
    this.wb.load(() => {
      if (!this.exists()) return { response: 10, publish: () => undefined };
      const names = [
        ...new Set(
          properties
            .split(',')
            .map((p) => p.trim().split('/')[0] as string)
            .filter(Boolean),
        ),
      ];
      const values = names.map((p) => [p, snapshot(p)] as const);
      return { response: size(values), publish: () => values.forEach(([p, v]) => this.loadedValues.set(p, v)) };
    });
    return this;
  }
  preload(property: string, value: unknown): this {
    this.loadedValues.set(property, value);
    return this;
  }
  get isNullObject(): boolean {
    if (this.wb.syncs === this.createdAt) throw notLoaded('isNullObject');
    return !this.exists();
  }
}
